import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampInto,
  geometryFor,
  hashId,
  jitterA,
  jitterB,
  nearPoint,
  progress,
  queuePoint,
  ringPoint,
  travelPoint,
  type Point,
} from './geometry';

const g = geometryFor(800, 400, 8);
const out: Point = { x: 0, y: 0 };

describe('progress', () => {
  it('runs 0..1 across the hop and clamps outside it', () => {
    expect(progress(100, 100, 200)).toBe(0);
    expect(progress(150, 100, 200)).toBe(0.5);
    expect(progress(200, 100, 200)).toBe(1);
    expect(progress(50, 100, 200)).toBe(0);
    expect(progress(250, 100, 200)).toBe(1);
  });
  it('treats zero-length hops as done and NaN as not started', () => {
    expect(progress(100, 100, 100)).toBe(1);
    expect(progress(NaN, 0, 10)).toBe(0);
  });
});

describe('travelPoint', () => {
  it('interpolates linearly from a to b', () => {
    expect(travelPoint(out, 100, 200, 500, 200, 0, 0, g)).toEqual({ x: 100, y: 200 });
    expect(travelPoint(out, 100, 200, 500, 200, 0.25, 0, g)).toEqual({ x: 200, y: 200 });
    expect(travelPoint(out, 100, 200, 500, 200, 1, 0, g)).toEqual({ x: 500, y: 200 });
  });
  it('offsets sideways to the path, by at most the spread', () => {
    travelPoint(out, 100, 200, 500, 200, 0.5, 1, g);
    expect(out.x).toBe(300);
    expect(Math.abs(out.y - 200)).toBeCloseTo(g.spread, 9);
  });
});

describe('queuePoint', () => {
  it('moves from the back of the line to the front as p goes 0 -> 1', () => {
    const back = { ...queuePoint(out, 600, 200, 'left', 0, 0, g) };
    const front = { ...queuePoint(out, 600, 200, 'left', 1, 0, g) };
    expect(back.y).toBe(200);
    expect(front.y).toBe(200);
    expect(back.x).toBeLessThan(front.x);
    expect(front.x).toBeLessThan(600 - g.ringRadius); // waits outside the service ring
    expect(front.x - back.x).toBeCloseTo(g.queueLength, 9);
  });
  it('shortens the line for a part near the edge instead of piling dots against it', () => {
    const back = { ...queuePoint(out, 100, 200, 'left', 0, 0, g) };
    const front = { ...queuePoint(out, 100, 200, 'left', 1, 0, g) };
    expect(back.x).toBe(g.margin);
    expect(front.x - back.x).toBeGreaterThan(0);
    expect(front.x - back.x).toBeLessThan(g.queueLength);
  });
  it('can lead in from above', () => {
    const back = { ...queuePoint(out, 600, 300, 'up', 0, 0, g) };
    const front = { ...queuePoint(out, 600, 300, 'up', 1, 0, g) };
    expect(back.x).toBe(600);
    expect(back.y).toBeLessThan(front.y);
    expect(front.y).toBeLessThan(300);
  });
});

describe('nearPoint', () => {
  it('scatters within the spread in both directions', () => {
    nearPoint(out, 400, 200, 1, -1, g);
    expect(out).toEqual({ x: 400 + g.spread, y: 200 - g.spread });
  });
});

describe('ringPoint', () => {
  it('circles the part at the ring radius and comes round once over the hop', () => {
    const start = { ...ringPoint(out, 400, 200, 0, 0, g) };
    expect(start.x).toBeCloseTo(400, 9);
    expect(start.y).toBeCloseTo(200 - g.ringRadius, 9); // twelve o'clock
    const quarter = { ...ringPoint(out, 400, 200, 0.25, 0, g) };
    expect(quarter.x).toBeCloseTo(400 + g.ringRadius, 9);
    expect(quarter.y).toBeCloseTo(200, 9);
    const end = { ...ringPoint(out, 400, 200, 1, 0, g) };
    expect(end.x).toBeCloseTo(start.x, 9);
    expect(end.y).toBeCloseTo(start.y, 9);
  });
});

describe('hashId and jitter', () => {
  it('is deterministic and spreads neighbouring ids', () => {
    expect(hashId(42)).toBe(hashId(42));
    const offsets = new Set(Array.from({ length: 100 }, (_, i) => jitterA(hashId(i)).toFixed(3)));
    expect(offsets.size).toBeGreaterThan(95);
    for (let i = 0; i < 1000; i++) {
      const h = hashId(i * 7919);
      for (const j of [jitterA(h), jitterB(h)]) {
        expect(j).toBeGreaterThanOrEqual(-1);
        expect(j).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('bounds (property)', () => {
  const inside = (p: Point, w: number, h: number) => p.x >= 0 && p.x <= w && p.y >= 0 && p.y <= h;
  const anyNumber = fc.oneof(fc.double(), fc.double({ min: -1e6, max: 1e6, noNaN: true }));

  it('keeps every dot inside the canvas for any hop times, t and positions', () => {
    fc.assert(
      fc.property(
        fc.record({
          w: fc.double({ min: 0, max: 5000, noNaN: true }),
          h: fc.double({ min: 0, max: 5000, noNaN: true }),
          r: fc.double({ min: 0, max: 20, noNaN: true }),
          a: fc.tuple(fc.double({ min: 0, max: 1 }), fc.double({ min: 0, max: 1 })),
          b: fc.tuple(fc.double({ min: 0, max: 1 }), fc.double({ min: 0, max: 1 })),
          t0: anyNumber,
          t1: anyNumber,
          t: anyNumber,
          id: anyNumber,
          up: fc.boolean(),
        }),
        ({ w, h, r, a, b, t0, t1, t, id, up }) => {
          const geo = geometryFor(w, h, r);
          const p = progress(t, t0, t1);
          const hash = hashId(id);
          const [ax, ay] = [a[0] * w, a[1] * h];
          const [bx, by] = [b[0] * w, b[1] * h];
          const o: Point = { x: 0, y: 0 };
          expect(inside(travelPoint(o, ax, ay, bx, by, p, jitterA(hash), geo), w, h)).toBe(true);
          expect(
            inside(queuePoint(o, bx, by, up ? 'up' : 'left', p, jitterB(hash), geo), w, h),
          ).toBe(true);
          expect(inside(nearPoint(o, bx, by, jitterA(hash), jitterB(hash), geo), w, h)).toBe(true);
          expect(inside(ringPoint(o, bx, by, p, (hash >>> 8) / 16777216, geo), w, h)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('clamps wild and missing coordinates to the box', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (x, y) => {
        const p = clampInto({ x, y }, g);
        return p.x >= g.margin && p.x <= 800 - g.margin && p.y >= g.margin && p.y <= 400 - g.margin;
      }),
    );
  });
});
