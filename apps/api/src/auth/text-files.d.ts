// Word lists are plain .txt files bundled as text (esbuild's text loader, a Jest transform).
declare module '*.txt' {
  const text: string;
  export default text;
}
