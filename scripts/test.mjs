// `npm test`: typecheck, lint, vitest (unit + component), build, then the Playwright
// end-to-end specs in Chromium. Ends with one line: "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
fs.mkdirSync('test-results', { recursive: true });

const steps = [
  { name: 'typecheck', cmd: npx, args: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: npx, args: ['eslint', '--max-warnings', '0', '.'] },
  {
    name: 'vitest',
    cmd: npx,
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'],
    report: 'test-results/vitest.json',
  },
  { name: 'build', cmd: npm, args: ['run', 'build'] },
  { name: 'e2e', cmd: npx, args: ['playwright', 'test'], report: 'test-results/e2e.json' },
];

function counts(step) {
  if (!step.report || !fs.existsSync(step.report)) return { passed: 0, failed: 0 };
  const report = JSON.parse(fs.readFileSync(step.report, 'utf8'));
  if (step.name === 'vitest') return { passed: report.numPassedTests, failed: report.numFailedTests };
  // A test that passed only on its retry is said, so it is looked at rather than forgotten.
  if (report.stats.flaky > 0) console.log(`e2e: ${report.stats.flaky} flaky (failed once, passed on the retry)`);
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
}

let passed = 0;
let failed = 0;
const failedSteps = [];
for (const step of steps) {
  if (step.report) fs.rmSync(step.report, { force: true });
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: process.env });
  const c = counts(step);
  passed += c.passed;
  failed += c.failed;
  console.log(`◀ ${step.name}: ${run.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (run.status !== 0) {
    failedSteps.push(step.name);
    if (c.failed === 0) failed += 1; // a step that failed without failing a test (typecheck, lint, build) still counts
    if (step.name === 'build') break; // the end-to-end specs need the build
  }
}

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
