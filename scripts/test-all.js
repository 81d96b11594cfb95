// `npm test`: typecheck, lint, unit and component tests, end-to-end tests. Each step runs even when an
// earlier one failed, so one run shows everything; the last line sums all runners as `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const reports = mkdtempSync(path.join(os.tmpdir(), 'werkbank-reports-'));
let passed = 0;
let failed = 0;

function run(title, command, args) {
  process.stdout.write(`\n=== ${title} ===\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(title, command, args) {
  if (run(title, command, args)) passed += 1;
  else failed += 1;
}

function vitest(title, config) {
  const output = path.join(reports, `${title}.json`);
  const ok = run(title, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${output}`,
  ]);
  try {
    const report = JSON.parse(readFileSync(output, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A suite that fails to load has no failed test, but the run must still count as failed.
    if (!ok && report.numFailedTests === 0) failed += 1;
  } catch {
    failed += 1;
  }
}

check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
check('lint', 'npx', ['eslint', '--max-warnings=0', '.']);
check('format', 'npx', ['prettier', '--check', '--log-level=warn', '.']);
vitest('unit-and-component', 'vitest.config.ts');
vitest('e2e', 'vitest.e2e.config.ts');
rmSync(reports, { recursive: true, force: true });

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
