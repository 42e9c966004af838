import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimedCommand } from '../../kernel/commands';
import { LogBroker } from './logBroker';
import { countById, rig, type Handled } from './testRig';

function kafka(opts: {
  partitions: number;
  count: number;
  spreadMs?: number;
  retentionMs?: number;
}) {
  const r = rig();
  const log = new LogBroker(r.sim, {
    name: 'log',
    partitions: opts.partitions,
    retentionMs: opts.retentionMs ?? Infinity,
    rebalanceMs: 500,
  });
  const analytics = log.addGroup('analytics', r.consumers('a', 2));
  const loyalty = log.addGroup('loyalty', r.consumers('l', 1));
  r.produce(log, opts.count, opts.spreadMs ?? 0);
  const of = (prefix: string) => r.handled.filter((h) => h.by.startsWith(prefix));
  return { ...r, log, analytics, loyalty, of };
}

/** First-time handling per partition must follow the log's order (ids grow with offsets here). */
function inPartitionOrder(log: LogBroker, handled: readonly Handled[]): boolean {
  const seen = new Set<number>();
  const last = new Map<number, number>();
  for (const h of handled) {
    if (seen.has(h.id)) continue;
    seen.add(h.id);
    const p = log.log.partitionOf(h.id);
    if ((last.get(p) ?? -1) > h.id) return false;
    last.set(p, h.id);
  }
  return true;
}

describe('LogBroker (Kafka style)', () => {
  it('every group reads every event, each at its own pace', () => {
    const { sim, of, analytics, loyalty, log } = kafka({ partitions: 4, count: 40 });
    sim.runUntil(2000);
    // Loyalty has one reader, analytics two: analytics is further along.
    expect(of('a').length).toBeGreaterThan(of('l').length);
    expect(loyalty.offsets.lag).toBeGreaterThan(analytics.offsets.lag);
    sim.runUntil(10_000);
    expect(countById(of('a')).size).toBe(40);
    expect(countById(of('l')).size).toBe(40);
    expect(of('a')).toHaveLength(40);
    expect(inPartitionOrder(log, of('a'))).toBe(true);
    expect(inPartitionOrder(log, of('l'))).toBe(true);
    expect(log.log.size).toBe(40); // reading deleted nothing
    expect(analytics.commits).toBe(40);
  });

  it('replay: a group rewound to an offset reads from there again', () => {
    const { sim, log, of, analytics } = kafka({ partitions: 2, count: 20 });
    sim.runUntil(5000);
    expect(of('a')).toHaveLength(20);
    log.scheduleReplay('analytics', 5000, 3);
    sim.runUntil(15_000);
    // Offsets 3 and up of both partitions are read a second time.
    const again = [0, 1].reduce((s, p) => s + log.log.endOffset(p) - 3, 0);
    expect(of('a')).toHaveLength(20 + again);
    expect(countById(of('a')).size).toBe(20);
    expect(analytics.rereads).toBe(again);
    expect(of('l')).toHaveLength(20); // the other group is untouched
  });

  it('a dead member: its partitions wait for the rebalance, then another reader catches up', () => {
    const { sim, of, analytics } = kafka({ partitions: 4, count: 40, spreadMs: 2000 });
    sim.applyCommands([{ at: 250, node: 'a0', action: 'kill' }]);
    sim.runUntil(700);
    expect([...analytics.owner]).toEqual([0, 0, 1, 1]); // not noticed yet
    sim.runUntil(800);
    expect([...analytics.owner]).toEqual([1, 1, 1, 1]);
    sim.runUntil(20_000);
    expect(countById(of('a')).size).toBe(40);
    expect(analytics.offsets.lag).toBe(0);
  });

  it('retention deletes events a lagging group never read', () => {
    const { sim, loyalty, analytics } = kafka({
      partitions: 2,
      count: 30,
      spreadMs: 3000,
      retentionMs: 1000,
    });
    sim.applyCommands([{ at: 0, node: 'l0', action: 'kill' }]);
    sim.runUntil(6000);
    expect(loyalty.offsets.lostUnread).toBe(30);
    expect(analytics.offsets.lostUnread).toBe(0);
    expect(sim.metrics.completed).toBe(30);
  });
});

describe('LogBroker properties', () => {
  it('any schedule of deaths and restarts: every group gets every event, partitions in order', () => {
    const cmd = fc.record({
      at: fc.integer({ min: 0, max: 3000 }),
      node: fc.constantFrom('a0', 'a1', 'l0'),
      action: fc.constantFrom('kill' as const, 'restart' as const),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(cmd, { maxLength: 10 }), (P, cmds) => {
        const { sim, log, of } = kafka({ partitions: P, count: 30, spreadMs: 2000 });
        const revive: TimedCommand[] = ['a0', 'a1', 'l0'].map((node) => ({
          at: 3500,
          node,
          action: 'restart',
        }));
        sim.applyCommands([...cmds, ...revive]);
        sim.runUntil(30_000);
        for (const prefix of ['a', 'l']) {
          expect(countById(of(prefix)).size).toBe(30);
          expect(inPartitionOrder(log, of(prefix))).toBe(true);
        }
        for (const g of log.groups) expect(g.offsets.lag).toBe(0);
      }),
      { numRuns: 40 },
    );
  });
});
