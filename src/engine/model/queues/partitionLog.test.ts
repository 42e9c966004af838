import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignPartitions, GroupOffsets } from './groupOffsets';
import { PartitionedLog } from './partitionLog';

describe('PartitionedLog', () => {
  it('a key always goes to the same partition, offsets count up per partition', () => {
    const log = new PartitionedLog<string>(4);
    const a = log.append(7, 'x', 0);
    const b = log.append(7, 'y', 1);
    expect(b.partition).toBe(a.partition);
    expect(b.offset).toBe(a.offset + 1);
    expect(log.entry(a.partition, a.offset)?.payload).toBe('x');
    expect(log.entry(a.partition, 99)).toBeUndefined();
    expect(() => new PartitionedLog(0)).toThrow(RangeError);
  });

  it('reading removes nothing; retention drops old entries and keeps offsets', () => {
    const log = new PartitionedLog<number>(1, 1000);
    for (let t = 0; t < 5; t++) log.append(t, t, t * 500);
    expect(log.size).toBe(5);
    expect(log.expire(2000)).toBe(2); // entries at 0 and 500 ms are older than 1 s
    expect(log.startOffset(0)).toBe(2);
    expect(log.endOffset(0)).toBe(5);
    expect(log.entry(0, 1)).toBeUndefined();
    expect(log.entry(0, 2)?.payload).toBe(2);
  });
});

describe('consumer group offsets', () => {
  it('range assignment: one reader per partition, spread evenly, extra members idle', () => {
    expect([...assignPartitions(6, [0, 1, 2])]).toEqual([0, 0, 1, 1, 2, 2]);
    expect([...assignPartitions(5, [2, 0])]).toEqual([0, 0, 0, 2, 2]);
    expect([...assignPartitions(2, [0, 1, 2])]).toEqual([0, 1]);
    expect([...assignPartitions(3, [])]).toEqual([-1, -1, -1]);
  });

  it('lag, commit, replay from an offset and skipping what expired', () => {
    const log = new PartitionedLog<number>(1, 1000);
    const g = new GroupOffsets(log);
    for (let i = 0; i < 10; i++) log.append(i, i, i * 100);
    g.noteLag();
    expect(g.lag).toBe(10);
    for (let o = 0; o < 6; o++) expect(g.commit(0, o)).toBe(true);
    expect(g.commit(0, 3)).toBe(false);
    expect(g.lag).toBe(4);
    expect(g.seek(2)).toBe(4); // offsets 2..5 will be read again
    expect(g.position[0]).toBe(2);
    expect(g.maxLag).toBe(10);
    log.expire(1500); // drops offsets 0..4
    expect(g.skipExpired()).toBe(3); // 2, 3 and 4 were never re-read
    expect(g.committed[0]).toBe(5);
  });
});

describe('log properties', () => {
  it('per-partition order is kept: offsets consecutive, entries in append order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }),
        fc.integer({ min: 0, max: 250 }),
        (n, keys, cut) => {
          const log = new PartitionedLog<number>(n, 100);
          const seen = new Map<number, number>();
          keys.forEach((k, i) => {
            const { partition, offset } = log.append(k, i, i);
            if (seen.has(k)) expect(seen.get(k)).toBe(partition);
            seen.set(k, partition);
            expect(offset).toBe(log.endOffset(partition) - 1);
          });
          log.expire(cut);
          let total = 0;
          for (let p = 0; p < n; p++) {
            let prev = -1;
            for (let o = log.startOffset(p); o < log.endOffset(p); o++) {
              const e = log.entry(p, o)!;
              expect(e.offset).toBe(o);
              expect(e.payload).toBeGreaterThan(prev);
              expect(e.at).toBeGreaterThanOrEqual(cut - 100);
              prev = e.payload;
              total++;
            }
          }
          expect(total + log.expired).toBe(keys.length);
        },
      ),
    );
  });

  it('assignment gives every partition exactly one live member, shares differing by at most one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 32 }),
        fc.uniqueArray(fc.nat(40), { maxLength: 40 }),
        (P, members) => {
          const owner = assignPartitions(P, members);
          const counts = new Map<number, number>();
          for (const m of owner) {
            if (members.length === 0) expect(m).toBe(-1);
            else expect(members).toContain(m);
            counts.set(m, (counts.get(m) ?? 0) + 1);
          }
          if (members.length > 0) {
            const c = [...counts.values()];
            expect(Math.max(...c) - Math.min(...c)).toBeLessThanOrEqual(1);
            expect(counts.size).toBe(Math.min(P, members.length));
          }
        },
      ),
    );
  });
});
