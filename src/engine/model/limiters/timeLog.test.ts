import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TimeLog, WindowPeak } from './timeLog';
import { bruteMax, increasingTimes } from './testTimes';

describe('TimeLog', () => {
  it('keeps times in order across growth and wrap-around', () => {
    const log = new TimeLog(2);
    for (let t = 0; t < 40; t++) log.push(t);
    log.forgetOlderThan(39, 10); // keeps 30..39
    expect(log.size).toBe(10);
    expect([log.oldest(), log.newest()]).toEqual([30, 39]);
    for (let t = 40; t < 70; t++) log.push(t);
    expect(Array.from({ length: log.size }, (_, i) => log.at(i))).toEqual(
      Array.from({ length: 40 }, (_, i) => 30 + i),
    );
    expect(log.shift()).toBe(30);
    log.clear();
    expect(log.size).toBe(0);
    expect(log.oldest()).toBeNaN();
  });

  it('forgets times exactly one window old: the window is (now - W, now]', () => {
    const log = new TimeLog();
    [0, 500, 999].forEach((t) => log.push(t));
    log.forgetOlderThan(1000, 1000);
    expect(log.size).toBe(2);
    expect(log.oldest()).toBe(500);
  });

  it('refuses times that go backwards', () => {
    const log = new TimeLog();
    log.push(5);
    expect(() => log.push(4)).toThrow(RangeError);
  });
});

describe('WindowPeak', () => {
  it('finds the busiest window whatever its start', () => {
    const p = new WindowPeak(1000);
    [0, 100, 900, 1050, 1099, 1800].forEach((t) => p.add(t));
    // (99, 1099] holds 100, 900, 1050, 1099.
    expect(p.max).toBe(4);
    expect(p.maxAt).toBe(1099);
  });

  it('matches a brute-force count on arbitrary times (property)', () => {
    fc.assert(
      fc.property(increasingTimes(), fc.integer({ min: 1, max: 5000 }), (times, w) => {
        const p = new WindowPeak(w);
        times.forEach((t) => p.add(t));
        expect(p.max).toBe(bruteMax(times, w));
      }),
      { numRuns: 200 },
    );
  });

  it('rejects an empty window', () => {
    expect(() => new WindowPeak(0)).toThrow(RangeError);
  });
});
