import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { vvCompare } from './versionVector';
import { compareStamps, lwwMerge, reconcile, type VersionedValue } from './register';

/** Versions with distinct stamps; the value follows from the stamp, as a write fixes both. */
const versions = fc
  .uniqueArray(
    fc.record({
      at: fc.integer({ min: 0, max: 50 }),
      node: fc.integer({ min: 0, max: 2 }),
      seq: fc.integer({ min: 1, max: 3 }),
      vv: fc.array(fc.nat(4), { minLength: 3, maxLength: 3 }),
    }),
    { selector: (r) => `${r.at}/${r.node}/${r.seq}`, minLength: 1, maxLength: 6 },
  )
  .map((rs) =>
    rs.map((r): VersionedValue => ({
      value: r.at * 100 + r.node * 10 + r.seq,
      stamp: { at: r.at, node: r.node, seq: r.seq },
      vv: r.vv,
    })),
  );

const fold = (vs: readonly VersionedValue[]) => vs.slice(1).reduce(lwwMerge, vs[0]!);

describe('last-writer-wins reconciliation', () => {
  it('ends in the same value and vector whatever order the versions arrive in', () => {
    fc.assert(
      fc.property(
        versions.chain((vs) =>
          fc.tuple(fc.constant(vs), fc.shuffledSubarray(vs, { minLength: vs.length })),
        ),
        ([vs, shuffled]) => {
          expect(fold(shuffled)).toEqual(fold(vs));
        },
      ),
    );
  });

  it('keeps the newest stamp, and is idempotent and commutative pairwise', () => {
    fc.assert(
      fc.property(versions, (vs) => {
        const newest = vs.reduce((m, v) => (compareStamps(v.stamp, m.stamp) > 0 ? v : m));
        expect(fold(vs).value).toBe(newest.value);
        for (const a of vs) {
          expect(lwwMerge(a, a)).toEqual(a);
          for (const b of vs) expect(lwwMerge(a, b)).toEqual(lwwMerge(b, a));
        }
      }),
    );
  });

  it('reports a conflict exactly when the vectors are concurrent, and names the loser', () => {
    fc.assert(
      fc.property(versions, versions, (xs, ys) => {
        const a = xs[0]!;
        const b = ys.find((y) => compareStamps(y.stamp, a.stamp) !== 0);
        fc.pre(b !== undefined);
        const r = reconcile(a, b!);
        expect(r.merged).toEqual(lwwMerge(a, b!));
        expect(r.conflict).toBe(vvCompare(a.vv, b!.vv) === 'concurrent');
        if (r.conflict) {
          expect(compareStamps(r.winner!.stamp, r.loser!.stamp)).toBeGreaterThan(0);
          expect(r.merged.value).toBe(r.winner!.value);
        } else expect(r.loser).toBeNull();
      }),
    );
  });
});
