import { describe, expect, it } from 'vitest';
import { vvBump, vvCompare, vvCovers, vvMerge, vvTotal, vvZero } from './versionVector';

describe('version vectors', () => {
  it('start at zero and count writes per replica', () => {
    const v = vvBump(vvBump(vvZero(3), 1), 1);
    expect(v).toEqual([0, 2, 0]);
    expect(vvTotal(v)).toBe(2);
    expect(vvBump(v, 0, 7)).toEqual([7, 2, 0]);
  });

  it('order a version before one that has seen it and more', () => {
    const a = [1, 0, 0];
    const b = [1, 1, 0];
    expect(vvCompare(a, b)).toBe('before');
    expect(vvCompare(b, a)).toBe('after');
    expect(vvCompare(a, [1, 0, 0])).toBe('equal');
  });

  it('call two versions concurrent when each has a write the other missed', () => {
    expect(vvCompare([2, 0, 0], [1, 1, 0])).toBe('concurrent');
    expect(vvMerge([2, 0, 0], [1, 1, 0])).toEqual([2, 1, 0]);
  });

  it('treat a missing entry as zero', () => {
    expect(vvCompare([1], [1, 0, 0])).toBe('equal');
    expect(vvCovers([1, 2], [1])).toBe(true);
    expect(vvBump([], 2)).toEqual([0, 0, 1]);
  });

  it('never change the vector they are given', () => {
    const v = Object.freeze([1, 2, 3]);
    vvBump(v, 0);
    vvMerge(v, [5, 5, 5]);
    expect(v).toEqual([1, 2, 3]);
  });
});
