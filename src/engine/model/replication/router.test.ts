import { describe, expect, it } from 'vitest';
import { Outcome } from '../../kernel/request';
import { ReadWriteRouter, TAG_FOLLOW_UP } from './router';
import { Probe, rig, type RigOptions } from './testRig';

function setup(o: RigOptions & { readYourWrites?: boolean; pinMs?: number }) {
  const r = rig(o);
  const router = new ReadWriteRouter(r.sim, {
    name: 'router',
    set: r.set,
    clients: 8,
    readYourWrites: o.readYourWrites ?? false,
    pinMs: o.pinMs ?? 500,
  });
  return { ...r, router, probe: new Probe(r.sim, router) };
}

const readsOn = (s: ReturnType<typeof setup>) => s.set.members.map((m) => m.reads);

describe('ReadWriteRouter', () => {
  it('sends writes to the primary and spreads reads evenly over live replicas', () => {
    const s = setup({ replicas: 3 });
    s.probe.send(0, 'write', 1, 1);
    for (let i = 0; i < 30; i++) s.probe.send(10 + i * 10, 'read', 2, 2);
    s.sim.runUntil(1000);
    expect(s.set.log.length).toBe(1);
    expect(readsOn(s)).toEqual([0, 10, 10, 10]);
    expect(s.router.stats!.served).toBe(31);
  });

  it('skips a dead replica, and falls back to the primary when none is left', () => {
    const s = setup({ replicas: 2 });
    s.sim.runUntil(1);
    s.nodes[1]!.command({ action: 'kill' });
    for (let i = 0; i < 4; i++) s.probe.send(10 + i, 'read', 2, 2);
    s.sim.runUntil(100);
    expect(readsOn(s)).toEqual([0, 0, 4]);
    s.nodes[2]!.command({ action: 'kill' });
    s.probe.send(200, 'read', 2, 2);
    s.sim.runUntil(300);
    expect(readsOn(s)).toEqual([1, 0, 4]);
  });

  it('counts a user who reads their own account from a lagging replica and misses their write', () => {
    const s = setup({ replicas: 1 });
    s.probe.send(0, 'write', 3, 3);
    s.probe.send(20, 'read', 3, 3, TAG_FOLLOW_UP); // before the 100 ms lag: old balance
    s.probe.send(20, 'read', 3, 4); // someone else reading it: stale, but not their write
    s.probe.send(300, 'read', 3, 3, TAG_FOLLOW_UP); // after it: new balance
    s.sim.runUntil(1000);
    expect(s.router.readYourWritesViolations).toBe(1);
    expect([s.router.followUps, s.router.followUpViolations]).toEqual([2, 0 + 1]);
    expect(s.set.staleReads).toBe(2);
    expect(s.router.lastCheck).toMatchObject({ client: 3, writeAt: 1, member: 1, fresh: true });
  });

  it('read-your-writes pins the writer to the primary for the pin time, then lets go', () => {
    const s = setup({ replicas: 1, readYourWrites: true, pinMs: 500 });
    s.probe.send(0, 'write', 3, 3);
    s.probe.send(20, 'read', 3, 3, TAG_FOLLOW_UP);
    s.probe.send(20, 'read', 3, 4); // other users are not pinned: still stale
    s.probe.send(600, 'read', 3, 3);
    s.sim.runUntil(1000);
    expect([s.router.readYourWritesViolations, s.router.pinnedReads]).toEqual([0, 1]);
    expect(readsOn(s)).toEqual([1, 2]);
    expect(s.set.staleReads).toBe(1);
    expect(s.router.lastCheck).toMatchObject({ member: 0, fresh: true, behindMs: 0 });
  });

  it('sync replication answers a write only once the replica has it, so nothing reads stale', () => {
    const s = setup({ replicas: 2, mode: 'sync' });
    s.probe.send(0, 'write', 3, 3);
    s.sim.runUntil(1000);
    const w = s.probe.answers[0]!;
    // 1 ms of work (the rig has no network), then the replicas' 100 ms lag.
    expect([w.kind, w.outcome, w.at]).toEqual(['write', Outcome.ok, 101]);
    s.probe.send(w.at, 'read', 3, 3);
    s.probe.send(w.at, 'read', 3, 5);
    s.sim.runUntil(2000);
    expect([s.set.staleReads, s.router.readYourWritesViolations]).toEqual([0, 0]);
  });

  it('a write to a dead primary fails and is not confirmed', () => {
    const s = setup({ replicas: 1 });
    s.sim.runUntil(1);
    s.nodes[0]!.command({ action: 'kill' });
    s.probe.send(10, 'write', 3, 3);
    s.sim.runUntil(50);
    expect(s.probe.answers.map((a) => a.outcome)).toEqual([Outcome.failed]);
    expect([s.router.writesFailed, s.router.writesConfirmed]).toEqual([1, 0]);
  });
});
