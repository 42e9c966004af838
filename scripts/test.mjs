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
const stages = [
  { name: 'typecheck', cmd: bin('tsc'), args: ['-p', 'tsconfig.json', '--noEmit'] },
  { name: 'lint', cmd: bin('eslint'), args: ['.', '--max-warnings', '0'] },
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
  },
  { name: 'build', cmd: bin('vite'), args: ['build', '--logLevel', 'warn'] },
  { name: 'e2e', cmd: bin('playwright'), args: ['test'], counted: true },
];

const failedStages = [];
for (const s of stages) {
  console.log(`\n== ${s.name} ==`);
  const r = spawnSync(s.cmd, s.args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '1' },
  });
  if (r.status !== 0) failedStages.push(s);
  // Without a build there is nothing for the browser tests to open.
  if (s.name === 'build' && r.status !== 0) break;
}

const { passed, failed } = summarize(failedStages.filter((s) => !s.counted).map((s) => s.name));
if (failedStages.length)
  console.log(`\nfailed stages: ${failedStages.map((s) => s.name).join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStages.length || failed ? 1 : 0);
