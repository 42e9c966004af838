import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { Outcome, type Request } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { Server } from '../server';
import { ClockBursts } from './clockBursts';
import type { LimiterAlgorithm } from './limiter';
import { RateLimiterNode, TOO_MANY_REQUESTS } from './rateLimiterNode';

/** Two clock-driven clients (ids 1 and 2) bursting at once through a limiter to a server. */
function setup(algorithm: LimiterAlgorithm, size = 4, settings = {}) {
  const sim = new Sim({ seed: 1 });
  const server = new Server(sim, {
    name: 'server',
    workers: 1,
    queueLimit: 100,
    service: constant(1),
  });
  const limiter = new RateLimiterNode(sim, {
    name: 'limiter',
    algorithm,
    settings: { limit: 2, windowMs: 1000, capacity: 2, refillPerSec: 10, ...settings },
    target: server,
    peakWindowMs: 1000,
  });
  const ended: Request[] = [];
  const plan = { size, everyMs: 1000, spreadMs: 0, timeoutMs: Infinity, target: limiter };
  new ClockBursts(sim, { ...plan, name: 'a', client: 1, onEnd: (r) => ended.push(r) });
  new ClockBursts(sim, { ...plan, name: 'b', client: 2, onEnd: (r) => ended.push(r) });
  return { sim, server, limiter, ended };
}

describe('RateLimiterNode', () => {
  it('turns away over-limit requests at once with a 429, per client', () => {
    const { sim, limiter, ended } = setup('fixed-window');
    sim.runUntil(1500);
    const rejected = ended.filter((r) => r.outcome === Outcome.rejected);
    expect(rejected).toHaveLength(4);
    expect(rejected.every((r) => r.note === TOO_MANY_REQUESTS && r.finishedAt === 1000)).toBe(true);
    // Each client has its own limit: one client's burst does not use up the other's.
    for (const c of [1, 2]) {
      const n = limiter.countFor(c)!;
      expect([n.accepted, n.rejected, n.peak.max]).toEqual([2, 2, 2]);
    }
    expect(limiter.clientIds()).toEqual([1, 2]);
    expect(limiter.stats!.dropped).toBe(4);
    expect(limiter.stats!.served).toBe(4);
  });

  it('with no limiter everything goes on to the server', () => {
    const { sim, server, limiter } = setup('none');
    sim.runUntil(1500);
    expect(server.stats!.arrived).toBe(8);
    expect(limiter.countFor(1)!.peak.max).toBe(4);
  });

  it('a leaky bucket holds requests and passes them on at its steady rate', () => {
    const { sim, server, limiter, ended } = setup('leaky-bucket', 3, { capacity: 3 });
    sim.runUntil(1000);
    expect(limiter.stats!.queued).toBe(4); // two waiting per client
    sim.runUntil(1900); // before the next bursts, at 2 s
    expect(server.stats!.arrived).toBe(6);
    const answered = ended
      .filter((r) => r.outcome === Outcome.ok && r.client === 1)
      .map((r) => r.finishedAt - r.createdAt);
    // Out every 100 ms, then 1 ms of service (a shared one-worker server adds a little).
    expect(answered.length).toBe(3);
    expect(answered[2]).toBeGreaterThanOrEqual(200);
    expect(limiter.countFor(1)!.peak.max).toBe(3);
  });

  it('a killed limiter refuses new requests and loses the ones waiting in it', () => {
    const { sim, limiter, ended } = setup('leaky-bucket', 3, { capacity: 3 });
    sim.applyCommands([{ at: 1050, node: 'limiter', action: 'kill' }]);
    sim.runUntil(2500);
    expect(ended.filter((r) => r.outcome === Outcome.failed).length).toBeGreaterThanOrEqual(4);
    expect(limiter.alive).toBe(false);
  });

  it('refuses impossible settings when built', () => {
    expect(() => setup('sliding-window', 1, { windowMs: 0 })).toThrow(RangeError);
  });
});
