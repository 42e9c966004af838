import { describe, expect, it } from 'vitest';
import type { TimedCommand } from '../../engine';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { RunSession, runToEnd, type RunResult } from '../run';

const scenario = getScenario('caching')!;

function run(over: Params = {}, durationS = 10, commands: TimedCommand[] = [], seed = 1) {
  const params = { ...defaults(scenario.params), ...over };
  return runToEnd({ scenario: 'caching', params, seed, durationS, commands });
}
const n = (r: RunResult, key: string) => r[key] as number;
const node = (r: RunResult, id: string) => r.nodes.find((x) => x.id === id)!;
const errors = (r: RunResult) => r.requests.rejected + r.requests.timedOut + r.requests.failed;

/** A product catalogue: skewed popularity, the cache big enough for it, nothing changing. */
const catalogue: Params = { keys: 1000, zipf: 1, capacity: 1000, ttlMs: 60_000, writeRatio: 0 };

describe('caching: what the chapter claims, on seeded runs', () => {
  it('without a cache every read goes to the database, which cannot keep up', () => {
    const none = run({ policy: 'none' });
    const cached = run({ policy: 'ttl' });
    expect(n(none, 'dbReadShare')).toBe(1);
    expect(n(none, 'hitRatio')).toBe(0);
    expect(node(none, 'cache').arrived).toBe(0);
    // 1,000 requests a second of 20 ms queries need 20 connections; there are 16.
    expect(node(none, 'db').utilization).toBeGreaterThan(0.97);
    expect(none.latencyMs.p50).toBeGreaterThan(500);
    expect(node(cached, 'db').utilization).toBeLessThan(0.6);
    expect(cached.latencyMs.p50).toBeLessThan(1);
  });

  it('a warm cache on skewed keys answers over 90% of reads and removes over 90% of database reads', () => {
    const none = run({ ...catalogue, policy: 'none' });
    const cached = run({ ...catalogue, policy: 'ttl' });
    expect(n(cached, 'hitRatio')).toBeGreaterThan(0.9);
    expect(n(cached, 'dbReadsPerSec')).toBeLessThan(0.1 * n(none, 'dbReadsPerSec'));
    // 0.2 ms for a hit against a 20 ms query (plus two cache trips): about 100 times faster.
    expect(n(cached, 'hitMs')).toBeCloseTo(0.2, 6);
    expect(n(cached, 'hitSpeedup')).toBeGreaterThan(90);
  });

  it('skew is what makes a small cache work: with even popularity it barely helps', () => {
    const skewed = run({ keys: 10_000, capacity: 1000, zipf: 1.2 }, 10);
    const even = run({ keys: 10_000, capacity: 1000, zipf: 0 }, 10);
    expect(n(skewed, 'hitRatio')).toBeGreaterThan(0.75);
    // A tenth of the keys fit, so about a tenth of reads (less, while it warms) can hit.
    expect(n(even, 'hitRatio')).toBeLessThan(0.11);
  });

  it('starts cold and warms up: the first second hits far less than later ones', () => {
    const s = new RunSession(
      {
        scenario: 'caching',
        params: { ...defaults(scenario.params), ...catalogue },
        seed: 1,
        durationS: 10,
        commands: [],
      },
      { frameMs: 1000, traceCapacity: 0, tracedPerSecond: 0 },
    );
    s.advance(s.durationMs);
    const names = s.model.gauges!.map((g) => g.name);
    const ratio = (i: number) => {
      const d = (g: string) =>
        s.frames[i]!.gauges[names.indexOf(g)]! - s.frames[i - 1]!.gauges[names.indexOf(g)]!;
      return d('hits') / (d('hits') + d('misses'));
    };
    expect(ratio(1)).toBeLessThan(0.8);
    expect(ratio(10)).toBeGreaterThan(0.97);
    expect(s.frames[1]!.gauges[names.indexOf('entries')]).toBeLessThan(1000);
  });

  it('TTL serves stale reads, but none older than the TTL', () => {
    for (const ttlMs of [1000, 4000]) {
      const r = run({ policy: 'ttl', ttlMs, writeRatio: 0.05 });
      expect(n(r, 'staleReads')).toBeGreaterThan(100);
      expect(n(r, 'maxStaleMs')).toBeLessThan(ttlMs);
      // ...and they get close to it: a hot key written just after it was cached.
      expect(n(r, 'maxStaleMs')).toBeGreaterThan(0.8 * ttlMs);
    }
  });

  it('write-through and invalidate serve no stale reads, and each write pays a cache trip', () => {
    const base = { writeRatio: 0.05, dbConnections: 64 };
    const ttl = run({ ...base, policy: 'ttl' });
    for (const policy of ['write-through', 'invalidate']) {
      const r = run({ ...base, policy });
      expect(n(r, 'staleReads')).toBe(0);
      expect(n(run({ ...base, policy }, 10, [], 2), 'staleReads')).toBe(0);
      expect(n(r, 'writeCacheMs')).toBeCloseTo(0.2, 2);
      const extra = (r.writeMs as { mean: number }).mean - (ttl.writeMs as { mean: number }).mean;
      expect(extra).toBeGreaterThan(0.15);
      expect(extra).toBeLessThan(0.3);
    }
    expect(n(ttl, 'writeCacheMs')).toBe(0);
  });

  it('a hot key expiring sends a crowd of reads to the database at once; coalescing sends one', () => {
    const stampede = { rps: 2000, dbMs: 50, dbConnections: 200, ttlMs: 3000 };
    const herd = run(stampede, 10);
    const calm = run({ ...stampede, coalesce: true }, 10);
    expect(n(herd, 'maxSameKeyDbReads')).toBeGreaterThanOrEqual(8);
    expect(n(calm, 'maxSameKeyDbReads')).toBe(1);
    // About one database read of the hottest key per expiry instead of a crowd each time.
    expect(n(calm, 'hotKeyDbReads')).toBeLessThanOrEqual(5);
    expect(n(herd, 'hotKeyDbReads')).toBeGreaterThan(3 * n(calm, 'hotKeyDbReads'));
    expect(n(calm, 'coalesced')).toBeGreaterThan(0);
  });

  it('when the cache dies every read falls through and the database is overwhelmed', () => {
    const kill: TimedCommand[] = [{ at: 2000, node: 'cache', action: 'kill' }];
    const ok = run({}, 15);
    const down = run({}, 15, kill);
    expect(errors(ok)).toBe(0);
    expect(errors(down)).toBeGreaterThan(100);
    expect(n(down, 'dbReadsPerSec')).toBeGreaterThan(2 * n(ok, 'dbReadsPerSec'));
    expect(n(down, 'entries')).toBe(0);
  });

  it('the same seed gives the same figures; the JSON carries the cache figures', () => {
    const a = run({}, 5);
    const b = run({}, 5);
    expect(a).toEqual(b);
    for (const k of ['hitRatio', 'staleReads', 'dbReadsPerSec', 'maxStaleMs', 'writeMs'])
      expect(a).toHaveProperty(k);
  });

  it('notices odd combinations', () => {
    const notes = (over: Params) => scenario.notices!({ ...defaults(scenario.params), ...over });
    expect(notes({})).toEqual([]);
    expect(notes({ policy: 'none' })[0]).toMatch(/no cache/);
    expect(notes({ policy: 'invalidate' })[0]).toMatch(/ttl policy only/);
    expect(notes({ capacity: 20_000 })[0]).toMatch(/room for every key/);
    expect(notes({ cacheMs: 5, dbMs: 5 })[0]).toMatch(/no faster/);
    expect(notes({ writeRatio: 1 })[0]).toMatch(/Every request is a write/);
  });
});
