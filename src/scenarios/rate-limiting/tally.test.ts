import { describe, expect, it } from 'vitest';
import { Outcome, Request } from '../../engine';
import { RoleTally } from './tally';

const ended = (createdAt: number, finishedAt: number, outcome: Outcome) => {
  const r = new Request(1, 'read', 0, 0, 3, createdAt, false);
  r.outcome = outcome;
  r.finishedAt = finishedAt;
  return r;
};

describe('RoleTally', () => {
  it('counts ends by outcome and keeps latency for answers only', () => {
    const t = new RoleTally();
    t.record(ended(0, 50, Outcome.ok));
    t.record(ended(0, 20, Outcome.rejected));
    t.record(ended(0, 999, Outcome.timedOut));
    t.record(ended(0, 5, Outcome.failed));
    expect([t.ok, t.rejected, t.timedOut, t.failed, t.errors, t.ended]).toEqual([1, 1, 1, 1, 3, 4]);
    expect(t.latency.count).toBe(1);
  });

  it('reports the p99 of the last window of answers only', () => {
    const t = new RoleTally(1000);
    // Recorded as a run would: in the order they end.
    const answers = Array.from({ length: 100 }, (_, i) =>
      ended(i * 10, i * 10 + (i === 20 ? 900 : 40), Outcome.ok),
    ).sort((a, b) => a.finishedAt - b.finishedAt);
    // Answers end from 40 ms to 1,030 ms, each after 40 ms, but the slow one ends at 1,100 ms.
    for (const r of answers.filter((a) => a.finishedAt <= 1050)) t.record(r);
    expect(t.recentP99(1050)).toBe(40);
    for (const r of answers.filter((a) => a.finishedAt > 1050)) t.record(r);
    expect(t.recentP99(1200)).toBe(900);
    expect(t.recentP99(2050)).toBe(900);
    expect(t.recentP99(10_000)).toBeNaN();
  });
});
