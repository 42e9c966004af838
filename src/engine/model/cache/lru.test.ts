import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LruMap } from './lru';

/** The obvious model: an array of entries, most recently used first. O(n), clearly right. */
class ModelLru {
  entries: Array<[number, number]> = [];
  evictions = 0;
  constructor(readonly capacity: number) {}
  private find(k: number) {
    return this.entries.findIndex(([key]) => key === k);
  }
  get(k: number) {
    const i = this.find(k);
    if (i < 0) return undefined;
    const [e] = this.entries.splice(i, 1);
    this.entries.unshift(e!);
    return e![1];
  }
  peek(k: number) {
    return this.entries[this.find(k)]?.[1];
  }
  set(k: number, v: number) {
    const i = this.find(k);
    if (i >= 0) this.entries.splice(i, 1);
    let evicted: number | undefined;
    if (i < 0 && this.entries.length >= this.capacity) {
      evicted = this.entries.pop()![0];
      this.evictions++;
    }
    this.entries.unshift([k, v]);
    return evicted;
  }
  delete(k: number) {
    const i = this.find(k);
    if (i >= 0) this.entries.splice(i, 1);
    return i >= 0;
  }
}

const op = fc.oneof(
  fc.record({ op: fc.constant('get' as const), k: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ op: fc.constant('peek' as const), k: fc.integer({ min: 0, max: 12 }) }),
  fc.record({
    op: fc.constant('set' as const),
    k: fc.integer({ min: 0, max: 12 }),
    v: fc.integer(),
  }),
  fc.record({ op: fc.constant('delete' as const), k: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ op: fc.constant('clear' as const) }),
);

describe('LruMap', () => {
  it('evicts the least recently used entry; a get counts as a use, a peek does not', () => {
    const lru = new LruMap<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // a is now the most recent
    expect(lru.peek('b')).toBe(2); // b stays the least recent
    expect(lru.set('c', 3)).toBe('b');
    expect(lru.keys()).toEqual(['c', 'a']);
    expect(lru.has('b')).toBe(false);
    expect(lru.evictions).toBe(1);
  });

  it('updating a key keeps the size and makes it the most recent', () => {
    const lru = new LruMap<number, string>(3);
    lru.set(1, 'x');
    lru.set(2, 'y');
    expect(lru.set(1, 'z')).toBeUndefined();
    expect(lru.size).toBe(2);
    expect(lru.keys()).toEqual([1, 2]);
    expect(lru.get(1)).toBe('z');
  });

  it('reuses deleted slots and clears completely', () => {
    const lru = new LruMap<number, number>(2);
    lru.set(1, 1);
    expect(lru.delete(1)).toBe(true);
    expect(lru.delete(1)).toBe(false);
    lru.set(2, 2);
    lru.set(3, 3);
    expect(lru.keys()).toEqual([3, 2]);
    lru.clear();
    expect(lru.size).toBe(0);
    expect(lru.keys()).toEqual([]);
    lru.set(4, 4);
    expect(lru.keys()).toEqual([4]);
  });

  it('refuses a capacity below one', () => {
    expect(() => new LruMap(0)).toThrow(RangeError);
    expect(() => new LruMap(NaN)).toThrow(RangeError);
  });

  it('behaves exactly like the simple model for any sequence of operations (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(op, { maxLength: 300 }), (cap, ops) => {
        const lru = new LruMap<number, number>(cap);
        const model = new ModelLru(cap);
        for (const o of ops) {
          switch (o.op) {
            case 'get':
              expect(lru.get(o.k)).toBe(model.get(o.k));
              break;
            case 'peek':
              expect(lru.peek(o.k)).toBe(model.peek(o.k));
              break;
            case 'set':
              expect(lru.set(o.k, o.v)).toBe(model.set(o.k, o.v));
              break;
            case 'delete':
              expect(lru.delete(o.k)).toBe(model.delete(o.k));
              break;
            case 'clear':
              lru.clear();
              model.entries = [];
              break;
          }
          expect(lru.size).toBe(model.entries.length);
          expect(lru.size).toBeLessThanOrEqual(cap);
        }
        expect(lru.keys()).toEqual(model.entries.map(([k]) => k));
        expect(lru.evictions).toBe(model.evictions);
      }),
      { numRuns: 300 },
    );
  });
});
