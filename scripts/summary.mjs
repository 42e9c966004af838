// Sums the JSON reports of vitest and Playwright into one pass/fail count, so an empty or
// half-run suite is visible in CI's last line.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const REPORTS = '.reports';

function read(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Vitest's JSON (jest-compatible): numPassedTests / numFailedTests. */
function vitestCounts(r) {
  if (!r) return { passed: 0, failed: 1 };
  return {
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0),
  };
}

/** Playwright's JSON: stats.expected (passed), unexpected + flaky count as failures. */
function playwrightCounts(r) {
  if (!r?.stats) return { passed: 0, failed: 1 };
  const s = r.stats;
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0) };
}

/** Counts tests from both runners; each failed non-test stage (typecheck, lint, build) adds a failure. */
export function summarize(failedStages = []) {
  const v = vitestCounts(read(`${REPORTS}/vitest.json`));
  const p = playwrightCounts(read(`${REPORTS}/playwright.json`));
  const result = {
    passed: v.passed + p.passed,
    failed: v.failed + p.failed + failedStages.length,
    failedStages,
  };
  if (existsSync(REPORTS)) writeFileSync(`${REPORTS}/summary.json`, JSON.stringify(result));
  return result;
}

// Run directly: print the line from the saved summary (used by .ci/run).
if (process.argv[1]?.endsWith('summary.mjs')) {
  const saved = read(`${REPORTS}/summary.json`);
  const { passed, failed } = saved ?? { passed: 0, failed: 1 };
  console.log(`${passed} passed, ${failed} failed`);
}
