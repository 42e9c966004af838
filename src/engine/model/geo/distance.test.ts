import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, greatCircleKm, oneWayMs, roundTripMs } from './distance';
import { PLACES, placeById } from './places';

const km = (a: string, b: string) => greatCircleKm(placeById(a), placeById(b));
/** Within `share` (e.g. 0.01 = 1%) of the expected value. */
const near = (got: number, want: number, share = 0.01) =>
  expect(Math.abs(got - want)).toBeLessThanOrEqual(want * share);

describe('great-circle distance', () => {
  it('matches published city-to-city distances within 1%', () => {
    near(km('london', 'new-york'), 5570);
    near(km('sydney', 'london'), 16_990);
    near(km('tokyo', 'los-angeles'), 8_815);
    near(km('mumbai', 'chennai'), 1_030);
    near(km('london', 'frankfurt'), 638);
  });

  it('puts Mumbai about 13,000 km from Virginia, so at least ~130 ms there and back', () => {
    const d = km('mumbai', 'virginia');
    near(d, 13_000, 0.02);
    expect(roundTripMs(d)).toBeGreaterThan(125);
    expect(roundTripMs(d)).toBeLessThan(132);
  });

  it('gives a quarter meridian and half the equator their exact lengths', () => {
    const quarter = (Math.PI / 2) * EARTH_RADIUS_KM;
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo(quarter, 6);
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(2 * quarter, 6);
  });

  it('is symmetric, zero to itself, at most half the circumference, and obeys the triangle inequality', () => {
    const point = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        const ab = greatCircleKm(a, b);
        expect(ab).toBeCloseTo(greatCircleKm(b, a), 6);
        expect(greatCircleKm(a, a)).toBeCloseTo(0, 6);
        expect(ab).toBeLessThanOrEqual(Math.PI * EARTH_RADIUS_KM + 1e-6);
        // Within a metre: haversine loses a few digits near antipodal points.
        expect(ab).toBeLessThanOrEqual(greatCircleKm(a, c) + greatCircleKm(c, b) + 1e-3);
      }),
    );
  });

  it('every place in the table is a valid coordinate with a unique id', () => {
    expect(new Set(PLACES.map((p) => p.id)).size).toBe(PLACES.length);
    for (const p of PLACES) {
      expect(Math.abs(p.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(p.lon)).toBeLessThanOrEqual(180);
    }
    expect(() => placeById('atlantis')).toThrow(/unknown place/);
  });
});

describe('fibre latency', () => {
  it('one way is distance / 200,000 km/s; a round trip is twice that', () => {
    expect(oneWayMs(200_000)).toBe(1000);
    expect(oneWayMs(2_000)).toBe(10);
    expect(roundTripMs(13_000)).toBe(130);
    expect(roundTripMs(0)).toBe(0);
  });
});
