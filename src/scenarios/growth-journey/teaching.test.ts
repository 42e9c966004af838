import { describe, expect, it } from 'vitest';
import { runPrediction } from '../testing/runPrediction';
import { journeyRun } from './testRuns';
import { exercises, predictions } from './teaching';

const base = {
  scenario: 'growth-journey',
  params: { users: 100, fixes: [] },
  seed: 1,
  durationS: 8,
  commands: [],
};
const byId = <T extends { id: string }>(xs: readonly T[], id: string) =>
  xs.find((x) => x.id === id)!;

describe('growth-journey predictions, answered by seeded runs', () => {
  it('only the load balancer rescues a CPU-bound server', () => {
    const p = byId(predictions, 'cpu-cache-or-lb');
    const { results, answer } = runPrediction(p, base);
    expect(answer).toBe('lb');
    expect(p.explain(results)).toMatch(/with a load balancer \d+ ms \(nothing broken\)/);
  });

  it('replicas leave the refused connections as they were', () => {
    expect(runPrediction(byId(predictions, 'connections-replicas'), base).answer).toBe('no');
  });
});

describe('growth-journey exercises', () => {
  it('are ticked by runs that reach the goal, and not by ones that fall short', () => {
    const serve = byId(exercises, 'serve-3000');
    const good = journeyRun(3000, 'lb,pool');
    expect(serve.check(good, good.params)).toBe(true);
    const bad = journeyRun(3000, 'lb');
    expect(serve.check(bad, bad.params)).toBe(false);
  });
});
