import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { Sim } from '../../kernel/sim';
import { LoadBalancer } from '../balancer';
import { OpenLoopSource } from '../openLoopSource';
import { makeProfile } from '../profile';
import { buildFarm, farmWeights, workersForWeight } from './farm';

describe('farmWeights', () => {
  it('fills servers the list leaves out with 1 and cuts a list that is too long', () => {
    expect(farmWeights(4, [4, 1])).toEqual([4, 1, 1, 1]);
    expect(farmWeights(2, [4, 1, 9])).toEqual([4, 1]);
    expect(farmWeights(3, [])).toEqual([1, 1, 1]);
  });

  it('property: one positive weight per server, the given ones kept in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.array(fc.double({ min: -5, max: 100, noNaN: false }), { maxLength: 30 }),
        (n, given) => {
          const w = farmWeights(n, given);
          expect(w).toHaveLength(n);
          w.forEach((x, i) => {
            expect(x).toBeGreaterThan(0);
            expect(Number.isFinite(x)).toBe(true);
            const g = given[i];
            if (g !== undefined && Number.isFinite(g) && g > 0) expect(x).toBe(g);
            else expect(x).toBe(1);
          });
        },
      ),
    );
  });
});

describe('workersForWeight', () => {
  it('scales with the weight: a weight-4 server has four times the workers', () => {
    expect(workersForWeight(4, 2)).toBe(8);
    expect(workersForWeight(1, 2)).toBe(2);
    expect(workersForWeight(0.25, 1)).toBe(1);
  });

  it('property: at least one worker, never fewer for a bigger weight', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 64, noNaN: true }),
        fc.double({ min: 0, max: 64, noNaN: true }),
        fc.integer({ min: 1, max: 64 }),
        (a, b, per) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(workersForWeight(lo, per)).toBeGreaterThanOrEqual(1);
          expect(workersForWeight(hi, per)).toBeGreaterThanOrEqual(workersForWeight(lo, per));
        },
      ),
    );
  });
});

describe('buildFarm', () => {
  const farm = (weights: number[]) => {
    const sim = new Sim({ seed: 9 });
    const servers = buildFarm(sim, {
      prefix: 'server-',
      weights,
      workersPerWeight: 2,
      queueLimit: 50,
      light: constant(10),
      heavy: constant(100),
    });
    return { sim, servers };
  };

  it('names the servers in order and sizes them by weight', () => {
    const { servers } = farm([4, 1, 1]);
    expect(servers.map((s) => s.name)).toEqual(['server-1', 'server-2', 'server-3']);
    expect(servers.map((s) => s.workers)).toEqual([8, 2, 2]);
    expect(servers.map((s) => s.queueLimit)).toEqual([50, 50, 50]);
  });

  it('behind a weighted balancer, weights 4,1 give the big server four times the work', () => {
    const { sim, servers } = farm([4, 1]);
    const lb = new LoadBalancer(sim, {
      name: 'lb',
      strategy: 'weighted',
      backends: servers,
      weights: [4, 1],
      healthCheckMs: 1000,
    });
    new OpenLoopSource(sim, {
      name: 'users',
      rps: 500,
      profile: makeProfile('constant', 10_000),
      target: lb,
      timeoutMs: 5000,
    });
    sim.runUntil(10_000);
    const [big, small] = servers.map((s) => s.stats!.served);
    expect(big! / small!).toBeGreaterThan(3.9);
    expect(big! / small!).toBeLessThan(4.1);
    // Four times the workers for four times the work: both about equally busy.
    const [ub, us] = servers.map((s) => s.stats!.utilization(sim.now));
    expect(Math.abs(ub! - us!)).toBeLessThan(0.05);
  });
});
