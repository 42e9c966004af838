import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WindowQuantile } from './windowQuantile';

describe('WindowQuantile', () => {
  it('reports the last whole window, NaN while the first is open or after an empty one', () => {
    const w = new WindowQuantile(1000, 0.5);
    w.record(100, 10);
    w.record(200, 30);
    expect(w.read(900)).toBeNaN();
    expect(w.read(1000)).toBeGreaterThan(9);
    expect(w.read(1999)).toBeLessThan(31);
    expect(w.read(2000)).toBeNaN(); // nothing was recorded in 1000..2000
    w.record(3500, 500);
    expect(w.read(4200)).toBeCloseTo(500, -1);
    expect(w.read(6100)).toBeNaN(); // 5000..6000 was empty
  });

  it('rejects a window that is not positive', () => {
    expect(() => new WindowQuantile(0, 0.99)).toThrow(RangeError);
  });

  it('a reading always lies within what the window recorded (1% histogram error)', () => {
    const arb = fc.array(fc.double({ min: 0.5, max: 5000, noNaN: true }), {
      minLength: 1,
      maxLength: 60,
    });
    fc.assert(
      fc.property(arb, fc.double({ min: 0, max: 1, noNaN: true }), (xs, q) => {
        const w = new WindowQuantile(100, q);
        xs.forEach((x, i) => w.record(i, x));
        const v = w.read(100);
        expect(v).toBeGreaterThanOrEqual(Math.min(...xs) * 0.98);
        expect(v).toBeLessThanOrEqual(Math.max(...xs) * 1.02);
      }),
    );
  });
});
