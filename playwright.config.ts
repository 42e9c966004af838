import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findTestBrowser } from './scripts/chromium.mjs';

// Browser tests run against the production build (vite preview), in the machine's own
// Chromium: nothing is downloaded. E2E_PORT and E2E_DIST let several people run specs at
// once against builds of their own (`vite build --outDir <dir>`).
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${port}/`;

export default defineConfig({
  testDir: 'e2e',
  // Runs on their own port also keep their own artifacts: Playwright empties this folder first.
  outputDir: process.env.E2E_PORT ? `test-results-${port}` : 'test-results',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_REPORT ?? '.reports/playwright.json' }],
  ],
  use: {
    baseURL,
    launchOptions: {
      executablePath: findTestBrowser() ?? undefined,
      args: CHROMIUM_ARGS,
      // Playwright moves Chromium's shared memory from /dev/shm to /tmp for small containers;
      // where /tmp is a disk that costs a third of the CPU in kernel time.
      ignoreDefaultArgs: ['--disable-dev-shm-usage'],
    },
    // Recording a trace costs every test about a sixth of its time; E2E_TRACE=1 turns it on
    // to debug a failure. A screenshot of a failure is cheap and always kept.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    // Each test opens a fresh context; a service worker there would precache the whole app
    // in the background of every test. offline.spec.ts allows them.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
