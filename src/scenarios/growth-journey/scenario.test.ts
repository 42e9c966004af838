import { describe, expect, it } from 'vitest';
import { P99_LIMIT_MS } from './bottleneck';
import { bottleneckOf, journeyRun, p99Of } from './testRuns';

// Short seeded runs (8 simulated seconds, measured from 4 s): each verdict below is what the
// page shows for the same link, and what `npm run sim -- growth-journey --json` prints.

describe('the natural journey meets each bottleneck in turn', () => {
  it('100 users on one server and one database: nothing is broken', () => {
    const r = journeyRun(100, '');
    expect(bottleneckOf(r)).toBe('none');
    expect(r.acceptable).toBe(true);
    expect(p99Of(r)).toBeLessThan(P99_LIMIT_MS);
  });

  it('1,000 users: the app server CPU; a load balancer fixes it', () => {
    const before = journeyRun(1000, '');
    expect(bottleneckOf(before)).toBe('app-cpu');
    expect(before.fixesForIt).toEqual(['lb']);
    expect(p99Of(before)).toBeGreaterThan(P99_LIMIT_MS);
    expect(bottleneckOf(journeyRun(1000, 'lb'))).toBe('none');
  });

  it('3,000 users: the servers want more connections than the database accepts; a pool fixes it', () => {
    const before = journeyRun(3000, 'lb');
    expect(bottleneckOf(before)).toBe('connections');
    expect(before.peopleErrorRate as number).toBeGreaterThan(0.05);
    expect(bottleneckOf(journeyRun(3000, 'lb,pool'))).toBe('none');
  });

  it('10,000 users: first the scraper, then the database reads, then all well', () => {
    expect(bottleneckOf(journeyRun(10_000, 'lb,pool'))).toBe('abuse');
    expect(bottleneckOf(journeyRun(10_000, 'lb,pool,limiter'))).toBe('db-reads');
    const fixed = journeyRun(10_000, 'lb,pool,limiter,cache');
    expect(bottleneckOf(fixed)).toBe('none');
    expect(fixed.cacheHitRatio as number).toBeGreaterThan(0.8);
  });

  it('30,000 users: the writes, then far-away users; 100,000 needs shards on top', () => {
    expect(bottleneckOf(journeyRun(30_000, 'lb,pool,limiter,cache'))).toBe('db-writes');
    expect(bottleneckOf(journeyRun(30_000, 'lb,pool,limiter,cache,queue'))).toBe('far-latency');
  });
});

describe('the wrong fix does not move the bottleneck', () => {
  it('a cache does nothing for a CPU-bound app server', () => {
    const r = journeyRun(1000, 'cache');
    expect(bottleneckOf(r)).toBe('app-cpu');
    expect(p99Of(r)).toBeGreaterThan(P99_LIMIT_MS);
  });

  it('replicas do not get refused app servers their connections', () => {
    const r = journeyRun(3000, 'lb,replicas');
    expect(bottleneckOf(r)).toBe('connections');
    expect(r.peopleErrorRate as number).toBeGreaterThan(0.05);
  });

  it('a CDN does not stop a scraper', () => {
    expect(bottleneckOf(journeyRun(10_000, 'lb,pool,cdn'))).toBe('abuse');
  });
});

describe('what --json reports', () => {
  it('the bottleneck, the part, why, and the fixes for it', () => {
    const r = journeyRun(1000, '');
    expect(r).toMatchObject({ bottleneck: 'app-cpu', part: 'the app server', acceptable: false });
    expect(r.reason).toMatch(/busy \d+% of the time/);
    expect(r.system).toMatchObject({ servers: 1, scraper: false, shards: 1 });
  });
});
