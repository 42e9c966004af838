import { describe, expect, it } from 'vitest';
import { erlangC, mm1MeanResponse, mm1ResponseQuantile, mmcMeanResponse } from './queueing';

describe('queueing formulas', () => {
  it('M/M/1 at rho 0.5 with a 10 ms service has a 20 ms mean', () => {
    expect(mm1MeanResponse(0.05, 0.1)).toBeCloseTo(20, 10);
    expect(mm1ResponseQuantile(0.05, 0.1, 0.99)).toBeCloseTo(20 * Math.log(100), 10);
  });

  it('M/M/c with one server equals M/M/1', () => {
    expect(mmcMeanResponse(0.08, 0.1, 1)).toBeCloseTo(mm1MeanResponse(0.08, 0.1), 10);
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12);
  });

  it('Erlang C matches a textbook value (c=2, a=1 gives 1/3)', () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
  });

  it('saturated queues have infinite response times', () => {
    expect(mm1MeanResponse(1, 1)).toBe(Infinity);
    expect(mmcMeanResponse(4, 1, 4)).toBe(Infinity);
  });
});
