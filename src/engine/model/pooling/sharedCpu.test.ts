import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cpuShare, SharedCpu } from './sharedCpu';

/** Runs jobs (arrival time, work) through a CPU; returns each job's finishing time. */
function simulate(cores: number, contention: number, jobs: ReadonlyArray<[number, number]>) {
  const cpu = new SharedCpu<number>(cores, contention);
  const order = jobs.map((_, i) => i).sort((a, b) => jobs[a]![0] - jobs[b]![0] || a - b);
  const done = new Array<number>(jobs.length).fill(NaN);
  let k = 0;
  while (k < order.length || cpu.active > 0) {
    const nextArrival = k < order.length ? jobs[order[k]!]![0] : Infinity;
    const nextFinish = cpu.nextFinish();
    if (nextFinish <= nextArrival) {
      for (const j of cpu.finish(nextFinish)) done[j] = nextFinish;
    } else {
      const j = order[k++]!;
      cpu.add(j, jobs[j]![1], nextArrival);
    }
  }
  return done;
}

describe('cpuShare', () => {
  it('is full speed up to the cores, then shared, then slowed by contention', () => {
    expect(cpuShare(4, 4, 0.5)).toBe(1);
    expect(cpuShare(8, 4, 0)).toBe(0.5);
    expect(cpuShare(8, 4, 0.25)).toBeCloseTo(0.5 / 2, 12);
  });

  it('past the cores, total work done per ms falls as queries are added', () => {
    const total = (n: number) => n * cpuShare(n, 16, 0.02);
    expect(total(16)).toBe(16);
    expect(total(32)).toBeLessThan(total(20));
    expect(total(100)).toBeCloseTo(16 / (1 + 0.02 * 84), 9);
  });
});

describe('SharedCpu', () => {
  it('runs queries that fit on the cores at full speed', () => {
    expect(
      simulate(4, 0.5, [
        [0, 10],
        [0, 20],
        [5, 10],
      ]),
    ).toEqual([10, 20, 15]);
  });

  it('shares one core evenly: a late arrival slows the one already running', () => {
    // A runs alone for 5 ms, then both go at half speed: A ends at 15, B at 20.
    expect(
      simulate(1, 0, [
        [0, 10],
        [5, 10],
      ]),
    ).toEqual([15, 20]);
  });

  it('contention slows everyone: two on one core at 50% contention take three times as long', () => {
    const done = simulate(1, 0.5, [
      [0, 10],
      [0, 10],
    ]);
    expect(done[0]).toBeCloseTo(30, 9);
    expect(done[1]).toBeCloseTo(30, 9);
  });

  it('clear drops everything and the clock restarts', () => {
    const cpu = new SharedCpu<string>(1, 0);
    cpu.add('a', 10, 0);
    cpu.add('b', 10, 0);
    expect(cpu.clear(5).sort()).toEqual(['a', 'b']);
    expect(cpu.active).toBe(0);
    expect(cpu.nextFinish()).toBe(Infinity);
    cpu.add('c', 4, 6);
    expect(cpu.nextFinish()).toBe(10);
  });

  it('without contention it never idles with work waiting: the last job ends when a FIFO line would (property)', () => {
    const job = fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 50 }));
    fc.assert(
      fc.property(fc.array(job, { minLength: 1, maxLength: 40 }), (jobs) => {
        const sorted = [...jobs].sort((a, b) => a[0] - b[0]);
        let t = 0;
        for (const [at, work] of sorted) t = Math.max(t, at) + work;
        const done = simulate(1, 0, jobs);
        expect(Math.max(...done)).toBeCloseTo(t, 6);
        // And nobody finishes before its own work could be done.
        done.forEach((d, i) => expect(d).toBeGreaterThanOrEqual(jobs[i]![0] + jobs[i]![1] - 1e-6));
      }),
    );
  });

  it('with cores to spare every job takes exactly its work (property)', () => {
    const job = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 50 }));
    fc.assert(
      fc.property(fc.array(job, { maxLength: 20 }), (jobs) => {
        const done = simulate(20, 0.3, jobs);
        done.forEach((d, i) => expect(d).toBeCloseTo(jobs[i]![0] + jobs[i]![1], 9));
      }),
    );
  });
});
