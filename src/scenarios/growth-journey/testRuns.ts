import { runToEnd, type RunResult } from '../run';

/** A seeded headless run of the journey, as `npm run sim -- growth-journey --json` gives it. */
export function journeyRun(users: number, fixes: string, durationS = 8): RunResult {
  return runToEnd({
    scenario: 'growth-journey',
    params: { users, fixes: fixes === '' ? [] : fixes.split(',') },
    seed: 1,
    durationS,
    commands: [],
  });
}

export const bottleneckOf = (r: RunResult): string => r.bottleneck as string;
export const p99Of = (r: RunResult): number => (r.peopleMs as { p99: number }).p99;
