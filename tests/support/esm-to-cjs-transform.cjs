// Jest transform for ESM-only packages (kysely): esbuild rewrites them to CommonJS, so Jest's
// module system can load them without --experimental-vm-modules.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      format: 'cjs',
      loader: 'js',
      target: 'node22',
      sourcefile: filename,
      sourcemap: 'external',
    });
    return { code, map };
  },
};
