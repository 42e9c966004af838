import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SWITCHABLE, TIMES, type Switchable } from './parts';
import type { BudgetReading } from './results';
import { run, walk } from './testRuns';

const ids = (b: BudgetReading) => b.steps.map((s) => s.id);
const ms = (b: BudgetReading, id: string) => b.steps.find((s) => s.id === id)?.ms ?? NaN;
const sum = (b: BudgetReading) => b.steps.reduce((t, s) => t + s.ms, 0);
const without = (xs: readonly string[], drop: readonly string[]) =>
  xs.filter((x) => !drop.includes(x));

describe('the latency budget of one order', () => {
  const base = walk();

  it('its bars add up to the round trip the phone measured, back to back', () => {
    expect(base.outcome).toBe('ok');
    expect(sum(base)).toBeCloseTo(base.totalMs, 6);
    base.steps.forEach((s, i) => {
      const prev = base.steps[i - 1];
      expect(s.startMs).toBeCloseTo(prev ? prev.startMs + prev.ms : 0, 6);
    });
    expect(base.totalMs).toBeLessThan(2000);
    expect(base.underTwoSeconds).toBe(true);
  });

  it('shows the chapter’s figures: files ~50 ms from the edge, a cache lookup 0.5 ms', () => {
    expect(ms(base, 'files:edge')).toBeCloseTo(2 * TIMES.edgeLink + TIMES.edgeServe, 6);
    expect(ms(base, 'files:edge')).toBe(50);
    expect(ms(base, 'browse:cache')).toBe(TIMES.cacheOp);
    expect(ms(base, 'order:primary')).toBeGreaterThanOrEqual(TIMES.primaryWrite);
  });

  it('walks the path in the chapter’s order: edge, balancer, cache, shard, replica, primary, log', () => {
    expect(ids(base)).toEqual([
      'files:edge',
      'browse:uplink',
      'browse:balancer',
      'browse:app',
      'browse:cache',
      'browse:shard',
      'browse:replica',
      'browse:cache#2',
      'browse:downlink',
      'order:uplink',
      'order:balancer',
      'order:app',
      'order:limiter',
      'order:orders',
      'order:shard',
      'order:primary',
      'order:log',
      'order:downlink',
    ]);
  });

  it('the four consumers start once the event is on the log, and you do not wait for them', () => {
    expect(base.after.map((a) => a.part).sort()).toEqual([
      'analytics',
      'delivery',
      'loyalty',
      'restaurant',
    ]);
    const log = base.steps.find((s) => s.id === 'order:log')!;
    for (const a of base.after) expect(a.startMs).toBeGreaterThanOrEqual(log.startMs);
    const delivery = base.after.find((a) => a.part === 'delivery')!;
    // The rider search alone outlasts your whole wait.
    expect(delivery.startMs + delivery.ms).toBeGreaterThan(base.totalMs);
  });
});

describe('taking a part out changes its own bars and no others', () => {
  const base = walk();
  const same = (b: BudgetReading, keep: readonly string[]) =>
    keep.forEach((id) => expect(ms(b, id)).toBeCloseTo(ms(base, id), 6));

  it('no CDN: the files come from the data centre, and take longer', () => {
    const b = walk(['cdn']);
    expect(ids(b)).toEqual(['files:origin', ...ids(base).slice(1)]);
    expect(ms(b, 'files:origin')).toBeGreaterThan(2 * ms(base, 'files:edge'));
    same(b, ids(base).slice(1));
  });

  it('no cache: the two cache bars go; a warm cache instead skips the database', () => {
    const b = walk(['cache']);
    expect(ids(b)).toEqual(without(ids(base), ['browse:cache', 'browse:cache#2']));
    same(b, ids(b));
    const warm = walk([], { warmCache: true });
    expect(ids(warm)).toEqual(
      without(ids(base), ['browse:shard', 'browse:replica', 'browse:cache#2']),
    );
    expect(warm.totalMs).toBeLessThan(base.totalMs - TIMES.replicaRead);
  });

  it('no replicas: the read runs on the primary', () => {
    const b = walk(['replicas']);
    expect(ids(b)).toEqual(
      ids(base).map((id) => (id === 'browse:replica' ? 'browse:primary' : id)),
    );
    expect(b.totalMs).toBeCloseTo(base.totalMs, 6);
  });

  it('no limiter: its bar goes and the trip is that much shorter', () => {
    const b = walk(['limiter']);
    expect(ids(b)).toEqual(without(ids(base), ['order:limiter']));
    expect(base.totalMs - b.totalMs).toBeCloseTo(ms(base, 'order:limiter'), 6);
  });

  it('no event log: the order waits for all four jobs and breaks the 2-second promise', () => {
    const b = walk(['queue']);
    expect(ids(b)).toEqual([
      ...without(ids(base), ['order:log', 'order:downlink']),
      'order:restaurant',
      'order:delivery',
      'order:analytics',
      'order:loyalty',
      'order:downlink',
    ]);
    expect(b.after).toEqual([]);
    expect(b.outcome).toBe('ok');
    expect(b.totalMs).toBeGreaterThan(2000);
    expect(b.underTwoSeconds).toBe(false);
    expect(ms(b, 'order:delivery')).toBeGreaterThan(1000);
  });

  it('whatever is switched off, the bars add up to the round trip (property)', () => {
    const anySet = fc.subarray([...SWITCHABLE] as Switchable[]);
    fc.assert(
      fc.property(anySet, fc.boolean(), (off, warmCache) => {
        const b = walk(off, { warmCache });
        expect(b.outcome).toBe('ok');
        expect(sum(b)).toBeCloseTo(b.totalMs, 6);
        const has = (id: string) => ids(b).includes(id);
        expect(has('files:edge')).toBe(!off.includes('cdn'));
        expect(has('order:limiter')).toBe(!off.includes('limiter'));
        expect(has('order:log')).toBe(!off.includes('queue'));
        expect(has('browse:cache')).toBe(!off.includes('cache'));
      }),
      { numRuns: 24 },
    );
  });

  it('reports budgetMs per step in the CLI’s results', () => {
    const r = run({ mode: 'walkthrough' }) as { budgetMs?: Record<string, number> };
    expect(Object.keys(r.budgetMs ?? {})).toEqual(ids(base));
    expect(Object.values(r.budgetMs!).reduce((a, b) => a + b, 0)).toBeCloseTo(base.totalMs, 2);
  });
});
