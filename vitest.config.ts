import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 60_000,
    // Worker threads sharing one module graph per worker: a quarter of the time of a fresh
    // process and graph per file (50 s instead of 200 s here). Tests must restore whatever
    // global they touch (mocks, timers), which afterEach hooks do; scripts/test.mjs bounds
    // every stage's time in case one ever spins.
    pool: 'threads',
    isolate: false,
  },
});
