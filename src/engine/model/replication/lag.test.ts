import { describe, expect, it } from 'vitest';
import { lognormal, sampler } from '../../core/distributions';
import { createRngRoot } from '../../core/rng';
import { LagLevel } from './lag';
import { Waiters } from './waiters';

const level = () =>
  new LagLevel(sampler(lognormal(200, 0.5), createRngRoot(3).stream('lag')), 1000);

describe('LagLevel', () => {
  it('holds a level for a period and gives the same levels however often it is asked', () => {
    const a = level();
    const b = level();
    const sparse = [0, 2500, 7000].map((t) => a.at(t));
    const dense: number[] = [];
    for (let t = 0; t <= 7000; t += 100) dense.push(b.at(t));
    expect(sparse).toEqual([dense[0], dense[25], dense[70]]);
    expect(dense[0]).toBe(dense[9]); // same period, same level
    expect(dense.every((x) => x >= 0)).toBe(true);
  });

  it('averages about the typical lag over many periods', () => {
    const a = level();
    let sum = 0;
    for (let i = 0; i < 4000; i++) sum += a.at(i * 1000);
    expect(sum / 4000).toBeGreaterThan(190);
    expect(sum / 4000).toBeLessThan(210);
  });

  it('refuses a period that is not positive', () => {
    expect(() => new LagLevel(() => 1, 0)).toThrow(RangeError);
  });
});

describe('Waiters', () => {
  it('releases waits in order up to a point, and fails the rest at once', () => {
    const w = new Waiters();
    const log: string[] = [];
    for (const i of [0, 1, 2, 3]) w.add(i, (ok) => log.push(`${i}:${ok}`));
    w.releaseBelow(2);
    expect([log, w.size]).toEqual([['0:true', '1:true'], 2]);
    w.failAll();
    expect([log.slice(2), w.size]).toEqual([['2:false', '3:false'], 0]);
  });
});
