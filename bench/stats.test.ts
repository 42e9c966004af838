import { describe, expect, it } from 'vitest';
import { interleave, median, medianOf, medianRate, type Timed } from './stats';

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([7])).toBe(7);
    expect(median([9, 2, 2, 8, 1])).toBe(2);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 20])).toBe(15);
  });

  it('is not moved by one outlier', () => {
    expect(median([100, 101, 99, 100, 1e9])).toBe(100);
  });

  it('leaves its input alone', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('interleave', () => {
  /** A clock that advances only when a run says how long it took. */
  function fakeClock() {
    let t = 0;
    return { now: () => t, spend: (ms: number) => void (t += ms) };
  }

  it('runs the contenders in turn, warm-ups first, and keeps only measured runs', () => {
    const clock = fakeClock();
    const log: string[] = [];
    const contender = (name: string) => ({
      name,
      run: (round: number) => {
        log.push(`${name}${round}`);
        return round;
      },
    });
    const [a, b] = interleave([contender('A'), contender('B')], {
      warmup: 2,
      runs: 3,
      now: clock.now,
    });
    expect(log).toEqual(['A0', 'B0', 'A1', 'B1', 'A2', 'B2', 'A3', 'B3', 'A4', 'B4']);
    expect(a.map((r) => r.round)).toEqual([2, 3, 4]);
    expect(b.map((r) => r.result)).toEqual([2, 3, 4]);
  });

  it('times each run with the given clock, leaving beforeEach out of the timed span', () => {
    const clock = fakeClock();
    const order: string[] = [];
    const [fast, slow] = interleave(
      [
        { name: 'fast', run: () => (order.push('fast'), clock.spend(10), 'f') },
        { name: 'slow', run: () => (order.push('slow'), clock.spend(30), 's') },
      ],
      {
        warmup: 1,
        runs: 2,
        now: clock.now,
        beforeEach: () => {
          order.push('gc');
          clock.spend(1000);
        },
      },
    );
    expect(fast.map((r) => r.ms)).toEqual([10, 10]);
    expect(slow.map((r) => r.ms)).toEqual([30, 30]);
    expect(order.slice(0, 4)).toEqual(['gc', 'fast', 'gc', 'slow']);
    expect(order.filter((o) => o === 'gc')).toHaveLength(6);
  });

  it('with no measured runs returns empty lists', () => {
    const [only] = interleave([{ name: 'x', run: () => 1 }], {
      warmup: 1,
      runs: 0,
      now: () => 0,
    });
    expect(only).toEqual([]);
  });
});

describe('medianRate and medianOf', () => {
  const runs: Array<Timed<{ events: number }>> = [
    { round: 0, ms: 100, result: { events: 1000 } }, // 10,000 per s
    { round: 1, ms: 50, result: { events: 1000 } }, // 20,000 per s
    { round: 2, ms: 200, result: { events: 1000 } }, // 5,000 per s
  ];

  it('takes the median of per-run rates per second', () => {
    expect(medianRate(runs, (r) => r.events)).toBe(10_000);
  });

  it('takes the median of any figure of the results', () => {
    expect(medianOf(runs, (r) => r.events)).toBe(1000);
  });
});
