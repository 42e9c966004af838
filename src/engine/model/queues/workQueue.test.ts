import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkQueue } from './workQueue';

describe('WorkQueue', () => {
  it('delivers in order, one consumer per message, and deletes on ack', () => {
    const q = new WorkQueue<string>(10);
    ['a', 'b', 'c'].forEach((x) => q.publish(x));
    const d1 = q.deliver(0)!;
    const d2 = q.deliver(1)!;
    expect([d1.payload, d2.payload]).toEqual(['a', 'b']);
    expect(q.readyCount).toBe(1);
    expect(q.unackedCount).toBe(2);
    expect(q.ack(0, d1.tag)).toBe(true);
    expect(q.ack(0, d1.tag)).toBe(false); // gone: a second ack finds nothing
    expect(q.ack(0, d2.tag)).toBe(false); // consumer 0 never held d2
    expect(q.depth).toBe(2);
  });

  it('prefetch caps what one consumer holds unacked', () => {
    const q = new WorkQueue<number>(2);
    for (let i = 0; i < 5; i++) q.publish(i);
    expect(q.deliver(0)).not.toBeNull();
    expect(q.deliver(0)).not.toBeNull();
    expect(q.deliver(0)).toBeNull();
    expect(q.canDeliver(1)).toBe(true);
    expect(() => new WorkQueue(0)).toThrow(RangeError);
  });

  it('a dead consumer gives everything back, first in line and marked redelivered', () => {
    const q = new WorkQueue<string>(3);
    ['a', 'b', 'c', 'd'].forEach((x) => q.publish(x));
    q.deliver(0);
    q.deliver(0);
    expect(q.dropConsumer(0)).toBe(2);
    const again = q.deliver(1)!;
    expect(again).toMatchObject({ payload: 'a', redelivered: true });
    expect(q.deliver(1)).toMatchObject({ payload: 'b', redelivered: true });
    expect(q.deliver(1)).toMatchObject({ payload: 'c', redelivered: false });
    expect(q.redeliveries).toBe(2);
  });

  it('a nack puts the message back before newer ones', () => {
    const q = new WorkQueue<string>(5);
    ['a', 'b'].forEach((x) => q.publish(x));
    const a = q.deliver(0)!;
    expect(q.nack(0, a.tag)).toBe(true);
    expect(q.nack(0, a.tag)).toBe(false);
    expect(q.deliver(1)!.payload).toBe('a');
    expect(q.maxDepth).toBe(2);
  });
});

/** Random operations against the queue, as a consumer pool would issue them. */
const op = fc.oneof(
  fc.record({ t: fc.constant('publish' as const) }),
  fc.record({ t: fc.constant('deliver' as const), c: fc.nat(3) }),
  fc.record({ t: fc.constant('ack' as const), c: fc.nat(3), k: fc.nat(20) }),
  fc.record({ t: fc.constant('nack' as const), c: fc.nat(3), k: fc.nat(20) }),
  fc.record({ t: fc.constant('die' as const), c: fc.nat(3) }),
);

describe('WorkQueue properties', () => {
  it('any interleaving loses nothing and duplicates nothing beyond redelivery', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(op, { maxLength: 200 }), (pf, ops) => {
        const q = new WorkQueue<number>(pf);
        const held = new Map<number, Array<{ tag: number; id: number }>>();
        const acked = new Map<number, number>();
        let published = 0;
        for (const o of ops) {
          const mine = held.get('c' in o ? o.c : 0) ?? [];
          if (o.t === 'publish') q.publish(++published);
          else if (o.t === 'deliver') {
            const d = q.deliver(o.c);
            if (d) held.set(o.c, [...mine, { tag: d.tag, id: d.id }]);
            expect(q.unackedBy(o.c)).toBeLessThanOrEqual(pf);
          } else if ((o.t === 'ack' || o.t === 'nack') && mine.length > 0) {
            const pick = mine[o.k % mine.length]!;
            held.set(
              o.c,
              mine.filter((m) => m !== pick),
            );
            if (o.t === 'ack') {
              expect(q.ack(o.c, pick.tag)).toBe(true);
              acked.set(pick.id, (acked.get(pick.id) ?? 0) + 1);
            } else expect(q.nack(o.c, pick.tag)).toBe(true);
          } else if (o.t === 'die') {
            expect(q.dropConsumer(o.c)).toBe(mine.length);
            held.delete(o.c);
          }
          // Every message is in exactly one place: waiting, held by one consumer, or done.
          expect(q.readyCount + q.unackedCount + q.acked).toBe(published);
        }
        // Drain what is left through one consumer: every message is acked exactly once.
        for (const c of [0, 1, 2, 3]) q.dropConsumer(c);
        for (let d = q.deliver(9); d; d = q.deliver(9)) {
          q.ack(9, d.tag);
          acked.set(d.id, (acked.get(d.id) ?? 0) + 1);
        }
        expect(acked.size).toBe(published);
        expect([...acked.values()].every((n) => n === 1)).toBe(true);
        expect(q.depth).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
