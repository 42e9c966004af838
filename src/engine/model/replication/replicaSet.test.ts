import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniform } from '../../core/distributions';
import { rig } from './testRig';

const versions = (set: ReturnType<typeof rig>['set'], m: number, keys = 8) =>
  Array.from({ length: keys }, (_, k) => set.members[m]!.copy.versionOf(k));

describe('ReplicaSet: the stream to each replica', () => {
  it('a replica has a write after its lag, and writes arrive in order', () => {
    const { sim, set, script } = rig({ replicas: 1 });
    script.at(0, () => set.commit(0, 1));
    script.at(10, () => set.commit(0, 2));
    sim.runUntil(99);
    expect(set.members[1]!.copy.applied).toBe(0);
    expect(set.behind(1)).toEqual({ writes: 2, ms: 99 });
    expect(set.behind(0)).toEqual({ writes: 0, ms: 0 }); // the primary is never behind
    sim.runUntil(100);
    expect(set.members[1]!.copy.applied).toBe(1);
    sim.runUntil(110);
    expect(set.members[1]!.copy.applied).toBe(2);
    expect(set.lagMs.mean()).toBeCloseTo(100, 6);
  });

  it('only the live primary commits', () => {
    const { sim, set, nodes, script } = rig({ replicas: 1 });
    const got: number[] = [];
    script.at(0, () => got.push(set.commit(1, 0), set.commit(0, 0)));
    script.at(5, () => nodes[0]!.command({ action: 'kill' }));
    script.at(6, () => got.push(set.commit(0, 0)));
    sim.runUntil(10);
    expect(got).toEqual([0, 1, 0]);
  });

  it('a slowed replica lags by that factor', () => {
    const { sim, set, nodes, script } = rig({ replicas: 2 });
    script.at(0, () => nodes[2]!.command({ action: 'slow', factor: 3 }));
    script.at(1, () => set.commit(0, 0));
    sim.runUntil(200);
    expect(set.members.map((m) => m.copy.applied)).toEqual([1, 1, 0]);
    sim.runUntil(301);
    expect(set.members[2]!.copy.applied).toBe(1);
  });

  it('property: applied never goes backwards, and after the last write plus the lag all copies equal the primary', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 400 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.nat(7)), { maxLength: 40 }),
        fc.nat(1000),
        (replicas, maxLag, writes, seed) => {
          const { sim, set, script } = rig({ replicas, lag: uniform(0, maxLag), seed });
          for (const [t, key] of writes) script.at(t, () => set.commit(0, key));
          const last = writes.reduce((m, [t]) => Math.max(m, t), 0);
          let before = set.members.map((m) => m.copy.applied);
          for (let t = 0; t <= last + maxLag + 1; t += 50) {
            sim.runUntil(t);
            const now = set.members.map((m) => m.copy.applied);
            now.forEach((a, i) => expect(a).toBeGreaterThanOrEqual(before[i]!));
            before = now;
          }
          sim.runUntil(last + maxLag + 1);
          for (let m = 1; m <= replicas; m++) {
            expect(versions(set, m)).toEqual(versions(set, 0));
            expect(set.behind(m).writes).toBe(0);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('ReplicaSet: freshness', () => {
  it('a read older than the newest confirmed write is stale; the primary is never stale', () => {
    const { sim, set, script } = rig({ replicas: 1, keys: 1 });
    const seen: number[] = [];
    script.at(0, () => set.confirm(set.commit(0, 0)));
    script.at(50, () => seen.push(set.read(1, 0), set.read(0, 0)));
    script.at(150, () => seen.push(set.read(1, 0)));
    sim.runUntil(200);
    expect(seen).toEqual([0, 1, 1]);
    expect(set.members.map((m) => [m.reads, m.staleReads])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(set.staleReads).toBe(1);
  });

  it('an unconfirmed write does not make old answers stale', () => {
    const { sim, set, script } = rig({ replicas: 1, keys: 1 });
    script.at(0, () => set.commit(0, 0));
    script.at(50, () => set.read(1, 0));
    sim.runUntil(60);
    expect(set.staleReads).toBe(0);
  });

  it('sync confirms when the slowest live replica has the write; async at once', () => {
    for (const mode of ['async', 'sync'] as const) {
      const { sim, set, nodes, script } = rig({ replicas: 2, mode });
      let doneAt = -1;
      script.at(0, () => nodes[2]!.command({ action: 'slow', factor: 2 }));
      script.at(10, () => set.whenReplicated(set.commit(0, 3), () => (doneAt = sim.now)));
      sim.runUntil(1000);
      expect(doneAt).toBe(mode === 'async' ? 10 : 210);
    }
  });

  it('sync stops waiting for a replica that dies, and waits for it again once it is back', () => {
    const { sim, set, nodes, script } = rig({ replicas: 2, mode: 'sync' });
    const done: number[] = [];
    script.at(0, () => nodes[2]!.command({ action: 'slow', factor: 5 }));
    script.at(10, () => set.whenReplicated(set.commit(0, 1), () => done.push(sim.now)));
    script.at(200, () => nodes[2]!.command({ action: 'kill' }));
    script.at(300, () => nodes[2]!.command({ action: 'restart' }));
    script.at(310, () => set.whenReplicated(set.commit(0, 2), () => done.push(sim.now)));
    sim.runUntil(2000);
    // The first waits until the slow replica dies; the restarted one catches up from 300.
    expect(done).toEqual([200, 410]);
    expect(versions(set, 2)).toEqual(versions(set, 0));
  });
});
