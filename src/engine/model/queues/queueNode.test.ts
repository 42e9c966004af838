import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimedCommand } from '../../kernel/commands';
import { FanoutExchange, WorkQueueNode } from './queueNode';
import { countById, rig } from './testRig';

function rabbit(n: number, prefetch: number, count: number, spreadMs = 0) {
  const r = rig();
  const q = new WorkQueueNode(r.sim, { name: 'q', prefetch });
  const cs = r.consumers('c', n);
  cs.forEach((c) => q.addConsumer(c));
  r.produce(q, count, spreadMs);
  return { ...r, q, cs };
}

describe('WorkQueueNode (RabbitMQ style)', () => {
  it('competing consumers: each message goes to exactly one, round-robin', () => {
    const { sim, q, handled } = rabbit(3, 1, 30);
    sim.runUntil(5000);
    const counts = countById(handled);
    expect(counts.size).toBe(30);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    for (const c of ['c0', 'c1', 'c2']) expect(handled.filter((h) => h.by === c)).toHaveLength(10);
    // 30 messages, 3 workers, 100 ms each: done in a second.
    expect(Math.max(...handled.map((h) => h.at))).toBe(1000);
    expect(q.queue.depth).toBe(0);
    expect(q.stats!.served).toBe(30);
  });

  it('prefetch: each consumer takes up to that many unacked at once', () => {
    const { sim, q } = rabbit(3, 5, 30);
    sim.runUntil(1);
    expect([0, 1, 2].map((i) => q.queue.unackedBy(i))).toEqual([5, 5, 5]);
    expect(q.queue.readyCount).toBe(15);
    expect(q.stats!.queued).toBe(15);
  });

  it('a consumer killed before acking: its messages go to the others, none lost or doubled', () => {
    const { sim, q, handled } = rabbit(3, 5, 30);
    sim.applyCommands([{ at: 150, node: 'c0', action: 'kill' }]);
    sim.runUntil(5000);
    const counts = countById(handled);
    expect(counts.size).toBe(30);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(handled.filter((h) => h.by === 'c0')).toHaveLength(1); // finished one, died on the next
    expect(q.queue.redeliveries).toBe(5); // it held 5 unacked: prefetch refilled after its ack
  });

  it('a restarted consumer gets work again', () => {
    const { sim, handled } = rabbit(2, 1, 40);
    sim.applyCommands([
      { at: 50, node: 'c0', action: 'kill' },
      { at: 1000, node: 'c0', action: 'restart' },
    ]);
    sim.runUntil(5000);
    expect(handled.filter((h) => h.by === 'c0' && h.at > 1000).length).toBeGreaterThan(5);
    expect(countById(handled).size).toBe(40);
  });

  it('a failing downstream: messages are retried, the queue grows, then drains when it is back', () => {
    const r = rig();
    const provider = r.provider();
    provider.command({ action: 'kill' });
    const q = new WorkQueueNode(r.sim, { name: 'q', prefetch: 1 });
    r.consumers('c', 2, undefined, provider).forEach((c) => q.addConsumer(c));
    r.produce(q, 20, 1000);
    r.sim.applyCommands([{ at: 3000, node: 'provider', action: 'restart' }]);
    r.sim.runUntil(2999);
    expect(r.handled).toHaveLength(0);
    expect(q.queue.depth).toBe(20);
    expect(q.queue.redeliveries).toBeGreaterThan(10);
    r.sim.runUntil(10_000);
    expect(countById(r.handled).size).toBe(20);
    expect(r.handled).toHaveLength(20);
  });

  it('a fanout exchange gives every bound queue its own copy', () => {
    const r = rig();
    const ex = new FanoutExchange(r.sim, 'ex');
    const a = new WorkQueueNode(r.sim, { name: 'a', prefetch: 1 });
    const b = new WorkQueueNode(r.sim, { name: 'b', prefetch: 1 });
    ex.bind(a);
    ex.bind(b);
    r.consumers('a', 1).forEach((c) => a.addConsumer(c));
    r.consumers('b', 2).forEach((c) => b.addConsumer(c));
    r.produce(ex, 10);
    r.sim.runUntil(5000);
    expect(a.queue.acked).toBe(10);
    expect(b.queue.acked).toBe(10);
    expect(r.sim.metrics.completed).toBe(10); // publishes confirmed
  });
});

describe('WorkQueueNode properties', () => {
  it('any schedule of consumer deaths and restarts: every message handled exactly once', () => {
    const cmd = fc.record({
      at: fc.integer({ min: 0, max: 2000 }),
      node: fc.constantFrom('c0', 'c1', 'c2'),
      action: fc.constantFrom('kill' as const, 'restart' as const),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(cmd, { maxLength: 12 }), (pf, cmds) => {
        const r = rig(pf);
        const q = new WorkQueueNode(r.sim, { name: 'q', prefetch: pf });
        r.consumers('c', 3, r.jitter).forEach((c) => q.addConsumer(c));
        r.produce(q, 40, 1000);
        const revive: TimedCommand[] = ['c0', 'c1', 'c2'].map((node) => ({
          at: 2500,
          node,
          action: 'restart',
        }));
        r.sim.applyCommands([...cmds, ...revive]);
        r.sim.runUntil(20_000);
        const counts = countById(r.handled);
        expect(counts.size).toBe(40);
        expect(r.handled).toHaveLength(40);
        expect(q.queue.depth).toBe(0);
      }),
      { numRuns: 40 },
    );
  });
});
