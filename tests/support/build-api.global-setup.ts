import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The API tests run the real bundle; building it takes under a second. */
export default function buildApi(): void {
  execFileSync(process.execPath, ['scripts/build-api.mjs'], {
    cwd: path.resolve(__dirname, '../..'),
    stdio: 'inherit',
  });
}
