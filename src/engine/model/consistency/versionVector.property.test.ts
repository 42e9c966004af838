import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { vvCompare, vvCovers, vvMerge, type VersionVector } from './versionVector';

const vv: fc.Arbitrary<VersionVector> = fc.array(fc.nat(6), { minLength: 3, maxLength: 3 });

describe('version vector laws', () => {
  it('merge is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(vv, vv, vv, (a, b, c) => {
        expect(vvMerge(a, b)).toEqual(vvMerge(b, a));
        expect(vvMerge(vvMerge(a, b), c)).toEqual(vvMerge(a, vvMerge(b, c)));
        expect(vvMerge(a, a)).toEqual(a);
      }),
    );
  });

  it('a merge has seen both sides, and is the least vector that has', () => {
    fc.assert(
      fc.property(vv, vv, vv, (a, b, c) => {
        const m = vvMerge(a, b);
        expect(vvCovers(m, a) && vvCovers(m, b)).toBe(true);
        if (vvCovers(c, a) && vvCovers(c, b)) expect(vvCovers(c, m)).toBe(true);
      }),
    );
  });

  it('compare is antisymmetric and agrees with covering', () => {
    const flip = { before: 'after', after: 'before', equal: 'equal', concurrent: 'concurrent' };
    fc.assert(
      fc.property(vv, vv, (a, b) => {
        const o = vvCompare(a, b);
        expect(vvCompare(b, a)).toBe(flip[o]);
        expect(o === 'before' || o === 'equal').toBe(vvCovers(b, a));
        // Concurrent exactly when neither has seen all of the other.
        expect(o === 'concurrent').toBe(!vvCovers(a, b) && !vvCovers(b, a));
      }),
    );
  });

  it('two sides that each bumped their own entry after a shared past are concurrent', () => {
    fc.assert(
      fc.property(vv, fc.nat(2), fc.nat(2), (past, i, j) => {
        fc.pre(i !== j);
        const a = past.map((x, k) => (k === i ? x + 1 : x));
        const b = past.map((x, k) => (k === j ? x + 1 : x));
        expect(vvCompare(a, b)).toBe('concurrent');
        expect(vvCompare(past, vvMerge(a, b))).toBe('before');
      }),
    );
  });
});
