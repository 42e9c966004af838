import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataCopy, ReplicationLog } from './log';

const KEYS = 6;

/** The versions a copy holding the log's first n entries must answer with, worked out slowly. */
function expected(log: ReplicationLog, n: number): number[] {
  const out = new Array<number>(KEYS).fill(0);
  for (let i = 0; i < n; i++) {
    out[log.debitOf(i)] = log.versionAt(i);
    const c = log.creditOf(i);
    if (c >= 0) out[c] = log.versionAt(i);
  }
  return out;
}

const versionsOf = (c: DataCopy) => Array.from({ length: KEYS }, (_, k) => c.versionOf(k));

/** Random histories: writes, replicas trying to apply any entry, and failover truncations. */
const op = fc.oneof(
  fc.record({
    t: fc.constant('write' as const),
    a: fc.nat(KEYS - 1),
    b: fc.integer({ min: -1, max: KEYS - 1 }),
  }),
  fc.record({ t: fc.constant('apply' as const), copy: fc.nat(2), i: fc.nat(40) }),
  fc.record({ t: fc.constant('next' as const), copy: fc.nat(2) }),
  fc.record({ t: fc.constant('truncate' as const), keep: fc.nat(40) }),
);

describe('ReplicationLog', () => {
  it('numbers writes with versions that are never reused, even after a truncation', () => {
    const log = new ReplicationLog();
    expect([log.append(0, 1, 10), log.append(2, -1, 20), log.append(3, 0, 30)]).toEqual([1, 2, 3]);
    expect([log.indexOf(2), log.indexOf(9), log.commitAt(2), log.creditOf(1)]).toEqual([
      1, -1, 30, -1,
    ]);
    log.markConfirmed(1);
    log.markConfirmed(2);
    expect(log.truncate(1)).toBe(2); // both confirmed writes past the cut are lost
    expect(log.length).toBe(1);
    expect(log.indexOf(2)).toBe(-1);
    expect(log.append(4, -1, 40)).toBe(4);
    expect(log.isConfirmed(1)).toBe(false);
  });

  it('a copy applies entries only in order', () => {
    const log = new ReplicationLog();
    log.append(1, 2, 0);
    log.append(1, -1, 5);
    const c = new DataCopy(KEYS);
    expect(c.apply(log, 1)).toBe(false);
    expect(c.apply(log, 0)).toBe(true);
    expect([c.applied, c.versionOf(1), c.versionOf(2)]).toEqual([1, 1, 1]);
    expect(c.apply(log, 0)).toBe(false);
    expect(c.apply(log, 1)).toBe(true);
    expect(c.apply(log, 2)).toBe(false); // nothing there yet
    expect([c.versionOf(1), c.versionOf(2), c.versionOf(99)]).toEqual([2, 1, 0]);
  });

  it('property: applied never goes backwards, and a copy is exactly a prefix of the log', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        const log = new ReplicationLog();
        const copies = [new DataCopy(KEYS), new DataCopy(KEYS), new DataCopy(KEYS)];
        let t = 0;
        for (const o of ops) {
          const before = copies.map((c) => c.applied);
          let rewound = false;
          if (o.t === 'write') log.append(o.a, o.b === o.a ? -1 : o.b, t++);
          else if (o.t === 'apply') copies[o.copy]!.apply(log, o.i);
          else if (o.t === 'next') copies[o.copy]!.apply(log, copies[o.copy]!.applied);
          else {
            // A failover: the log keeps a prefix, and copies past it go back to it.
            log.truncate(o.keep);
            for (const c of copies) if (c.applied > log.length) c.rewind(log, log.length);
            rewound = true;
          }
          copies.forEach((c, i) => {
            if (!rewound) expect(c.applied).toBeGreaterThanOrEqual(before[i]!);
            expect(c.applied).toBeLessThanOrEqual(log.length);
            expect(versionsOf(c)).toEqual(expected(log, c.applied));
          });
        }
      }),
    );
  });

  it('property: with no new writes, every copy that catches up ends equal to the primary', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(KEYS - 1), fc.integer({ min: -1, max: KEYS - 1 })), {
          maxLength: 60,
        }),
        fc.array(fc.nat(60), { minLength: 3, maxLength: 3 }),
        (writes, partial) => {
          const log = new ReplicationLog();
          const primary = new DataCopy(KEYS);
          for (const [a, b] of writes) {
            log.append(a, b, 0);
            primary.apply(log, log.length - 1);
          }
          const replicas = partial.map((n) => {
            const c = new DataCopy(KEYS);
            c.catchUp(log, n); // each starts somewhere behind
            return c;
          });
          for (const c of replicas) c.catchUp(log);
          for (const c of replicas) expect(versionsOf(c)).toEqual(versionsOf(primary));
        },
      ),
    );
  });
});
