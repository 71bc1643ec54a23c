// Bundles the API into one ES module; dependencies stay in node_modules.
import { build } from 'esbuild';

const started = Date.now();
await build({
  entryPoints: ['apps/api/src/main.ts'],
  outfile: 'dist/api/main.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  tsconfig: 'tsconfig.json',
  sourcemap: true,
  // Migrations, the GraphQL schema and the common-passwords list are text, bundled as strings.
  loader: { '.sql': 'text', '.graphql': 'text', '.txt': 'text' },
  logLevel: 'warning',
});
console.log(`API bundled into dist/api/main.mjs in ${Date.now() - started} ms`);
