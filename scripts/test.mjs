// Runs every jest suite, then prints the plain closing line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { ensureTestTools } from './ensure-test-tools.mjs';

// The whole suite needs Chromium and LibreOffice; a part (npm test -- tests/api) may not.
if (process.argv.length <= 2) ensureTestTools();

const out = 'tests/.artifacts/jest-results.json';
mkdirSync('tests/.artifacts', { recursive: true });
const args = ['jest', '--json', `--outputFile=${out}`, ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit', env: process.env });
if (!existsSync(out)) {
  console.error('jest wrote no results');
  process.exit(run.status || 1);
}
const r = JSON.parse(readFileSync(out, 'utf8'));
const failedSuites = r.numFailedTestSuites ?? 0;
console.log(`\nsuites: ${r.numPassedTestSuites} passed, ${failedSuites} failed`);
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status ?? 1);
