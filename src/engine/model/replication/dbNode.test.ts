import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { Outcome } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { DbNode } from './dbNode';
import { ReplicaSet } from './replicaSet';
import { Probe } from './testRig';

function setup() {
  const sim = new Sim({ seed: 1 });
  const set = new ReplicaSet(sim, {
    name: 'replication',
    keys: 4,
    mode: 'async',
    lag: constant(50),
    lagPeriodMs: 1000,
    failoverMs: 1000,
    payeeZipf: 1,
  });
  const opts = { workers: 1, queueLimit: 5, read: constant(10), write: constant(15) };
  const primary = new DbNode(sim, set, { name: 'primary', ...opts });
  const replica = new DbNode(sim, set, { name: 'replica-1', ...opts });
  return { sim, set, primary, replica };
}

describe('DbNode', () => {
  it('joins the replica set in order, as a database part with its own statistics', () => {
    const { sim, primary, replica } = setup();
    expect([primary.member, replica.member, primary.kind]).toEqual([0, 1, 'database']);
    // Its data is not a node of its own: only the two servers report statistics.
    expect(sim.nodes().map((n) => n.name)).toEqual(['primary', 'replica-1']);
  });

  it('a write commits when its work is done; a read answers with the version its copy has', () => {
    const { sim, set, primary, replica } = setup();
    const toPrimary = new Probe(sim, primary);
    toPrimary.send(0, 'write', 2, 2);
    toPrimary.send(0, 'read', 2, 2);
    sim.runUntil(100);
    // One worker: the write takes 15 ms, then the read 10 ms and sees it.
    expect(toPrimary.answers).toEqual([
      { at: 15, kind: 'write', outcome: Outcome.ok, value: 1 },
      { at: 25, kind: 'read', outcome: Outcome.ok, value: 1 },
    ]);
    expect(set.members[1]!.copy.versionOf(2)).toBe(1);
    expect(replica.stats!.served).toBe(0);
  });

  it('a replica refuses writes; killing one tells the replica set', () => {
    const { sim, set, replica } = setup();
    const p = new Probe(sim, replica);
    p.send(0, 'write', 1, 1);
    sim.runUntil(20);
    expect(p.answers[0]!.outcome).toBe(Outcome.failed);
    expect(set.log.length).toBe(0);
    replica.command({ action: 'kill' });
    expect(set.members[1]!.epoch).toBe(1);
  });
});
