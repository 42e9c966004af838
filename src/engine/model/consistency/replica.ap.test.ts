import { describe, expect, it } from 'vitest';
import { Outcome } from '../../kernel/request';
import { rig } from './testRig';

describe('AP replicas: answer locally, reconcile later', () => {
  it('answer from the local copy at once, and replicate writes afterwards', () => {
    const { sim, replicas, customers, ledger } = rig('ap');
    customers[0]!.order(0, 'write', 0, replicas[0]!);
    customers[1]!.order(5, 'read', 0, replicas[1]!); // before a's write reaches b (at 12)
    customers[1]!.order(20, 'read', 0, replicas[1]!);
    sim.runUntil(1000);
    const w = customers[0]!.answers[0]!;
    expect(w.at - w.sentAt).toBe(3);
    expect(customers[1]!.answers.map((a) => a.version)).toEqual([0, 1]);
    expect(ledger.staleReads).toBe(1);
    expect(replicas[1]!.staleReads).toBe(1);
  });

  it('during a partition every side answers and the copies drift apart', () => {
    const { sim, replicas, customers, link } = rig('ap');
    link(0, 0, 1, false);
    link(0, 0, 2, false);
    customers[0]!.order(10, 'write', 0, replicas[0]!);
    customers[1]!.order(20, 'write', 0, replicas[1]!);
    customers.forEach((c, i) => c.order(100, 'read', 0, replicas[i]!));
    sim.runUntil(500);
    for (const c of customers) for (const a of c.answers) expect(a.outcome).toBe(Outcome.ok);
    expect(replicas[0]!.store.get(0).value).not.toBe(replicas[1]!.store.get(0).value);
    expect(replicas[2]!.store.get(0)).toEqual(replicas[1]!.store.get(0));
  });

  it('on healing, version vectors catch the conflict and LWW keeps the later write', () => {
    const { sim, replicas, customers, link, ledger } = rig('ap');
    link(0, 0, 1, false);
    link(0, 0, 2, false);
    customers[0]!.order(10, 'write', 0, replicas[0]!); // a: the earlier write
    customers[1]!.order(20, 'write', 0, replicas[1]!); // b: the later one
    const aValue = () => replicas[0]!.store.get(0).value;
    sim.runUntil(100);
    const lost = aValue();
    link(100, 0, 1, true);
    link(100, 0, 2, true);
    sim.runUntil(500);
    const [a, b, c] = replicas.map((r) => r.store.get(0));
    expect(a).toEqual(b);
    expect(c).toEqual(b);
    expect(a!.vv).toEqual([1, 1, 0]);
    expect(a!.stamp.node).toBe(1);
    // Met at a, b and c, but one conflict and one lost write.
    expect(ledger.conflicts).toBe(1);
    expect(ledger.lostWrites).toBe(1);
    expect(ledger.splitLostWrites).toBe(1);
    expect(ledger.lostLog[0]).toMatchObject({
      key: 0,
      value: lost,
      node: 0,
      winnerNode: 1,
      fromSplit: true,
    });
  });

  it('writes that had time to spread are ordinary updates, not conflicts', () => {
    const { sim, replicas, customers, ledger } = rig('ap');
    customers[0]!.order(0, 'write', 0, replicas[0]!);
    customers[1]!.order(100, 'write', 0, replicas[1]!);
    customers[2]!.order(200, 'write', 0, replicas[2]!);
    sim.runUntil(1000);
    expect(ledger.conflicts).toBe(0);
    expect(replicas.map((r) => r.store.get(0).vv)).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
  });
});
