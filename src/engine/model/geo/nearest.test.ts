import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greatCircleKm } from './distance';
import { nearestAlive, rankByDistance } from './nearest';
import { placeById } from './places';

const point = fc.record({
  lat: fc.double({ min: -89, max: 89, noNaN: true }),
  lon: fc.double({ min: -179, max: 179, noNaN: true }),
});

describe('rankByDistance', () => {
  it('sends Chennai to Mumbai before Singapore and Frankfurt', () => {
    const edges = ['frankfurt', 'singapore', 'mumbai'].map(placeById);
    expect(rankByDistance(placeById('chennai'), edges)).toEqual([2, 1, 0]);
  });

  it('is a permutation in order of distance, ties in input order', () => {
    fc.assert(
      fc.property(point, fc.array(point, { maxLength: 12 }), (from, cands) => {
        const r = rankByDistance(from, cands);
        expect([...r].sort((a, b) => a - b)).toEqual(cands.map((_, i) => i));
        for (let k = 1; k < r.length; k++) {
          const d0 = greatCircleKm(from, cands[r[k - 1]!]!);
          const d1 = greatCircleKm(from, cands[r[k]!]!);
          expect(d0 < d1 || (d0 === d1 && r[k - 1]! < r[k]!)).toBe(true);
        }
      }),
    );
  });
});

describe('nearestAlive', () => {
  it('skips dead candidates and returns -1 when none is up', () => {
    const edges = ['mumbai', 'singapore', 'frankfurt'].map(placeById);
    const from = placeById('mumbai');
    expect(nearestAlive(from, edges, () => true)).toBe(0);
    expect(nearestAlive(from, edges, (i) => i !== 0)).toBe(1);
    expect(nearestAlive(from, edges, (i) => i === 2)).toBe(2);
    expect(nearestAlive(from, edges, () => false)).toBe(-1);
  });

  it('picks a live candidate with no live candidate strictly closer', () => {
    fc.assert(
      fc.property(
        point,
        fc.array(fc.tuple(point, fc.boolean()), { maxLength: 12 }),
        (from, cands) => {
          const places = cands.map(([p]) => p);
          const i = nearestAlive(from, places, (k) => cands[k]![1]);
          if (!cands.some(([, up]) => up)) {
            expect(i).toBe(-1);
            return;
          }
          expect(cands[i]![1]).toBe(true);
          const best = greatCircleKm(from, places[i]!);
          cands.forEach(([p, up]) => {
            if (up) expect(greatCircleKm(from, p)).toBeGreaterThanOrEqual(best);
          });
        },
      ),
    );
  });
});
