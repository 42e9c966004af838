import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KeyedMinHeap } from './keyedMinHeap';

describe('KeyedMinHeap', () => {
  it('pops by key, equal keys in the order pushed', () => {
    const h = new KeyedMinHeap<string>();
    h.push(3, 'c');
    h.push(1, 'a');
    h.push(3, 'd');
    h.push(1, 'b');
    expect(h.peekKey()).toBe(1);
    expect([h.pop(), h.pop(), h.pop(), h.pop(), h.pop()]).toEqual(['a', 'b', 'c', 'd', undefined]);
    expect(h.peekKey()).toBe(Infinity);
  });

  it('rejects NaN keys and clears to empty', () => {
    const h = new KeyedMinHeap<number>();
    expect(() => h.push(NaN, 1)).toThrow(RangeError);
    h.push(2, 2);
    h.push(1, 1);
    expect(h.clear().sort()).toEqual([1, 2]);
    expect(h.size).toBe(0);
  });

  it('behaves like a stable sorted list under any pushes and pops (property)', () => {
    const op = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant('pop' as const));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const h = new KeyedMinHeap<number>();
        const model: Array<[number, number]> = [];
        ops.forEach((o, i) => {
          if (o === 'pop') {
            model.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
            expect(h.pop()).toBe(model.shift()?.[1]);
          } else {
            h.push(o, i);
            model.push([o, i]);
          }
          expect(h.size).toBe(model.length);
        });
      }),
    );
  });
});
