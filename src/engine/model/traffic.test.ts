import { describe, expect, it } from 'vitest';
import { constant, exponential } from '../core/distributions';
import { BaseNode } from '../kernel/baseNode';
import { Outcome, type Call, type Request } from '../kernel/request';
import { Sim } from '../kernel/sim';
import { ClosedLoopUsers } from './closedLoopUsers';
import { OpenLoopSource } from './openLoopSource';
import { isSteady, makeProfile, type ProfileName, type RateProfile } from './profile';
import { Server } from './server';

/** Answers every call at once and counts arrivals per simulated second. */
class Sink extends BaseNode {
  readonly times: number[] = [];
  constructor(sim: Sim) {
    super(sim, 'sink', 'service', null);
  }
  receive(call: Call): void {
    this.times.push(this.sim.now);
    this.sim.reply(call, Outcome.ok);
  }
}

/** Passes calls through to `next`, keeping every request it sees. */
class Tap extends BaseNode {
  readonly seen: Request[] = [];
  constructor(
    sim: Sim,
    private readonly next: BaseNode,
  ) {
    super(sim, 'tap', 'service', null);
  }
  receive(call: Call): void {
    this.seen.push(call.req);
    this.sim.forward(call, this, this.next);
  }
}

function openLoop(profile: ProfileName, rps: number, durationMs: number, seed = 1) {
  const sim = new Sim({ seed, traceCapacity: 0 });
  const sink = new Sink(sim);
  const p = makeProfile(profile, durationMs);
  new OpenLoopSource(sim, { name: 'users', rps, profile: p, target: sink, timeoutMs: Infinity });
  sim.runUntil(durationMs);
  return { sim, sink, profile: p };
}

/** Arrivals per second of a run, as counts. */
function perSecond(times: number[], seconds: number): number[] {
  const out = new Array<number>(seconds).fill(0);
  for (const t of times) {
    const s = Math.floor(t / 1000);
    if (s < seconds) out[s]!++;
  }
  return out;
}

/** Poisson counts: |got - want| within 4 standard deviations (sqrt(want)). */
function expectPoissonNear(got: number, want: number): void {
  expect(Math.abs(got - want)).toBeLessThan(4 * Math.sqrt(want));
}

/** Expected arrivals in [a, b) ms: rps times the integral of the profile (midpoint rule). */
function expectedCount(p: RateProfile, rps: number, a: number, b: number): number {
  const steps = 2000;
  const h = (b - a) / steps;
  let sum = 0;
  for (let i = 0; i < steps; i++) sum += p.at(a + (i + 0.5) * h);
  return (rps * sum * h) / 1000;
}

const sumRange = (xs: number[], from: number, to: number) =>
  xs.slice(from, to).reduce((a, b) => a + b, 0);

describe('OpenLoopSource', () => {
  it('only the constant profile skips thinning; a look-alike is thinned like any other', () => {
    expect(isSteady(makeProfile('constant', 1000))).toBe(true);
    for (const name of ['ramp', 'spike', 'wave'] as const)
      expect(isSteady(makeProfile(name, 1000))).toBe(false);
    // A hand-made profile named "constant" that is not flat must still be thinned.
    const half: RateProfile = { name: 'constant', at: () => 0.5, max: 1, description: '' };
    const sim = new Sim({ seed: 4, traceCapacity: 0 });
    const sink = new Sink(sim);
    new OpenLoopSource(sim, {
      name: 'u',
      rps: 1000,
      profile: half,
      target: sink,
      timeoutMs: Infinity,
    });
    sim.runUntil(20_000);
    expectPoissonNear(sim.metrics.arrived, 10_000);
  });

  it('a constant Poisson source delivers rps within 2% over a long run', () => {
    for (const [rps, seed] of [
      [50, 1],
      [800, 2],
      [3000, 3],
    ] as const) {
      const seconds = rps >= 800 ? 100 : 1000;
      const { sim, sink } = openLoop('constant', rps, seconds * 1000, seed);
      const rate = sink.times.length / seconds;
      expect(Math.abs(rate - rps) / rps).toBeLessThan(0.02);
      expect(sim.metrics.arrived).toBe(sink.times.length);
      expect(sim.metrics.completed).toBe(sink.times.length);
    }
  });

  it('inter-arrival times are exponential: mean 1/rps and coefficient of variation near 1', () => {
    const rps = 500;
    const { sink } = openLoop('constant', rps, 200_000, 7);
    const gaps = sink.times.slice(1).map((t, i) => t - sink.times[i]!);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    const variance = gaps.reduce((a, g) => a + (g - mean) ** 2, 0) / (gaps.length - 1);
    const cv = Math.sqrt(variance) / mean;
    expect(Math.abs(mean - 1000 / rps) / (1000 / rps)).toBeLessThan(0.02);
    expect(cv).toBeGreaterThan(0.97);
    expect(cv).toBeLessThan(1.03);
    // Memoryless: P(gap > mean) = e^-1.
    const longer = gaps.filter((g) => g > mean).length / gaps.length;
    expect(longer).toBeCloseTo(Math.exp(-1), 2);
    // Never negative, and times are non-decreasing.
    expect(gaps.every((g) => g >= 0)).toBe(true);
  });

  it('spike: the 40%-60% window runs at about 5x the base rate', () => {
    const rps = 400;
    const seconds = 100;
    const { sink } = openLoop('spike', rps, seconds * 1000, 3);
    const c = perSecond(sink.times, seconds);
    const before = sumRange(c, 0, 40) / 40;
    const during = sumRange(c, 40, 60) / 20;
    const after = sumRange(c, 60, 100) / 40;
    expect(Math.abs(before - rps) / rps).toBeLessThan(0.03);
    expect(Math.abs(after - rps) / rps).toBeLessThan(0.03);
    expect(Math.abs(during - 5 * rps) / (5 * rps)).toBeLessThan(0.03);
    expect(during / before).toBeGreaterThan(4.7);
    expect(during / before).toBeLessThan(5.3);
    // The edges are sharp: the seconds just inside the window are already high.
    expect(c[40]!).toBeGreaterThan(3 * rps);
    expect(c[59]!).toBeGreaterThan(3 * rps);
    expect(c[39]!).toBeLessThan(2 * rps);
    expect(c[60]!).toBeLessThan(2 * rps);
  });

  it('ramp: grows from about 5% to 100% over the first 80% of the run, then stays level', () => {
    const rps = 1000;
    const seconds = 100;
    const { sink, profile } = openLoop('ramp', rps, seconds * 1000, 4);
    const c = perSecond(sink.times, seconds);
    // Windows of 10 s: each within 5% of the profile's integral.
    for (let w = 0; w < 10; w++) {
      const got = sumRange(c, w * 10, w * 10 + 10);
      const want = expectedCount(profile, rps, w * 10_000, w * 10_000 + 10_000);
      expectPoissonNear(got, want);
    }
    // The first seconds are near 5%, the last near 100%, and the ramp is increasing.
    expect(sumRange(c, 0, 4) / 4).toBeLessThan(0.12 * rps);
    expect(sumRange(c, 0, 4) / 4).toBeGreaterThan(0.04 * rps);
    expect(Math.abs(sumRange(c, 80, 100) / 20 - rps) / rps).toBeLessThan(0.03);
    const tens = Array.from({ length: 8 }, (_, w) => sumRange(c, w * 10, w * 10 + 10));
    for (let w = 1; w < tens.length; w++) expect(tens[w]!).toBeGreaterThan(tens[w - 1]!);
  });

  it('wave: 40% at the start and end, 160% mid-run, averaging the base rate', () => {
    const rps = 1000;
    const seconds = 100;
    const { sink, profile } = openLoop('wave', rps, seconds * 1000, 5);
    const c = perSecond(sink.times, seconds);
    const total = sumRange(c, 0, seconds);
    expect(Math.abs(total / seconds - rps) / rps).toBeLessThan(0.02);
    const night = (sumRange(c, 0, 3) + sumRange(c, 97, 100)) / 6;
    const noon = sumRange(c, 47, 53) / 6;
    expect(night / rps).toBeGreaterThan(0.36);
    expect(night / rps).toBeLessThan(0.46);
    expect(noon / rps).toBeGreaterThan(1.52);
    expect(noon / rps).toBeLessThan(1.68);
    for (let w = 0; w < 10; w++) {
      const got = sumRange(c, w * 10, w * 10 + 10);
      const want = expectedCount(profile, rps, w * 10_000, w * 10_000 + 10_000);
      expectPoissonNear(got, want);
    }
  });

  it('stops sending at stopAt and sends nothing at rate 0', () => {
    const sim = new Sim({ seed: 1, traceCapacity: 0 });
    const sink = new Sink(sim);
    new OpenLoopSource(sim, {
      name: 'a',
      rps: 100,
      profile: makeProfile('constant', 10_000),
      target: sink,
      timeoutMs: Infinity,
      stopAt: 2000,
    });
    new OpenLoopSource(sim, {
      name: 'b',
      rps: 0,
      profile: makeProfile('constant', 10_000),
      target: sink,
      timeoutMs: Infinity,
    });
    sim.runUntil(10_000);
    expect(sink.times.length).toBeGreaterThan(150);
    expect(Math.max(...sink.times)).toBeLessThan(2000);
    expect(sim.pendingEvents).toBe(0);
  });
});

describe('ClosedLoopUsers', () => {
  function closedLoop(opts: {
    users: number;
    thinkMs: number;
    workers: number;
    serviceMs: number;
    durationMs: number;
    seed?: number;
  }) {
    const sim = new Sim({ seed: opts.seed ?? 1, traceCapacity: 0 });
    const server = new Server(sim, {
      name: 'server',
      workers: opts.workers,
      queueLimit: Infinity,
      service: exponential(opts.serviceMs),
    });
    new ClosedLoopUsers(sim, {
      name: 'users',
      users: opts.users,
      think: exponential(opts.thinkMs),
      profile: makeProfile('constant', opts.durationMs),
      target: server,
      timeoutMs: Infinity,
    });
    sim.runUntil(opts.durationMs);
    const seconds = opts.durationMs / 1000;
    const X = sim.metrics.completed / seconds; // requests per second
    const R = sim.metrics.latency.mean() / 1000; // seconds
    return { sim, X, R, Z: opts.thinkMs / 1000 };
  }

  it("obeys Little's law without queueing: X = N / (Z + R)", () => {
    const { X, R, Z } = closedLoop({
      users: 200,
      thinkMs: 900,
      workers: 1000,
      serviceMs: 100,
      durationMs: 200_000,
    });
    expect(R).toBeGreaterThan(0.095);
    expect(R).toBeLessThan(0.105);
    const predicted = 200 / (Z + R);
    expect(Math.abs(X - predicted) / predicted).toBeLessThan(0.03);
  });

  it("obeys Little's law when the server is the bottleneck (R grows, X saturates)", () => {
    const { X, R, Z, sim } = closedLoop({
      users: 60,
      thinkMs: 500,
      workers: 4,
      serviceMs: 100,
      durationMs: 300_000,
      seed: 2,
    });
    const predicted = 60 / (Z + R);
    expect(Math.abs(X - predicted) / predicted).toBeLessThan(0.03);
    // Capacity is 40/s: the server is saturated, so throughput sits just below it and
    // the response time has grown well past the 100 ms service time.
    expect(X).toBeGreaterThan(36);
    expect(X).toBeLessThanOrEqual(40.5);
    expect(R).toBeGreaterThan(0.7);
    expect(sim.get('server')!.stats!.utilization(sim.now)).toBeGreaterThan(0.9);
  });

  it('with a ramp profile, only the online share of users sends', () => {
    const sim = new Sim({ seed: 3, traceCapacity: 0 });
    const sink = new Sink(sim);
    new ClosedLoopUsers(sim, {
      name: 'users',
      users: 100,
      think: constant(1000),
      profile: makeProfile('ramp', 100_000),
      target: sink,
      timeoutMs: Infinity,
    });
    sim.runUntil(100_000);
    const c = perSecond(sink.times, 100);
    // About 100 * (0.05 + 0.95 t / 80 s) users online, each sending once a second.
    expect(sumRange(c, 2, 7) / 5).toBeLessThan(15);
    expect(sumRange(c, 38, 42) / 4).toBeGreaterThan(45);
    expect(sumRange(c, 38, 42) / 4).toBeLessThan(56);
    expect(sumRange(c, 85, 100) / 15).toBeGreaterThan(97);
    expect(sumRange(c, 85, 100) / 15).toBeLessThanOrEqual(101);
  });
});

describe('timeouts', () => {
  /** A mixed run: slow service, a queue limit, a timeout and a kill, all through a tap. */
  function mixed(kind: 'open' | 'closed', seed: number) {
    const sim = new Sim({ seed, traceCapacity: 0 });
    const server = new Server(sim, {
      name: 'server',
      workers: 2,
      queueLimit: 8,
      service: exponential(60),
    });
    const tap = new Tap(sim, server);
    const ended: Request[] = [];
    const common = {
      name: 'users',
      profile: makeProfile('constant', 30_000),
      target: tap,
      timeoutMs: 150,
      onEnd: (r: Request) => ended.push(r),
    };
    // Capacity is about 33/s; both loops offer a bit less, so every outcome occurs.
    if (kind === 'open') new OpenLoopSource(sim, { ...common, rps: 25 });
    else new ClosedLoopUsers(sim, { ...common, users: 10, think: exponential(200) });
    sim.applyCommands([
      { at: 20_000, node: 'server', action: 'kill' },
      { at: 25_000, node: 'server', action: 'restart' },
    ]);
    sim.runUntil(30_000);
    return { sim, tap, ended };
  }

  for (const kind of ['open', 'closed'] as const) {
    it(`${kind} loop: every request is counted exactly once; late replies are ignored`, () => {
      const { sim, tap, ended } = mixed(kind, kind === 'open' ? 1 : 2);
      const m = sim.metrics;
      const inFlight = tap.seen.filter((r) => !r.done).length;
      // Each outcome happened, so the identity below is not trivially satisfied.
      expect(m.completed).toBeGreaterThan(100);
      expect(m.timedOut).toBeGreaterThan(100);
      expect(m.rejected).toBeGreaterThan(5);
      expect(m.failed).toBeGreaterThan(5);
      expect(tap.seen).toHaveLength(m.arrived);
      expect(m.arrived).toBe(m.completed + m.rejected + m.timedOut + m.failed + inFlight);
      // onEnd fires once per request, and only for requests that ended.
      expect(new Set(ended.map((r) => r.id)).size).toBe(ended.length);
      expect(ended).toHaveLength(m.ended);
      // The recorded outcome is the first one: nothing that timed out turned ok later.
      const count = (o: Outcome) => tap.seen.filter((r) => r.done && r.outcome === o).length;
      expect(count(Outcome.ok)).toBe(m.completed);
      expect(count(Outcome.timedOut)).toBe(m.timedOut);
      expect(count(Outcome.rejected)).toBe(m.rejected);
      expect(count(Outcome.failed)).toBe(m.failed);
      expect(m.latency.count).toBe(m.completed);
      // No successful request took longer than the client was willing to wait.
      expect(m.latency.max).toBeLessThanOrEqual(150 + 1e-9);
      for (const r of tap.seen.filter((x) => x.outcome === Outcome.timedOut))
        expect(r.finishedAt - r.createdAt).toBeCloseTo(150, 6);
      // The server did finish some of the work the clients had given up on.
      expect(sim.get('server')!.stats!.served).toBeGreaterThan(m.completed);
    });
  }

  it('closed loop: a user who timed out never has two unanswered requests of its own', () => {
    const { tap } = mixed('closed', 3);
    const open = new Map<number, number>();
    for (const r of tap.seen) if (!r.done) open.set(r.client, (open.get(r.client) ?? 0) + 1);
    expect(Math.max(0, ...open.values())).toBeLessThanOrEqual(1);
    // And each user keeps cycling: about 30 s / (think + wait) requests each, not a blow-up.
    const perUser = new Map<number, number>();
    for (const r of tap.seen) perUser.set(r.client, (perUser.get(r.client) ?? 0) + 1);
    // (think 200 ms + at most 150 ms of waiting: between ~85 and 150 requests each.)
    expect(perUser.size).toBe(10);
    expect(Math.max(...perUser.values())).toBeLessThan(200);
    expect(Math.min(...perUser.values())).toBeGreaterThan(60);
  });

  it('when every request outlives the timeout, all time out and none completes', () => {
    const sim = new Sim({ seed: 4, traceCapacity: 0 });
    const server = new Server(sim, {
      name: 'server',
      workers: 100,
      queueLimit: Infinity,
      service: constant(100),
    });
    new OpenLoopSource(sim, {
      name: 'users',
      rps: 50,
      profile: makeProfile('constant', 10_000),
      target: server,
      timeoutMs: 50,
    });
    sim.runUntil(10_000);
    const m = sim.metrics;
    expect(m.completed).toBe(0);
    expect(m.latency.count).toBe(0);
    // Requests sent in the last 50 ms are still waiting.
    expect(m.arrived - m.timedOut).toBeLessThan(10);
    expect(m.timedOut).toBeGreaterThan(400);
    expect(server.stats!.served).toBeGreaterThan(400);
  });
});

describe('closed-loop users with no think time', () => {
  it('move time on when every request is refused at once', () => {
    const sim = new Sim({ seed: 1, traceCapacity: 0 });
    const server = new Server(sim, {
      name: 'server',
      workers: 1,
      queueLimit: 0,
      service: constant(100),
    });
    new ClosedLoopUsers(sim, {
      name: 'users',
      users: 2,
      think: constant(0),
      profile: makeProfile('constant', 1000),
      target: server,
      timeoutMs: Infinity,
    });
    sim.runUntil(1000);
    expect(sim.now).toBe(1000);
    // One user holds the worker; the other retries once a millisecond while refused.
    expect(sim.metrics.rejected).toBeGreaterThan(500);
    expect(sim.metrics.rejected).toBeLessThan(1100);
  });
});
