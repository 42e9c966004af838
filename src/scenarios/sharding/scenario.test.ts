import { describe, expect, it } from 'vitest';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { runToEnd, type RunResult } from '../run';
import type { TimedCommand } from '../../engine';

const scenario = getScenario('sharding')!;

interface ShardFigures {
  id: string;
  requests: number;
  share: number;
  utilisation: number;
  p99Ms: number;
  rejected: number;
  keys: number;
}
interface Extras {
  writesPerS: number;
  keysMovedFraction: number;
  busiestShard: string;
  busiestShare: number;
  shards: ShardFigures[];
  move: { added: boolean; startedAtS: number | null; finishedAtS: number | null };
  fanOut: { queries: number; meanMs: number; p50Ms: number; failed: number };
}

const run = (over: Params, durationS = 10, commands: TimedCommand[] = []) =>
  runToEnd({
    scenario: 'sharding',
    params: { ...defaults(scenario.params), ...over },
    seed: 1,
    durationS,
    commands,
  }) as RunResult & Extras;

describe('sharding: the chapter’s claims on seeded runs', () => {
  it('write throughput grows with shards, about linearly, until the clients are the limit', () => {
    // 1,000 writes/s offered; each shard can finish 100/s.
    const base = { writeRatio: 1, shardCapacity: 100, rps: 1000, addShardAtS: 0, queryRps: 0 };
    const writes = [1, 2, 4, 8, 16].map((shards) => run({ ...base, shards }, 4).writesPerS);
    [1, 2, 4, 8].forEach((n, i) => expect(writes[i]! / (100 * n)).toBeGreaterThan(0.9));
    [1, 2, 4, 8].forEach((n, i) => expect(writes[i]! / (100 * n)).toBeLessThan(1.05));
    // 16 shards could take 1,600/s, but only 1,000/s are sent.
    expect(writes[4]! / 1000).toBeGreaterThan(0.95);
    expect(writes[4]! / 1000).toBeLessThan(1.05);
  });

  it('adding a shard moves about N/(N+1) of the keys with modulo, about 1/(N+1) on a ring', () => {
    for (const shards of [2, 4, 8, 16]) {
      const tiny = { shards, shardKey: 'hash', keys: 20_000, rps: 50, queryRps: 0, addShardAtS: 0 };
      const modulo = run({ ...tiny, placement: 'modulo' }, 1).keysMovedFraction;
      const ring = run({ ...tiny, placement: 'consistent-hash' }, 1).keysMovedFraction;
      expect(Math.abs(modulo - shards / (shards + 1))).toBeLessThan(0.01);
      expect(Math.abs(ring - 1 / (shards + 1))).toBeLessThan(0.03);
    }
  });

  it('a modulo move copies four times the keys, so it lasts about four times as long', () => {
    // Copying runs at the same pace whatever the traffic, so light traffic keeps this quick.
    const modulo = run({ placement: 'modulo', rps: 400 }, 18).move;
    const ring = run({ placement: 'consistent-hash', rps: 400 }, 18).move;
    const took = (m: Extras['move']) => m.finishedAtS! - m.startedAtS!;
    expect(modulo.added && ring.added).toBe(true);
    expect(took(modulo) / took(ring)).toBeGreaterThan(3);
    expect(took(modulo) / took(ring)).toBeLessThan(5);
  });

  it('a celebrity makes one hot shard that saturates while the others idle', () => {
    const calm = run({ addShardAtS: 0 });
    const hot = run({ addShardAtS: 0, hotKeyShare: 0.3 });
    expect(calm.busiestShare).toBeLessThan(0.27);
    // 30% of everything, plus its quarter of the rest: about 47.5%.
    expect(hot.busiestShare).toBeGreaterThan(0.44);
    const [first, ...others] = [...hot.shards].sort((a, b) => b.share - a.share);
    expect(first!.utilisation).toBeGreaterThan(0.97);
    expect(first!.rejected).toBeGreaterThan(0);
    for (const s of others) {
      expect(s.utilisation).toBeLessThan(0.6);
      expect(s.rejected).toBe(0);
      expect(first!.p99Ms).toBeGreaterThan(4 * s.p99Ms);
    }
  });

  it('a query across all shards waits for the slowest: it grows with shards', () => {
    // The same load per shard (300 requests/s), more shards to wait for.
    const mean = (shards: number) =>
      run({ shards, rps: 300 * shards, addShardAtS: 0, queryRps: 20 }).fanOut.meanMs;
    const [two, eight, sixteen] = [mean(2), mean(8), mean(16)];
    expect(eight).toBeGreaterThan(1.3 * two);
    expect(sixteen).toBeGreaterThan(eight);
  });

  it('one slow shard makes every cross-shard query slow', () => {
    const base = { shards: 8, addShardAtS: 0, queryRps: 20 };
    const normal = run(base);
    const slowed = run(base, 10, [{ at: 0, node: 'shard-3', action: 'slow', factor: 4 }]);
    expect(slowed.fanOut.p50Ms).toBeGreaterThan(5 * normal.fanOut.p50Ms);
    // The other seven answer as fast as ever: the slow one alone sets the pace.
    const others = slowed.shards.filter((s) => s.id !== 'shard-3');
    for (const s of others) expect(s.p99Ms).toBeLessThan(150);
    const slowShard = slowed.shards.find((s) => s.id === 'shard-3')!;
    expect(slowed.fanOut.p50Ms).toBeGreaterThan(slowShard.p99Ms * 0.5);
  });

  it('after the move every shard holds its share of the keys', () => {
    const r = run({ placement: 'modulo' }, 20);
    expect(r.shards.map((s) => s.keys)).toEqual([20000, 20000, 20000, 20000, 20000]);
    expect(r.errorRate).toBe(0);
  });

  it('says so when a combination is legal but odd', () => {
    const notes = (over: Params) => scenario.notices!({ ...defaults(scenario.params), ...over });
    expect(notes({})).toEqual([]);
    expect(notes({ shardKey: 'region', shards: 8 })[0]).toMatch(/only 5 regions/);
    expect(notes({ vnodes: 16 })[0]).toMatch(/only matter with consistent-hash/);
    expect(notes({ vnodes: 16, placement: 'consistent-hash' })).toEqual([]);
    expect(notes({ rps: 5000 })[0]).toMatch(/more than 4 shards can finish \(about 2667\/s\)/);
  });
});
