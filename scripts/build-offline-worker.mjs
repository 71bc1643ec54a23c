// Compiles the dashboard's service worker (apps/dashboard/src/offline/offline-worker.ts) into
// the built dashboard as /offline-worker.js. Run after `ng build`, which empties the folder.
import { build } from 'esbuild';

await build({
  entryPoints: ['apps/dashboard/src/offline/offline-worker.ts'],
  outfile: 'dist/dashboard/browser/offline-worker.js',
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  logLevel: 'warning',
});
console.log('Service worker built into dist/dashboard/browser/offline-worker.js');
