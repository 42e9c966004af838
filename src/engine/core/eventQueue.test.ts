import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventQueue } from './eventQueue';

function drain(q: EventQueue): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  while (q.pop()) out.push([q.outTime, q.outPayload as number]);
  return out;
}

describe('EventQueue', () => {
  it('pops in time order and equal times in the order scheduled', () => {
    const q = new EventQueue(2);
    q.push(5, 0, 0, 0);
    q.push(1, 0, 0, 1);
    q.push(5, 0, 0, 2);
    q.push(1, 0, 0, 3);
    q.push(3, 0, 0, 4);
    expect(drain(q)).toEqual([
      [1, 1],
      [1, 3],
      [3, 4],
      [5, 0],
      [5, 2],
    ]);
  });

  it('carries target and kind with each event', () => {
    const q = new EventQueue();
    q.push(2, 7, 3, 'b');
    q.push(1, 9, 4, 'a');
    expect(q.pop()).toBe(true);
    expect([q.outTime, q.outTarget, q.outKind, q.outPayload]).toEqual([1, 9, 4, 'a']);
    expect(q.pop()).toBe(true);
    expect([q.outTime, q.outTarget, q.outKind, q.outPayload]).toEqual([2, 7, 3, 'b']);
    expect(q.pop()).toBe(false);
    expect(q.peekTime()).toBe(Infinity);
  });

  it('rejects NaN times', () => {
    expect(() => new EventQueue().push(NaN, 0, 0, null)).toThrow(RangeError);
  });

  it('matches a stable sort for any sequence of pushes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 400 }), (times) => {
        const q = new EventQueue(4);
        times.forEach((t, i) => q.push(t, 0, 0, i));
        const expected = times
          .map((t, i) => [t, i] as [number, number])
          .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(drain(q)).toEqual(expected);
      }),
    );
  });

  it('stays ordered when pushes and pops interleave (property)', () => {
    const op = fc.oneof(
      fc.record({ push: fc.double({ min: 0, max: 1e6, noNaN: true }) }),
      fc.constant({ pop: true as const }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const q = new EventQueue(2);
        const model: Array<[number, number]> = [];
        let now = 0;
        let seq = 0;
        for (const o of ops) {
          if ('push' in o) {
            // Like a simulator: never schedule into the past.
            const t = now + o.push;
            q.push(t, 0, 0, seq);
            model.push([t, seq++]);
          } else {
            model.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
            const want = model.shift();
            expect(q.pop()).toBe(want !== undefined);
            if (want) {
              expect([q.outTime, q.outPayload]).toEqual(want);
              now = want[0];
            }
          }
        }
        expect(q.size).toBe(model.length);
      }),
    );
  });
});
