// Migrations are plain .sql files bundled as text (esbuild's text loader, a Jest transform).
declare module '*.sql' {
  const sql: string;
  export default sql;
}
