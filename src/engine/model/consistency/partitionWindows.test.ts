import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PartitionWindows } from './partitionWindows';

describe('PartitionWindows', () => {
  it('records split time as half-open windows', () => {
    const w = new PartitionWindows();
    w.open(10);
    w.open(12); // already open
    expect(w.isOpen).toBe(true);
    w.close(20);
    w.open(30);
    expect([w.covers(9), w.covers(10), w.covers(19.9), w.covers(20), w.covers(35)]).toEqual([
      false,
      true,
      true,
      false,
      true,
    ]);
    expect(w.totalMs(40)).toBe(20);
    expect(w.list(40)).toEqual([
      { from: 10, to: 20 },
      { from: 30, to: 40 },
    ]);
  });

  it('drops a window healed in the instant it began', () => {
    const w = new PartitionWindows();
    w.open(5);
    w.close(5);
    expect(w.list(10)).toEqual([]);
    expect(w.covers(5)).toBe(false);
  });

  it('agrees with replaying the opens and closes, for any sequence', () => {
    const steps = fc.array(fc.record({ dt: fc.integer({ min: 0, max: 5 }), open: fc.boolean() }), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(steps, fc.integer({ min: 0, max: 160 }), (ss, probe) => {
        const w = new PartitionWindows();
        let t = 0;
        let state = false;
        let stateAtProbe = false;
        let total = 0;
        for (const s of ss) {
          const next = t + s.dt;
          if (state) total += Math.max(0, Math.min(next, 200) - t);
          if (probe >= t && probe < next) stateAtProbe = state;
          t = next;
          if (s.open) w.open(t);
          else w.close(t);
          state = s.open;
        }
        if (probe >= t) stateAtProbe = state;
        if (state) total += 200 - t;
        expect(w.covers(probe)).toBe(stateAtProbe);
        expect(w.totalMs(200)).toBe(total);
      }),
    );
  });
});
