// Sums every runner's Jest JSON report into the one closing line CI reads:
// `tests: N passed, N failed, N skipped`. Checks that are not Jest (lint, build...) that failed
// are passed as arguments and count as failures.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [resultsDirectory, ...failedChecks] = process.argv.slice(2);
let passed = 0;
let failed = failedChecks.length;
let skipped = 0;

for (const file of readdirSync(resultsDirectory)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const report = JSON.parse(readFileSync(path.join(resultsDirectory, file), 'utf8'));
  const suitesThatFailedToRun = report.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  ).length;
  passed += report.numPassedTests;
  failed += report.numFailedTests + suitesThatFailedToRun;
  skipped += report.numPendingTests + report.numTodoTests;
  console.log(
    `  ${path.basename(file, '.json')}: ${report.numPassedTests} passed, ` +
      `${report.numFailedTests + suitesThatFailedToRun} failed, ` +
      `${report.numPendingTests + report.numTodoTests} skipped`,
  );
}
for (const check of failedChecks) console.log(`  ${check}: failed`);

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
