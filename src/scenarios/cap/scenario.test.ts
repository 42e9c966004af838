import { describe, expect, it } from 'vitest';
import { compareStamps, type MenuReplica, type VersionedValue } from '../../engine';
import { RunSession } from '../run';
import { CITY_IDS } from './cities';
import { city, input, num, p50, run, scenario } from './testRuns';

describe('cap: during a partition, CP refuses the minority and never serves a stale menu', () => {
  const r = run({ mode: 'cp', partition: 'isolate-mumbai' });

  it('has zero stale reads, during the storm and after', () => {
    expect(num(r, 'staleReads')).toBe(0);
    expect(num(r, 'writesDuringPartition')).toBeGreaterThan(100);
    expect(num(r, 'partitionedS')).toBe(10);
  });

  it('refuses everything in the cut-off city, and only there', () => {
    expect(num(r, 'availabilityDuringPartition')).toBeGreaterThan(0.6);
    expect(num(r, 'availabilityDuringPartition')).toBeLessThan(0.7);
    expect(city(r, 'mumbai').availabilityDuringPartition).toBe(0);
    expect(city(r, 'delhi').availabilityDuringPartition).toBe(1);
    expect(city(r, 'bengaluru').availabilityDuringPartition).toBe(1);
    // Outside the storm only Mumbai's orders caught on the wire at the cut are refused.
    expect(num(r, 'availabilityOutsidePartition')).toBeGreaterThan(0.998);
    expect(r.requests.rejected).toBe(num(r, 'refused'));
  });

  it('has nothing to reconcile', () => {
    expect([num(r, 'conflicts'), num(r, 'lostWrites')]).toEqual([0, 0]);
  });

  it('refuses nearly everyone when every city is cut off from every other', () => {
    const all = run({ mode: 'cp', partition: 'split-all' });
    expect(num(all, 'availabilityDuringPartition')).toBeLessThan(0.01);
    expect(num(all, 'staleReads')).toBe(0);
  });

  it('keeps everyone served when one line is cut: each city still reaches a majority', () => {
    const one = run({ mode: 'cp', partition: 'cut-mumbai-delhi' });
    expect(num(one, 'availabilityDuringPartition')).toBe(1);
    expect(num(one, 'staleReads')).toBe(0);
  });
});

describe('cap: during a partition, AP answers everyone and pays in staleness and lost writes', () => {
  const r = run({ mode: 'ap', partition: 'isolate-mumbai' });

  it('answers every order', () => {
    expect(num(r, 'availability')).toBe(1);
    expect(num(r, 'availabilityDuringPartition')).toBe(1);
  });

  it('serves stale menus during the storm, on both sides of the cut', () => {
    expect(num(r, 'staleReadsDuringPartition')).toBeGreaterThan(500);
    expect(city(r, 'mumbai').staleReads).toBeGreaterThan(100);
    expect(city(r, 'delhi').staleReads).toBeGreaterThan(50);
  });

  it('on healing, version vectors catch conflicts and last-writer-wins drops confirmed prices', () => {
    expect(num(r, 'conflictsFromPartition')).toBeGreaterThan(0);
    expect(num(r, 'lostWritesFromPartition')).toBeGreaterThan(0);
    const log = r.lostWriteLog as Array<{ atS: number; fromPartition: boolean }>;
    expect(log.some((w) => w.fromPartition && w.atS >= 20 && w.atS < 21)).toBe(true);
  });

  it('without a partition, nothing is lost to the storm', () => {
    const calm = run({ mode: 'ap', partition: 'none' });
    expect(num(calm, 'lostWritesFromPartition')).toBe(0);
    expect(num(calm, 'staleReads')).toBeLessThan(num(r, 'staleReads') / 3);
  });
});

describe('cap: when the lines come back, the copies reconcile', () => {
  /** The three copies of every dish just before the heal (at 19.999 s) and 50 ms after it. */
  function aroundHeal(mode: 'cp' | 'ap') {
    const s = new RunSession(input({ mode }));
    const replicas = CITY_IDS.map((id) => s.sim.get(id) as MenuReplica);
    const copies = () =>
      Array.from({ length: replicas[0]!.store.size }, (_, d) =>
        replicas.map((r) => r.store.get(d)),
      );
    const disagree = (vs: VersionedValue[]) => vs.some((v) => v.stamp !== vs[0]!.stamp);
    s.advance(19_999);
    const before = copies();
    s.advance(20_050);
    return { before, after: copies(), disagree };
  }

  it('AP: every dish that diverged during the storm agrees again at once', () => {
    const { before, after, disagree } = aroundHeal('ap');
    expect(before.filter(disagree).length).toBeGreaterThan(3);
    // AP stamps are clock times: leave out dishes someone changed after the heal.
    const untouched = after.filter((vs) => vs.every((v) => v.stamp.at <= 20_000));
    expect(untouched.filter(disagree)).toEqual([]);
  });

  it('CP: the cut-off copy catches up with everything the majority had', () => {
    const { before, after, disagree } = aroundHeal('cp');
    expect(before.filter(disagree).length).toBeGreaterThan(3);
    after.forEach((vs, d) => {
      const delhiBefore = before[d]![1]!;
      expect(compareStamps(vs[0]!.stamp, delhiBefore.stamp)).toBeGreaterThanOrEqual(0);
    });
  });
});

describe('cap: with no partition, consistency costs latency (PACELC)', () => {
  const cp = run({ mode: 'cp', partition: 'none' });
  const ap = run({ mode: 'ap', partition: 'none' });

  it('CP reads pay a round trip to the nearest city, writes two; AP answers across town', () => {
    expect(p50(ap, 'read')).toBeCloseTo(5, 0);
    expect(p50(cp, 'read')).toBeGreaterThan(2 * p50(ap, 'read'));
    expect(p50(cp, 'write')).toBeGreaterThan(4 * p50(ap, 'write'));
    expect(cp.latencyMs.p99).toBeGreaterThan(ap.latencyMs.p99);
  });

  it('and buys zero stale reads, where AP has a few even on a calm day', () => {
    expect(num(cp, 'staleReads')).toBe(0);
    expect(num(ap, 'staleReads')).toBeGreaterThan(0);
    expect([num(cp, 'availability'), num(ap, 'availability')]).toEqual([1, 1]);
  });
});

describe('cap scenario plumbing', () => {
  it('is deterministic for a seed', () => {
    expect(run({ mode: 'ap' })).toEqual(run({ mode: 'ap' }));
  });

  it('lets the lines be cut and healed by interventions, exactly like the preset', () => {
    const cut = (node: string) => [
      { at: 10_000, node, action: 'kill' as const },
      { at: 20_000, node, action: 'restart' as const },
    ];
    const byHand = run(
      { mode: 'ap', partition: 'none' },
      [...cut('link-mumbai-delhi'), ...cut('link-mumbai-bengaluru')].sort((a, b) => a.at - b.at),
    );
    const preset = run({ mode: 'ap' });
    for (const k of ['staleReads', 'conflicts', 'lostWrites', 'partitionedS'])
      expect(num(byHand, k)).toBe(num(preset, k));
  });

  it('reports the geography it uses', () => {
    const r = run({ partition: 'none', rps: 5 });
    const links = r.links as Record<string, { km: number; oneWayMs: number }>;
    expect(links['mumbai-delhi']!.km).toBeGreaterThan(1100);
    expect(links['delhi-bengaluru']!.oneWayMs).toBeCloseTo(8.7, 1);
  });

  it('explains odd settings', () => {
    const notes = (over: Record<string, string | number>) =>
      scenario.notices!(input(over).params).join(' ');
    expect(notes({})).toBe('');
    expect(notes({ partition: 'none' })).toMatch(/calm day/);
    expect(notes({ healAtS: 5 })).toMatch(/stay cut to the end/);
    expect(notes({ writeRatio: 0 })).toMatch(/nothing can be stale/);
  });

  it('a storm that never heals stays in the results to the end', () => {
    const r = run({ mode: 'ap', healAtS: 0 });
    expect(num(r, 'partitionedS')).toBe(20);
    expect(num(r, 'dishesDifferingAtEnd')).toBeGreaterThan(0);
  });
});
