// Runs every test: the unit and component tests (Vitest), then the browser tests in Chromium.
// Prints a plain "N passed, N failed" line so a run that executed nothing cannot pass unnoticed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isCI = Boolean(process.env.CI);
const reportDir = mkdtempSync(join(tmpdir(), 'coi-tests-'));
const reportFile = join(reportDir, 'vitest.json');

const unit = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`],
  { stdio: 'inherit' },
);
let passed = 0;
let failed = 0;
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numTotalTestSuites > 0 ? 0 : 1);
} else {
  failed += 1;
}
rmSync(reportDir, { recursive: true, force: true });

let skipped = 0;
const e2eRunner = join('test', 'e2e', 'run-e2e.mjs');
if (existsSync(e2eRunner)) {
  const e2e = spawnSync('node', [e2eRunner], {
    stdio: ['inherit', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  process.stdout.write(e2e.stdout);
  const counts = /E2E: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(e2e.stdout);
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
    skipped += Number(counts[3]);
  } else if (e2e.status !== 0 || isCI) {
    failed += 1;
  }
}

const unitFailed = unit.status !== 0 && failed === 0 ? 1 : 0;
failed += unitFailed;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
