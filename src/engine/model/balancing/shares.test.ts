import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharesOf, strandedRequests, type WorkerView } from './shares';

describe('sharesOf', () => {
  it('divides each count by the total', () => {
    expect(sharesOf([3, 1])).toEqual([0.75, 0.25]);
    expect(sharesOf(new Float64Array([0, 0]))).toEqual([0, 0]);
    expect(sharesOf([])).toEqual([]);
  });

  it('property: shares lie in 0..1, sum to 1 (or are all 0), and keep the order of the counts', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1_000_000 }), { maxLength: 12 }), (counts) => {
        const s = sharesOf(counts);
        expect(s).toHaveLength(counts.length);
        const total = counts.reduce((a, b) => a + b, 0);
        for (const x of s) expect(x >= 0 && x <= 1).toBe(true);
        const sum = s.reduce((a, b) => a + b, 0);
        if (total === 0) expect(sum).toBe(0);
        else expect(sum).toBeCloseTo(1, 9);
        for (let i = 1; i < counts.length; i++)
          if (counts[i]! > counts[i - 1]!) expect(s[i]!).toBeGreaterThan(s[i - 1]!);
      }),
    );
  });
});

const server = (workers: number, inService: number, queueLength: number, alive = true) => ({
  alive,
  workers,
  inService,
  queueLength,
});

describe('strandedRequests', () => {
  it('counts the line at a busy server while another has an idle worker', () => {
    expect(strandedRequests([server(2, 2, 5), server(2, 1, 0)])).toBe(5);
  });

  it('is zero when every live worker is busy, however long the lines', () => {
    expect(strandedRequests([server(2, 2, 5), server(2, 2, 3)])).toBe(0);
  });

  it('ignores dead servers: their idle workers help nobody', () => {
    expect(strandedRequests([server(2, 2, 4), server(2, 0, 0, false)])).toBe(0);
  });

  it('property: between 0 and the total line, and all of it exactly when a live worker idles', () => {
    const arb = fc
      .record({
        workers: fc.integer({ min: 1, max: 8 }),
        busy: fc.integer({ min: 0, max: 8 }),
        queue: fc.nat({ max: 50 }),
        alive: fc.boolean(),
      })
      .map(({ workers, busy, queue, alive }): WorkerView => {
        const inService = Math.min(busy, workers);
        // A server only has a line once all its workers are busy.
        return server(workers, inService, inService < workers ? 0 : queue, alive);
      });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 10 }), (servers) => {
        const live = servers.filter((s) => s.alive);
        const total = live.reduce((a, s) => a + s.queueLength, 0);
        const idle = live.some((s) => s.inService < s.workers);
        const n = strandedRequests(servers);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(total);
        expect(n).toBe(idle ? total : 0);
      }),
    );
  });
});
