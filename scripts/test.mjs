// `npm test`: type-check, lint, unit and component tests, a production build, and the
// Playwright tests in real Chromium. Runs every stage, then prints "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { findChromium, HOW_TO_GET_CHROMIUM } from './chromium.mjs';
import { summarize, REPORTS } from './summary.mjs';

if (!findChromium()) {
  console.error(`npm test: ${HOW_TO_GET_CHROMIUM}`);
  process.exit(1);
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const bin = (name) => `node_modules/.bin/${name}`;
const MIN = 60_000;
// Each stage has a time limit (`limit`, ms), far above its usual time here, so a test that ever
// spins forever fails the run with a clear line instead of holding CI for its whole budget.
const stages = [
  { name: 'typecheck', cmd: bin('tsc'), args: ['-p', 'tsconfig.json', '--noEmit'], limit: 5 * MIN },
  { name: 'lint', cmd: bin('eslint'), args: ['.', '--max-warnings', '0'], limit: 5 * MIN },
  {
    name: 'unit',
    cmd: bin('vitest'),
    args: [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${REPORTS}/vitest.json`,
    ],
    counted: true,
    limit: 10 * MIN,
  },
  { name: 'build', cmd: bin('vite'), args: ['build', '--logLevel', 'warn'], limit: 5 * MIN },
  { name: 'e2e', cmd: bin('playwright'), args: ['test'], counted: true, limit: 30 * MIN },
];

const failedStages = [];
for (const s of stages) {
  console.log(`\n== ${s.name} ==`);
  const started = Date.now();
  const r = spawnSync(s.cmd, s.args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '1' },
    timeout: s.limit,
    killSignal: 'SIGKILL',
  });
  const took = `${((Date.now() - started) / 1000).toFixed(0)} s`;
  if (r.error?.code === 'ETIMEDOUT') {
    console.log(`\n${s.name}: stopped after ${s.limit / MIN} minutes, far past its usual time`);
    // Its report may be missing or partial: count the stage itself as a failure.
    s.counted = false;
  }
  console.log(`== ${s.name}: ${r.status === 0 ? 'ok' : 'failed'} in ${took} ==`);
  if (r.status !== 0) failedStages.push(s);
  // Without a build there is nothing for the browser tests to open.
  if (s.name === 'build' && r.status !== 0) break;
}

const { passed, failed } = summarize(failedStages.filter((s) => !s.counted).map((s) => s.name));
if (failedStages.length)
  console.log(`\nfailed stages: ${failedStages.map((s) => s.name).join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStages.length || failed ? 1 : 0);
