import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { BaseNode } from '../../kernel/baseNode';
import type { Call } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { LinkBook } from './linkBook';
import { NOT_FOUND } from './linkClients';
import { LinkGroup } from './linkGroup';

/** Sends reads and writes of one link at set times and keeps the answers. */
class Probe extends BaseNode {
  readonly answers: Array<{ at: number; kind: string; value: number }> = [];
  constructor(
    sim: Sim,
    private readonly group: LinkGroup,
  ) {
    super(sim, 'probe', 'client', null);
  }
  at(ms: number, kind: 'read' | 'write', key: number): void {
    this.sim.schedule(ms, this, 10, { kind, key });
  }
  receive(): void {}
  override handle(_k: number, p: unknown): void {
    const { kind, key } = p as { kind: 'read' | 'write'; key: number };
    this.sim.call(this.sim.newRequest(kind, key, 0, 0), this, this.group);
  }
  override onReply(call: Call): void {
    this.answers.push({ at: this.sim.now, kind: call.req.kind, value: call.value });
  }
}

function rig(freshFromPrimaryMs: number) {
  const sim = new Sim({ seed: 1 });
  const book = new LinkBook(1000);
  const group = new LinkGroup(sim, {
    name: 'db',
    connections: 4,
    queueLimit: 10,
    readMs: constant(1),
    writeMs: constant(1),
    replicas: 1,
    replicaReadMs: constant(1),
    lag: constant(500),
    lagPeriodMs: 1000,
    failoverMs: 5000,
    book,
    freshFromPrimaryMs,
  });
  return { sim, book, group, probe: new Probe(sim, group) };
}

describe('LinkGroup', () => {
  it('old links are on every copy; a new one reaches the replica only after the lag', () => {
    const { sim, book, probe } = rig(0);
    const key = book.nextKey();
    probe.at(0, 'read', 5);
    probe.at(0, 'write', key);
    probe.at(100, 'read', key);
    probe.at(900, 'read', key);
    sim.runUntil(2000);
    const reads = probe.answers.filter((a) => a.kind === 'read').map((a) => a.value);
    expect(reads).toEqual([1, NOT_FOUND, 1]);
    expect(book.createdCount).toBe(1);
  });

  it('reading young links from the primary finds them at once', () => {
    const { sim, book, group, probe } = rig(10_000);
    const key = book.nextKey();
    probe.at(0, 'write', key);
    probe.at(100, 'read', key);
    sim.runUntil(2000);
    expect(probe.answers.at(-1)!.value).toBe(1);
    expect(group.freshReadsOnPrimary).toBe(1);
  });
});
