import { describe, expect, it } from 'vitest';
import type { ReplicationMode } from './types';
import { rig } from './testRig';

/**
 * Writes every 10 ms from 0 to 500 ms; replica-1 lags 100 ms, replica-2 200 ms (slowed 2x);
 * the primary dies at 505 ms and failover takes 300 ms.
 */
function crash(mode: ReplicationMode, restartAt?: number) {
  const r = rig({ replicas: 2, mode, failoverMs: 300 });
  const { set, nodes, script } = r;
  const confirmed: number[] = [];
  let failed = 0;
  script.at(0, () => nodes[2]!.command({ action: 'slow', factor: 2 }));
  for (let t = 0; t <= 500; t += 10)
    script.at(t, () => {
      const v = set.commit(set.primary, (t / 10) % 8);
      set.whenReplicated(v, (ok) => (ok && set.confirm(v) ? confirmed.push(v) : failed++));
    });
  script.at(505, () => nodes[0]!.command({ action: 'kill' }));
  if (restartAt !== undefined) script.at(restartAt, () => nodes[0]!.command({ action: 'restart' }));
  return { ...r, confirmed, failed: () => failed };
}

describe('failover', () => {
  it('async: the most caught-up replica is promoted and confirmed writes it lacked are lost', () => {
    const { sim, set, confirmed } = crash('async');
    sim.runUntil(804);
    expect(set.primary).toBe(0);
    expect([set.downSince, set.promoteAt]).toEqual([505, 805]);
    sim.runUntil(805);
    // replica-1 had everything committed up to 405 ms: 41 of the 51 writes.
    expect(set.failovers).toEqual([{ at: 805, from: 'primary', to: 'replica-1', lostWrites: 10 }]);
    expect([set.primary, set.log.length, set.lostWrites, confirmed.length]).toEqual([
      1, 41, 10, 51,
    ]);
    expect([set.downSince, set.promoteAt]).toEqual([-1, -1]);
    // The lost versions are gone; the survivors are still there.
    expect(set.holds(confirmed[40]!)).toBe(true);
    expect(set.holds(confirmed[41]!)).toBe(false);
  });

  it('sync: nothing confirmed is lost; writes still waiting when the primary died fail', () => {
    const { sim, set, confirmed, failed } = crash('sync');
    sim.runUntil(1000);
    expect(set.failovers).toEqual([{ at: 805, from: 'primary', to: 'replica-1', lostWrites: 0 }]);
    // Confirmed only once the 200 ms replica had them: commits up to 305 ms.
    expect([confirmed.length, failed(), set.lostWrites]).toEqual([31, 20, 0]);
    expect(confirmed.every((v) => set.holds(v))).toBe(true);
  });

  it('after a failover the new primary takes writes, the others follow it, versions stay unique', () => {
    const { sim, set, nodes, script } = crash('async');
    const v: number[] = [];
    script.at(1100, () => v.push(set.commit(1, 5), set.commit(0, 5)));
    script.at(1200, () => nodes[0]!.command({ action: 'restart' }));
    sim.runUntil(1004);
    expect(set.members[2]!.copy.applied).toBe(31);
    sim.runUntil(1005);
    expect(set.members[2]!.copy.applied).toBe(41); // caught up with the new primary, 200 ms on
    sim.runUntil(1500);
    expect(v).toEqual([52, 0]);
    // The old primary came back as a replica, rewound to the new history and caught up.
    expect(set.primary).toBe(1);
    for (const m of [0, 2])
      expect(Array.from({ length: 8 }, (_, k) => set.members[m]!.copy.versionOf(k))).toEqual(
        Array.from({ length: 8 }, (_, k) => set.members[1]!.copy.versionOf(k)),
      );
  });

  it('a primary back before the failover is due stays primary and nothing is lost', () => {
    const { sim, set } = crash('async', 600);
    sim.runUntil(2000);
    expect([set.failovers.length, set.primary, set.lostWrites, set.promoteAt]).toEqual([
      0, 0, 0, -1,
    ]);
    expect(set.members.map((m) => m.copy.applied)).toEqual([51, 51, 51]);
  });

  it('with no live replica nobody is promoted until one comes back', () => {
    const { sim, set, nodes, script } = crash('async');
    script.at(400, () => nodes[1]!.command({ action: 'kill' }));
    script.at(401, () => nodes[2]!.command({ action: 'kill' }));
    script.at(1000, () => nodes[2]!.command({ action: 'restart' }));
    sim.runUntil(1104);
    expect(set.primary).toBe(0);
    sim.runUntil(1105); // the next look, 300 ms after the first found nobody
    expect(set.failovers.map((f) => f.to)).toEqual(['replica-2']);
  });

  it('sync: a write whose primary died before its replicas answered is never confirmed', () => {
    const { sim, set, nodes, script } = rig({ replicas: 1, mode: 'sync' });
    const outcome: boolean[] = [];
    let v = 0;
    script.at(0, () => (v = set.commit(0, 1)));
    script.at(1, () => nodes[0]!.command({ action: 'kill' }));
    script.at(2, () => set.whenReplicated(v, (ok) => outcome.push(ok)));
    sim.runUntil(2000);
    expect(outcome).toEqual([false]);
    expect(set.lostWrites).toBe(0);
  });
});
