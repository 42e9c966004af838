import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VersionLedger } from './versionLedger';

describe('VersionLedger', () => {
  it('numbers versions per key and remembers when each landed', () => {
    const l = new VersionLedger();
    expect(l.latest(7)).toBe(0);
    expect(l.commit(7, 100)).toBe(1);
    expect(l.commit(7, 250)).toBe(2);
    expect(l.commit(8, 300)).toBe(1);
    expect([l.latest(7), l.latest(8), l.commits]).toEqual([2, 1, 3]);
    expect([l.committedAt(7, 0), l.committedAt(7, 1), l.committedAt(7, 2)]).toEqual([0, 100, 250]);
    expect(l.committedAt(7, 3)).toBeNaN();
  });

  it('measures staleness from the first newer commit', () => {
    const l = new VersionLedger();
    l.commit(1, 100);
    l.commit(1, 400);
    expect(l.staleAge(1, 2, 500)).toBe(-1); // the latest: fresh
    expect(l.staleAge(1, 1, 500)).toBe(100); // out of date since 400
    expect(l.staleAge(1, 0, 500)).toBe(400); // out of date since 100
  });

  it('stale age is never negative and is -1 exactly for the latest version (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 30 }),
        fc.nat(40),
        (gaps, v) => {
          const l = new VersionLedger();
          let t = 0;
          for (const g of gaps) l.commit(3, (t += g));
          const age = l.staleAge(3, v, t + 1);
          if (v >= gaps.length) expect(age).toBe(-1);
          else expect(age).toBe(t + 1 - l.committedAt(3, v + 1));
          if (v < gaps.length) expect(age).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
