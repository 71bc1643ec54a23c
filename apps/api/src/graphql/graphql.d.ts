// The SDL files are the contract; the API bundles them as text.
declare module '*.graphql' {
  const sdl: string;
  export default sdl;
}
