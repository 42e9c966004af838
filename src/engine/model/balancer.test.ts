import { describe, expect, it } from 'vitest';
import { constant, exponential } from '../core/distributions';
import { Sim } from '../kernel/sim';
import { LoadBalancer, BALANCER_STRATEGIES, type BalancerStrategy } from './balancer';
import { OpenLoopSource } from './openLoopSource';
import { makeProfile } from './profile';
import { Server } from './server';

function farm(
  strategy: BalancerStrategy,
  opts: { weights?: number[]; servers?: number; rps?: number; healthCheckMs?: number } = {},
) {
  const sim = new Sim({ seed: 5 });
  const n = opts.servers ?? 3;
  const servers = Array.from(
    { length: n },
    (_, i) =>
      new Server(sim, {
        name: `server-${i + 1}`,
        workers: 4,
        queueLimit: 100,
        service: exponential(20),
      }),
  );
  const lb = new LoadBalancer(sim, {
    name: 'lb',
    strategy,
    backends: servers,
    healthCheckMs: opts.healthCheckMs ?? 1000,
    ...(opts.weights ? { weights: opts.weights } : {}),
  });
  new OpenLoopSource(sim, {
    name: 'users',
    rps: opts.rps ?? 300,
    profile: makeProfile('constant', 60_000),
    target: lb,
    timeoutMs: 10_000,
  });
  return { sim, lb, servers };
}

describe('LoadBalancer', () => {
  it('round-robin spreads requests in turn', () => {
    const { sim, lb } = farm('round-robin');
    sim.runUntil(10_000);
    const [a, b, c] = Array.from(lb.sent);
    expect(Math.max(a!, b!, c!) - Math.min(a!, b!, c!)).toBeLessThanOrEqual(1);
  });

  it('weighted 4,1 sends four times the traffic to the first server', () => {
    const { sim, lb } = farm('weighted', { servers: 2, weights: [4, 1] });
    sim.runUntil(20_000);
    const ratio = lb.sent[0]! / lb.sent[1]!;
    expect(ratio).toBeGreaterThan(3.95);
    expect(ratio).toBeLessThan(4.05);
  });

  it.each(BALANCER_STRATEGIES)('%s serves everything when all servers are healthy', (strategy) => {
    const { sim } = farm(strategy);
    sim.runUntil(10_000);
    const m = sim.metrics;
    expect(m.failed + m.rejected + m.timedOut).toBe(0);
    expect(m.completed).toBeGreaterThan(2800);
  });

  it('a killed server gets traffic (which fails) until the next health check', () => {
    const { sim, lb } = farm('round-robin', { healthCheckMs: 2000 });
    sim.applyCommands([{ at: 4100, node: 'server-2', action: 'kill' }]);
    sim.runUntil(4099);
    expect(sim.metrics.failed).toBe(0);
    sim.runUntil(6000);
    const failedBeforeCheck = sim.metrics.failed;
    expect(failedBeforeCheck).toBeGreaterThan(50); // about a third of 1.9 s at 300 rps
    sim.runUntil(12_000);
    expect(lb.healthy[1]).toBe(0);
    // After the check at 6 s nothing more is sent to the dead server.
    expect(sim.metrics.failed).toBe(failedBeforeCheck);
  });

  it('fails fast when no backend is healthy', () => {
    const sim = new Sim({ seed: 1 });
    const s = new Server(sim, { name: 'only', workers: 1, queueLimit: 1, service: constant(1) });
    const lb = new LoadBalancer(sim, {
      name: 'lb',
      strategy: 'p2c',
      backends: [s],
      healthCheckMs: 100,
    });
    sim.applyCommands([{ at: 0, node: 'only', action: 'kill' }]);
    new OpenLoopSource(sim, {
      name: 'u',
      rps: 10,
      profile: makeProfile('constant', 5000),
      target: lb,
      timeoutMs: 1000,
    });
    sim.runUntil(5000);
    expect(sim.metrics.completed).toBe(0);
    expect(sim.metrics.failed).toBe(sim.metrics.arrived);
  });
});
