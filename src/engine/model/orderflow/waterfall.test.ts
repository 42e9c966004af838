import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HopPhase, type Hop } from '../../metrics/trace';
import { barsTotal, spansByStep, waterfall } from './waterfall';

const hop = (to: number, t0: number, t1: number, phase: HopPhase = HopPhase.service): Hop => ({
  req: 1,
  from: 0,
  to,
  t0,
  t1,
  phase,
  outcome: 0,
});

describe('waterfall', () => {
  it('merges touching hops of one step and keeps the order of time', () => {
    const hops = [hop(2, 10, 15), hop(1, 0, 4), hop(1, 4, 10), hop(1, 15, 16)];
    const bars = waterfall(hops, (h) => `step-${h.to}`);
    expect(bars.map((b) => [b.step, b.t0, b.t1, b.ms])).toEqual([
      ['step-1', 0, 10, 10],
      ['step-2', 10, 15, 5],
      ['step-1', 15, 16, 1],
    ]);
    expect(barsTotal(bars)).toBe(16);
  });

  it('leaves out end marks, zero-length hops and hops given no step', () => {
    const hops = [hop(1, 0, 0), hop(1, 0, 3, HopPhase.end), hop(2, 0, 5), hop(3, 5, 9)];
    const bars = waterfall(hops, (h) => (h.to === 3 ? null : 'x'));
    expect(bars).toEqual([{ step: 'x', t0: 0, t1: 5, ms: 5 }]);
  });

  it('spans: one bar per step from its first start to its last end', () => {
    const hops = [hop(1, 5, 7), hop(2, 5, 20), hop(1, 9, 12)];
    const spans = spansByStep(hops, (h) => `s${h.to}`);
    expect(spans).toEqual([
      { step: 's1', t0: 5, t1: 12, ms: 7 },
      { step: 's2', t0: 5, t1: 20, ms: 15 },
    ]);
  });

  it('for back-to-back hops, the bars add up to the whole trip whatever the steps', () => {
    const arb = fc.array(
      fc.record({ ms: fc.integer({ min: 0, max: 50 }), step: fc.integer({ min: 0, max: 3 }) }),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (parts) => {
        let t = 0;
        const hops = parts.map((p) => {
          const h = hop(p.step, t, t + p.ms / 4);
          t += p.ms / 4;
          return h;
        });
        const bars = waterfall(hops, (h) => String(h.to));
        expect(barsTotal(bars)).toBeCloseTo(t, 9);
        // In time order, never overlapping, and no two neighbours of the same step.
        bars.forEach((b, i) => {
          const prev = bars[i - 1];
          if (prev) {
            expect(b.t0).toBeGreaterThanOrEqual(prev.t1 - 1e-9);
            expect(b.step === prev.step && b.t0 <= prev.t1 + 1e-6).toBe(false);
          }
        });
      }),
    );
  });
});
