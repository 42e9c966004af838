import { describe, expect, it } from 'vitest';
import { Outcome } from '../../kernel/request';
import { rig } from './testRig';

describe('CP replicas: a majority quorum', () => {
  it('a read costs one round trip to the nearest peer, a write two', () => {
    const { sim, replicas, customers } = rig('cp');
    customers[0]!.order(0, 'write', 0, replicas[0]!);
    customers[0]!.order(100, 'read', 0, replicas[0]!);
    sim.runUntil(1000);
    const [w, r] = customers[0]!.answers;
    // 1 ms to the replica, 1 ms of work, 2 x 20 ms to b and back, 1 ms home.
    expect(w!.outcome).toBe(Outcome.ok);
    expect(w!.at - w!.sentAt).toBe(43);
    expect(r!.at - r!.sentAt).toBe(23);
    expect(r!.version).toBe(1);
  });

  it('a cut-off replica refuses at once; the majority side keeps going', () => {
    const { sim, replicas, customers, link, ledger } = rig('cp');
    link(0, 0, 1, false);
    link(0, 0, 2, false);
    customers[0]!.order(10, 'write', 0, replicas[0]!);
    customers[0]!.order(10, 'read', 0, replicas[0]!);
    customers[1]!.order(10, 'write', 0, replicas[1]!);
    customers[2]!.order(200, 'read', 0, replicas[2]!);
    sim.runUntil(1000);
    expect(customers[0]!.answers.map((a) => [a.outcome, a.at])).toEqual([
      [Outcome.rejected, 13],
      [Outcome.rejected, 13],
    ]);
    expect(replicas[0]!.refused).toBe(2);
    expect(customers[1]!.answers[0]!.outcome).toBe(Outcome.ok);
    // Bengaluru's read reaches Delhi's confirmed write: nothing stale.
    expect(customers[2]!.answers[0]!.version).toBe(1);
    expect(ledger.staleReads).toBe(0);
  });

  it('one cut link leaves every replica a majority, by the long way round', () => {
    const { sim, replicas, customers, link } = rig('cp');
    link(0, 0, 1, false);
    customers.forEach((c, i) => c.order(10, 'write', 0, replicas[i]!));
    sim.runUntil(1000);
    for (const c of customers) expect(c.answers[0]!.outcome).toBe(Outcome.ok);
    // a's nearest peer is now c (20 ms): 1 + 1 + 40 + 40 + 1.
    const a = customers[0]!.answers[0]!;
    expect(a.at - a.sentAt).toBe(83);
  });

  it('messages on the wire when the links are cut are lost, and the order refused', () => {
    const { sim, replicas, customers, link, net } = rig('cp');
    customers[0]!.order(0, 'read', 0, replicas[0]!);
    link(5, 0, 1, false);
    link(5, 0, 2, false);
    sim.runUntil(1000);
    expect(customers[0]!.answers[0]!.outcome).toBe(Outcome.rejected);
    expect(net.lost).toBe(2);
  });

  it('after healing, the replica that was cut off catches up', () => {
    const { sim, replicas, customers, link } = rig('cp');
    link(0, 0, 1, false);
    link(0, 0, 2, false);
    customers[1]!.order(10, 'write', 1, replicas[1]!);
    sim.runUntil(200);
    expect(replicas[0]!.store.get(1).vv).toEqual([0, 0, 0]);
    link(300, 0, 1, true);
    sim.runUntil(400);
    expect(replicas[0]!.store.get(1)).toEqual(replicas[1]!.store.get(1));
    expect(replicas[0]!.syncs).toBe(1);
  });

  it('a killed replica fails what it holds and refuses new orders until restarted', () => {
    const { sim, replicas, customers } = rig('cp');
    customers[0]!.order(0, 'write', 0, replicas[0]!);
    sim.applyCommands([
      { at: 10, node: 'a', action: 'kill' },
      { at: 50, node: 'a', action: 'restart' },
    ]);
    customers[0]!.order(20, 'read', 0, replicas[0]!);
    customers[0]!.order(60, 'read', 0, replicas[0]!);
    sim.runUntil(1000);
    expect(customers[0]!.answers.map((a) => a.outcome)).toEqual([
      Outcome.failed,
      Outcome.failed,
      Outcome.ok,
    ]);
  });
});
