import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sim } from '../../kernel/sim';
import { ChaosMonkey, nextKillGap, type ChaosMonkeyOptions } from './chaosMonkey';
import { TestTarget } from './testTarget';

function setup(seed: number, n: number, opts: Partial<ChaosMonkeyOptions> = {}) {
  const sim = new Sim({ seed });
  const targets = Array.from({ length: n }, (_, i) => new TestTarget(sim, `app-${i + 1}`));
  const monkey = new ChaosMonkey(sim, { name: 'monkey', targets, everyMs: 10_000, ...opts });
  return { sim, targets, monkey };
}

const schedule = (seed: number, opts: Partial<ChaosMonkeyOptions> = {}) => {
  const { sim, monkey } = setup(seed, 6, { healMs: 5000, ...opts });
  sim.runUntil(300_000);
  return monkey.kills.map((k) => `${k.at}:${k.name}`);
};

describe('ChaosMonkey', () => {
  it('keeps every gap within everyMs x (1 +- jitter)', () => {
    expect(nextKillGap(10_000, 0.5, 0)).toBe(5000);
    expect(nextKillGap(10_000, 0.5, 1)).toBe(15_000);
    expect(nextKillGap(10_000, 0, 0.3)).toBe(10_000);
    const { sim, monkey } = setup(1, 6, { healMs: 1000 });
    sim.runUntil(600_000);
    const times = monkey.kills.map((k) => k.at);
    expect(times.length).toBeGreaterThan(45);
    expect(times.length).toBeLessThan(75);
    times.forEach((t, i) => {
      const gap = t - (times[i - 1] ?? 0);
      expect(gap).toBeGreaterThanOrEqual(5000);
      expect(gap).toBeLessThanOrEqual(15_000);
    });
  });

  it('is deterministic per seed, and another seed strikes differently', () => {
    expect(schedule(7)).toEqual(schedule(7));
    expect(schedule(7)).not.toEqual(schedule(8));
  });

  it('keeps its schedule when the victims change: kill times depend on the seed alone', () => {
    const times = (healMs: number) => {
      const { sim, monkey } = setup(3, 4, { healMs });
      sim.runUntil(200_000);
      return monkey.kills.map((k) => k.at);
    };
    expect(times(1000)).toEqual(times(9000));
  });

  it('kills only live instances, and idles once none is left', () => {
    const { sim, targets, monkey } = setup(2, 3);
    sim.runUntil(100_000);
    expect(monkey.kills).toHaveLength(3);
    expect(new Set(monkey.kills.map((k) => k.name)).size).toBe(3);
    expect(targets.every((t) => !t.alive)).toBe(true);
    expect(targets.reduce((a, t) => a + t.killedWhileDead, 0)).toBe(0);
    expect(monkey.idleTicks).toBeGreaterThan(3);
  });

  it('restarts each victim healMs after its kill', () => {
    const { sim, monkey, targets } = setup(4, 3, { healMs: 7000 });
    sim.runUntil(120_000);
    for (const k of monkey.kills.filter((x) => x.at + 7000 <= 120_000))
      expect(k.healedAt).toBe(k.at + 7000);
    expect(monkey.heals).toBeGreaterThan(5);
    expect(targets.reduce((a, t) => a + t.restarts, 0)).toBe(monkey.heals);
  });

  it('does not heal what canHeal refuses', () => {
    const { sim, monkey, targets } = setup(4, 3, { healMs: 2000, canHeal: () => false });
    sim.runUntil(60_000);
    expect(monkey.heals).toBe(0);
    expect(targets.filter((t) => !t.alive)).toHaveLength(monkey.kills.length);
  });

  it('never lets the heal of an old kill end a newer one early', () => {
    const sim = new Sim({ seed: 1 });
    const only = new TestTarget(sim, 'app-1');
    const monkey = new ChaosMonkey(sim, {
      name: 'monkey',
      targets: [only],
      everyMs: 1000,
      jitter: 0,
      healMs: 1500,
    });
    // Killed at 1 s; restarted by hand at 1.2 s; killed again at 2 s (heal due at 3.5 s).
    sim.applyCommands([{ at: 1200, node: 'app-1', action: 'restart' }]);
    sim.runUntil(2600);
    expect(monkey.kills.map((k) => k.at)).toEqual([1000, 2000]);
    expect(only.alive).toBe(false); // the 2.5 s heal belonged to the first kill
    sim.runUntil(3500);
    expect(only.alive).toBe(true);
  });

  it('stays idle with no schedule, and pauses while it is itself killed', () => {
    const idle = setup(1, 3, { everyMs: 0 });
    idle.sim.runUntil(100_000);
    expect(idle.monkey.kills).toHaveLength(0);
    const caged = setup(1, 3);
    caged.sim.applyCommands([{ at: 0, node: 'monkey', action: 'kill' }]);
    caged.sim.runUntil(100_000);
    expect(caged.monkey.kills).toHaveLength(0);
  });

  it('for any seed and settings, never kills a dead instance and heals only its own victims', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 500, max: 20_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 30_000 }),
        (seed, n, everyMs, jitter, healMs) => {
          const { sim, targets, monkey } = setup(seed, n, { everyMs, jitter, healMs });
          sim.runUntil(120_000);
          expect(targets.reduce((a, t) => a + t.killedWhileDead, 0)).toBe(0);
          expect(monkey.kills.length + monkey.idleTicks).toBeGreaterThan(0);
          const down = targets.filter((t) => !t.alive).length;
          expect(down).toBe(monkey.kills.length - monkey.heals);
          for (const k of monkey.kills)
            if (!Number.isNaN(k.healedAt)) expect(k.healedAt).toBe(k.at + healMs);
        },
      ),
      { numRuns: 60 },
    );
  });
});
