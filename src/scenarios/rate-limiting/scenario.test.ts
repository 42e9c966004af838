import { describe, expect, it } from 'vitest';
import { RunSession } from '../run';
import { burstDecisions } from './burstLog';
import { groupOf } from './model';
import { input, run, scenario } from './testRuns';

/** The chapter's boundary test, scaled to a second: bursts of 20 around each tick, 10 a second. */
const BOUNDARY = { burstSize: 20, limit: 10, windowMs: 1000, capacity: 10, refillPerSec: 10 };
const ALGORITHMS = ['fixed-window', 'sliding-window', 'token-bucket', 'leaky-bucket'] as const;

describe('rate-limiting: the boundary problem on seeded runs', () => {
  it('a fixed window lets the bursty job through at twice its limit in one window; a sliding window never exceeds it', () => {
    for (const seed of [1, 2]) {
      const fixed = groupOf(run(input({ ...BOUNDARY, algorithm: 'fixed-window' }, seed)), 'bursty');
      const sliding = groupOf(
        run(input({ ...BOUNDARY, algorithm: 'sliding-window' }, seed)),
        'bursty',
      );
      expect(fixed.maxInAnyWindow).toBe(20);
      expect(fixed.rejected).toBe(0);
      expect(sliding.maxInAnyWindow).toBe(10);
      expect(sliding.rejected).toBeGreaterThan(0);
    }
  });

  it('no client ever gets more than its limit in any window through a sliding window', () => {
    const r = run(input({ ...BOUNDARY, algorithm: 'sliding-window' }));
    const clients = r.clients as Array<{ maxInAnyWindow: number }>;
    expect(clients.length).toBe(10);
    expect(Math.max(...clients.map((c) => c.maxInAnyWindow))).toBeLessThanOrEqual(10);
  });

  it('buckets bound the burst too: token bucket by C + R x W, leaky bucket by its outflow', () => {
    const token = groupOf(run(input({ ...BOUNDARY, algorithm: 'token-bucket' })), 'bursty');
    const leaky = groupOf(run(input({ ...BOUNDARY, algorithm: 'leaky-bucket' })), 'bursty');
    expect(token.maxInAnyWindow).toBeGreaterThan(10);
    expect(token.maxInAnyWindow).toBeLessThanOrEqual(10 + 10);
    expect(leaky.maxInAnyWindow).toBeLessThanOrEqual(10);
    // The leaky bucket's price: admitted bursts wait their turn.
    expect(leaky.p99Ms).toBeGreaterThan(5 * token.p99Ms);
  });

  it("the timeline's replay of the bursty job matches the run's own decisions", () => {
    for (const algorithm of ALGORITHMS) {
      const inp = input({ ...BOUNDARY, algorithm });
      const bursty = groupOf(run(inp), 'bursty');
      const replayed = burstDecisions(inp.params, inp.durationS * 1000);
      expect([
        replayed.filter((d) => d.admitted).length,
        replayed.filter((d) => !d.admitted).length,
      ]).toEqual([bursty.accepted, bursty.rejected]);
    }
  });
});

describe('rate-limiting: the attacker, with and without a limiter', () => {
  it("without a limiter the attacker ruins the steady users' p99 and errors; with one they are fine", () => {
    const none = groupOf(run(input({ algorithm: 'none' })), 'steady');
    const calm = groupOf(run(input({ algorithm: 'none', attackerRps: 0 })), 'steady');
    expect(none.p99Ms).toBeGreaterThan(3 * calm.p99Ms);
    expect(none.errorRate).toBeGreaterThan(0.05);
    for (const algorithm of ALGORITHMS) {
      const r = run(input({ algorithm }));
      const steady = groupOf(r, 'steady');
      expect(steady.errors).toBe(0);
      expect(steady.rejected).toBe(0);
      expect(steady.p99Ms).toBeLessThan(200);
      const attacker = groupOf(r, 'attacker');
      expect(attacker.rejected).toBeGreaterThan(0.95 * (attacker.accepted + attacker.rejected));
    }
  });

  it('turned-away requests end as rejected (429), and the server never sees them', () => {
    const r = run(input({ algorithm: 'sliding-window' }));
    const roles = ['steady', 'bursty', 'attacker'] as const;
    const turnedAway = roles.reduce((s, role) => s + groupOf(r, role).rejected, 0);
    const server = r.nodes.find((n) => n.id === 'server')!;
    const limiter = r.nodes.find((n) => n.id === 'limiter')!;
    expect(limiter.dropped).toBe(turnedAway);
    expect(server.arrived).toBe(limiter.served);
    expect(server.dropped).toBe(0);
    // Every rejection is a 429 from the limiter; the last 20 ms of them are still on their way back.
    expect(r.requests.rejected).toBeLessThanOrEqual(turnedAway);
    expect(r.requests.rejected).toBeGreaterThan(turnedAway - 1000 * 0.05);
    expect(roles.reduce((s, role) => s + groupOf(r, role).errors, 0)).toBe(r.requests.rejected);
  });

  it('the same seed sends the same traffic whatever the algorithm', () => {
    const arrived = ['none', ...ALGORITHMS].map(
      (algorithm) => run(input({ algorithm })).requests.arrived,
    );
    expect(new Set(arrived).size).toBe(1);
    // Close to what the scenario declares (for the trace's sampling).
    const model = scenario.build(input().params, { seed: 1, durationMs: 15_000, traceCapacity: 0 });
    expect(arrived[0]! / 15).toBeGreaterThan(0.95 * model.expectedRps);
    expect(arrived[0]! / 15).toBeLessThan(1.05 * model.expectedRps);
  });

  it('slowing the server hurts everyone without a limiter, and no steady user with one', () => {
    const slow = [{ at: 6000, node: 'server', action: 'slow' as const, factor: 4 }];
    const without = groupOf(run(input({ algorithm: 'none' }, 1, 15, slow)), 'steady');
    const withLimiter = groupOf(run(input({ algorithm: 'fixed-window' }, 1, 15, slow)), 'steady');
    expect(without.errorRate).toBeGreaterThan(0.3);
    expect(withLimiter.errors).toBe(0);
    expect(withLimiter.p99Ms).toBeLessThan(300);
  });
});

describe('rate-limiting: gauges, notices, parameters', () => {
  it("the frames' gauges end where the results do", () => {
    const s = new RunSession(input({ algorithm: 'token-bucket' }, 1, 8), {
      frameMs: 100,
      traceCapacity: 0,
      tracedPerSecond: 0,
    });
    s.advance(s.durationMs);
    const r = s.result();
    const names = s.model.gauges!.map((g) => g.name);
    const last = s.frames.at(-1)!;
    const at = (n: string) => last.gauges[names.indexOf(n)]!;
    expect(at('attacker-passed')).toBe(groupOf(r, 'attacker').accepted);
    expect(at('attacker-limited')).toBe(groupOf(r, 'attacker').rejected);
    expect(at('steady-passed')).toBe(groupOf(r, 'steady').accepted);
    expect(at('steady-p99')).toBeGreaterThan(40); // two 20 ms links and some service
  });

  it('odd combinations get a notice; the defaults get none', () => {
    const p = input().params;
    expect(scenario.notices!(p)).toEqual([]);
    expect(scenario.notices!({ ...p, limit: 1000 }).join(' ')).toMatch(/do not cap the total/);
    expect(scenario.notices!({ ...p, burstEveryS: 2.5, windowMs: 500 })).toEqual([]);
    expect(scenario.notices!({ ...p, burstEveryS: 2.5, windowMs: 1000 }).join(' ')).toMatch(
      /not every burst/,
    );
    expect(scenario.notices!({ ...p, burstSpreadMs: 9000 }).join(' ')).toMatch(/squeezed/);
  });

  it('every parameter has a meaning, a label and a default inside its range', () => {
    for (const spec of scenario.params) {
      expect(spec.description.length).toBeGreaterThan(20);
      expect(spec.label).toBeTruthy();
      if (spec.kind === 'number') {
        expect(spec.default).toBeGreaterThanOrEqual(spec.min);
        expect(spec.default).toBeLessThanOrEqual(spec.max);
      }
    }
  });
});
