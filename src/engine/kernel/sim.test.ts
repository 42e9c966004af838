import { describe, expect, it } from 'vitest';
import { constant, exponential } from '../core/distributions';
import { OpenLoopSource } from '../model/openLoopSource';
import { makeProfile } from '../model/profile';
import { Server } from '../model/server';
import { summarize } from '../run/summary';
import { HopPhase } from '../metrics/trace';
import { BaseNode } from './baseNode';
import type { NodeCommand } from './commands';
import { Outcome, type Call, type Request } from './request';
import { EV_CUSTOM, Sim } from './sim';

/** An M/M/2 pipeline: Poisson source -> server, plus optional unrelated parts. */
function pipeline(
  seed: number,
  opts: { extra?: 'separate' | 'same-server'; trace?: boolean; durationMs?: number } = {},
) {
  const durationMs = opts.durationMs ?? 20_000;
  const sim = new Sim({ seed, traceCapacity: opts.trace === false ? 0 : 50_000 });
  const server = new Server(sim, {
    name: 'server',
    workers: 2,
    queueLimit: Infinity,
    service: exponential(15),
  });
  const ended: Request[] = [];
  new OpenLoopSource(sim, {
    name: 'clients',
    rps: 80,
    profile: makeProfile('constant', durationMs),
    target: server,
    timeoutMs: Infinity,
    onEnd: (r) => ended.push(r),
  });
  if (opts.extra === 'separate') {
    const other = new Server(sim, {
      name: 'other-server',
      workers: 1,
      queueLimit: 10,
      service: exponential(30),
    });
    new OpenLoopSource(sim, {
      name: 'other-clients',
      rps: 25,
      profile: makeProfile('constant', durationMs),
      target: other,
      timeoutMs: 100,
    });
  } else if (opts.extra === 'same-server') {
    new OpenLoopSource(sim, {
      name: 'other-clients',
      rps: 20,
      profile: makeProfile('constant', durationMs),
      target: server,
      timeoutMs: Infinity,
    });
  }
  sim.runUntil(durationMs);
  return { sim, server, ended };
}

/** Service times at `server`, in the order services started, read from the trace. */
function serviceTimes(sim: Sim, server: Server): number[] {
  return sim.trace
    .hops()
    .filter((h) => h.phase === HopPhase.service && h.from === server.id)
    .map((h) => h.t1 - h.t0);
}

/** Records every event it is handed, with the time it ran. */
class Recorder extends BaseNode {
  readonly seen: Array<{ t: number; kind: number; payload: unknown }> = [];
  readonly commands: NodeCommand[] = [];
  constructor(sim: Sim, name = 'recorder') {
    super(sim, name, 'service', null);
  }
  receive(call: Call): void {
    this.seen.push({ t: this.sim.now, kind: -1, payload: call });
  }
  override handle(kind: number, payload: unknown): void {
    this.seen.push({ t: this.sim.now, kind, payload });
    // A handler scheduling at delay 0 goes behind what is already due at this instant.
    if (payload === 'spawn') this.sim.schedule(0, this, kind, 'spawned');
  }
  override command(cmd: NodeCommand): void {
    this.commands.push(cmd);
    super.command(cmd);
  }
}

/** A client that records every reply it receives. */
class Caller extends BaseNode {
  readonly replies: Array<{ t: number; outcome: Outcome; value: number }> = [];
  constructor(sim: Sim) {
    super(sim, 'caller', 'client', null);
  }
  receive(): void {}
  override onReply(call: Call): void {
    this.replies.push({ t: this.sim.now, outcome: call.outcome, value: call.value });
  }
}

describe('Sim determinism', () => {
  it('the same seed gives identical metrics and identical trace hops', () => {
    const a = pipeline(42);
    const b = pipeline(42);
    expect(a.sim.metrics.arrived).toBeGreaterThan(1000);
    expect(summarize(b.sim)).toEqual(summarize(a.sim));
    const hopsA = a.sim.trace.hops();
    expect(hopsA.length).toBeGreaterThan(1000);
    expect(b.sim.trace.hops()).toEqual(hopsA);
    expect(b.sim.eventsProcessed).toBe(a.sim.eventsProcessed);
    expect(b.ended.map((r) => [r.id, r.createdAt, r.finishedAt])).toEqual(
      a.ended.map((r) => [r.id, r.createdAt, r.finishedAt]),
    );
  });

  it('a different seed gives different results', () => {
    const a = pipeline(42);
    const b = pipeline(43);
    expect(summarize(b.sim)).not.toEqual(summarize(a.sim));
    expect(b.sim.metrics.latency.mean()).not.toBe(a.sim.metrics.latency.mean());
    expect(b.ended.map((r) => r.createdAt)).not.toEqual(a.ended.map((r) => r.createdAt));
  });

  it('seeds that differ only above 32 bits or by fraction normalize to the same run', () => {
    // normalizeSeed keeps 32 bits: 7 and 7.9 are the same run (documented behaviour).
    const a = pipeline(7, { durationMs: 3000 });
    const b = pipeline(7.9, { durationMs: 3000 });
    expect(summarize(b.sim)).toEqual(summarize(a.sim));
  });
});

describe('Sim stream independence', () => {
  it('an unrelated source and server do not change the latencies of existing requests', () => {
    const base = pipeline(11);
    const withExtra = pipeline(11, { extra: 'separate' });
    // The extra pipeline really ran (and takes request ids), so the test is not vacuous.
    expect(withExtra.sim.metrics.arrived).toBeGreaterThan(base.sim.metrics.arrived + 300);
    const lat = (rs: Request[]) => rs.map((r) => [r.createdAt, r.finishedAt - r.createdAt]);
    expect(withExtra.ended.length).toBe(base.ended.length);
    expect(lat(withExtra.ended)).toEqual(lat(base.ended));
    const node = (s: Sim) => summarize(s).nodes.find((n) => n.id === 'server');
    expect(node(withExtra.sim)).toEqual(node(base.sim));
  });

  it("extra load on the same server leaves that server's service-time draws in the same order", () => {
    const base = pipeline(11);
    const loaded = pipeline(11, { extra: 'same-server' });
    const a = serviceTimes(base.sim, base.server);
    const b = serviceTimes(loaded.sim, loaded.server);
    expect(a.length).toBeGreaterThan(1000);
    expect(b.length).toBeGreaterThan(a.length);
    // Each service start takes the next draw from "server/service", whoever the request is.
    // (t1 - t0 at different absolute times differs in the last bits, hence the tolerance.)
    const mismatches = a.filter((x, i) => Math.abs(x - b[i]!) > 1e-6 * Math.max(1, x));
    expect(mismatches).toEqual([]);
    // The original source's arrival times come from its own stream too.
    const arrivalsOf = (rs: Request[]) => rs.map((r) => r.createdAt).sort((x, y) => x - y);
    const origIds = new Set(loaded.ended.map((r) => r.id));
    expect(origIds.size).toBe(loaded.ended.length);
    expect(arrivalsOf(loaded.ended).slice(0, 1000)).toEqual(arrivalsOf(base.ended).slice(0, 1000));
    // ...while the latencies do change, since the server is busier.
    expect(loaded.sim.metrics.latency.mean()).toBeGreaterThan(base.sim.metrics.latency.mean());
  });

  it('the order components are created in does not matter for named streams', () => {
    const run = (extraFirst: boolean) => {
      const sim = new Sim({ seed: 3, traceCapacity: 0 });
      const make = () =>
        new Server(sim, { name: 'unrelated', workers: 1, queueLimit: 0, service: exponential(5) });
      if (extraFirst) make();
      const server = new Server(sim, {
        name: 'server',
        workers: 1,
        queueLimit: Infinity,
        service: exponential(10),
      });
      if (!extraFirst) make();
      const ended: number[] = [];
      new OpenLoopSource(sim, {
        name: 'clients',
        rps: 50,
        profile: makeProfile('constant', 5000),
        target: server,
        timeoutMs: Infinity,
        onEnd: (r) => ended.push(r.finishedAt - r.createdAt),
      });
      sim.runUntil(5000);
      return ended;
    };
    const a = run(false);
    expect(a.length).toBeGreaterThan(100);
    expect(run(true)).toEqual(a);
  });
});

describe('Sim event ordering', () => {
  it('events at equal times run in the order they were scheduled', () => {
    const sim = new Sim({ seed: 1, traceCapacity: 0 });
    const r = new Recorder(sim);
    const r2 = new Recorder(sim, 'recorder-2');
    const log: Array<[number, unknown]> = [];
    const origR = r.handle.bind(r);
    const origR2 = r2.handle.bind(r2);
    r.handle = (k, p) => (log.push([sim.now, p]), origR(k, p));
    r2.handle = (k, p) => (log.push([sim.now, p]), origR2(k, p));
    // Interleave targets, kinds and the two scheduling calls; most are due at t = 10.
    sim.schedule(10, r, EV_CUSTOM, 'a');
    sim.at(10, r2, EV_CUSTOM + 1, 'b');
    sim.schedule(10, r, EV_CUSTOM + 2, 'spawn');
    sim.schedule(5, r, EV_CUSTOM, 'early');
    sim.schedule(10, r2, EV_CUSTOM, 'c');
    sim.at(10, r, EV_CUSTOM, 'd');
    sim.schedule(15, r, EV_CUSTOM, 'late');
    sim.runUntil(100);
    // 'spawned' is scheduled at t = 10 with delay 0 while handling 'spawn': it runs after
    // everything that was already due at t = 10.
    expect(log).toEqual([
      [5, 'early'],
      [10, 'a'],
      [10, 'b'],
      [10, 'spawn'],
      [10, 'c'],
      [10, 'd'],
      [10, 'spawned'],
      [15, 'late'],
    ]);
  });

  it('many same-time events keep their global scheduling order across targets', () => {
    const sim = new Sim({ seed: 1, traceCapacity: 0 });
    const log: string[] = [];
    class Logger extends BaseNode {
      receive(): void {}
      override handle(_k: number, payload: unknown): void {
        log.push(`${this.name}:${String(payload)}`);
      }
    }
    const nodes = [0, 1, 2].map((i) => new Logger(sim, `n${i}`, 'service', null));
    const expected: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const n = nodes[(i * 7) % 3]!;
      sim.schedule(3, n, EV_CUSTOM, i);
      expected.push(`${n.name}:${i}`);
    }
    sim.runUntil(3);
    expect(log).toEqual(expected);
  });
});

describe('Sim commands, replies and the clock', () => {
  it('applyCommands returns exactly the unknown names and delivers the rest on time', () => {
    const sim = new Sim({ seed: 1, traceCapacity: 0 });
    const r = new Recorder(sim, 'known');
    const unknown = sim.applyCommands([
      { at: 30, node: 'known', action: 'kill' },
      { at: 10, node: 'ghost', action: 'kill' },
      { at: 20, node: 'known', action: 'restart' },
      { at: 40, node: 'Known', action: 'kill' },
      { at: 50, node: 'ghost', action: 'slow', factor: 2 },
    ]);
    expect(unknown).toEqual(['ghost', 'Known', 'ghost']);
    sim.runUntil(25);
    expect(r.commands.map((c) => c.action)).toEqual(['restart']);
    expect(r.alive).toBe(true);
    sim.runUntil(35);
    expect(r.commands.map((c) => c.action)).toEqual(['restart', 'kill']);
    expect(r.alive).toBe(false);
  });

  it('applyCommands returns an empty list when every name matches', () => {
    const sim = new Sim({ seed: 1, traceCapacity: 0 });
    new Recorder(sim, 'a');
    expect(sim.applyCommands([{ at: 1, node: 'a', action: 'kill' }])).toEqual([]);
    expect(sim.applyCommands([])).toEqual([]);
  });

  it('reply is idempotent: the first answer wins and only one reply is delivered', () => {
    const sim = new Sim({ seed: 1, traceCapacity: 1000 });
    const caller = new Caller(sim);
    const callee = new Recorder(sim, 'callee');
    sim.link(caller, callee, () => 5);
    const req = sim.newRequest('read', 0, 0, 0);
    const call = sim.call(req, caller, callee);
    sim.runUntil(5);
    expect(callee.seen).toHaveLength(1);
    call.value = 7;
    sim.reply(call, Outcome.ok);
    sim.reply(call, Outcome.failed, 99);
    sim.reply(call, Outcome.rejected);
    expect(call.outcome).toBe(Outcome.ok);
    expect(call.value).toBe(7);
    sim.runUntil(100);
    expect(caller.replies).toEqual([{ t: 10, outcome: Outcome.ok, value: 7 }]);
    expect(sim.pendingEvents).toBe(0);
  });

  it('finish records a request once; later outcomes are ignored', () => {
    const sim = new Sim({ seed: 1, traceCapacity: 0 });
    const caller = new Caller(sim);
    const req = sim.newRequest('read', 0, 0, 0);
    sim.runUntil(12);
    expect(sim.finish(req, Outcome.timedOut, caller)).toBe(true);
    sim.runUntil(20);
    expect(sim.finish(req, Outcome.ok, caller)).toBe(false);
    expect(req.outcome).toBe(Outcome.timedOut);
    expect(req.finishedAt).toBe(12);
    const m = sim.metrics;
    expect([m.arrived, m.completed, m.timedOut, m.latency.count]).toEqual([1, 0, 1, 0]);
  });

  it('runUntil advances now to t even when there are no events', () => {
    const sim = new Sim({ seed: 1, traceCapacity: 0 });
    expect(sim.now).toBe(0);
    sim.runUntil(1234.5);
    expect(sim.now).toBe(1234.5);
    expect(sim.eventsProcessed).toBe(0);
    // Never backwards.
    sim.runUntil(100);
    expect(sim.now).toBe(1234.5);
    // Scheduling is relative to the advanced clock.
    const r = new Recorder(sim);
    sim.schedule(10, r, EV_CUSTOM, 'x');
    sim.runUntil(1244.4);
    expect(r.seen).toHaveLength(0);
    sim.runUntil(1244.5);
    expect(r.seen).toEqual([{ t: 1244.5, kind: EV_CUSTOM, payload: 'x' }]);
  });

  it('runUntil runs events at exactly t, and leaves later ones queued', () => {
    const sim = new Sim({ seed: 1, traceCapacity: 0 });
    const r = new Recorder(sim);
    sim.schedule(50, r, EV_CUSTOM, 'at-t');
    sim.schedule(50.000001, r, EV_CUSTOM, 'after-t');
    sim.runUntil(50);
    expect(r.seen.map((e) => e.payload)).toEqual(['at-t']);
    expect(sim.pendingEvents).toBe(1);
    expect(sim.now).toBe(50);
  });

  it('at() in the past runs at the current time; negative delays run now', () => {
    const sim = new Sim({ seed: 1, traceCapacity: 0 });
    const r = new Recorder(sim);
    sim.runUntil(100);
    sim.at(20, r, EV_CUSTOM, 'past');
    sim.schedule(-5, r, EV_CUSTOM, 'negative');
    sim.runUntil(100);
    expect(r.seen.map((e) => [e.t, e.payload])).toEqual([
      [100, 'past'],
      [100, 'negative'],
    ]);
  });

  it('rejects duplicate component names', () => {
    const sim = new Sim({ seed: 1, traceCapacity: 0 });
    new Recorder(sim, 'x');
    expect(() => new Recorder(sim, 'x')).toThrow(/duplicate component name "x"/);
  });

  it('tracing does not change results; a zero-capacity trace records nothing', () => {
    const on = pipeline(5, { durationMs: 5000 });
    const off = pipeline(5, { durationMs: 5000, trace: false });
    expect(off.sim.trace.total).toBe(0);
    expect(on.sim.trace.total).toBeGreaterThan(0);
    expect(summarize(off.sim)).toEqual(summarize(on.sim));
  });

  it('setTraceFraction samples about that share of requests, deterministically by id', () => {
    const run = (fraction: number) => {
      const sim = new Sim({ seed: 9, traceCapacity: 100_000 });
      sim.setTraceFraction(fraction);
      const server = new Server(sim, {
        name: 'server',
        workers: 100,
        queueLimit: 0,
        service: constant(1),
      });
      new OpenLoopSource(sim, {
        name: 'clients',
        rps: 1000,
        profile: makeProfile('constant', 10_000),
        target: server,
        timeoutMs: Infinity,
      });
      sim.runUntil(10_000);
      const ends = sim.trace.hops().filter((h) => h.phase === HopPhase.end);
      return { ids: ends.map((h) => h.req), arrived: sim.metrics.arrived };
    };
    const tenth = run(0.1);
    expect(tenth.ids.length / tenth.arrived).toBeGreaterThan(0.09);
    expect(tenth.ids.length / tenth.arrived).toBeLessThan(0.11);
    expect(run(0).ids).toHaveLength(0);
    expect(run(1).ids).toHaveLength(run(1).arrived);
    // A bigger fraction traces a superset of the ids a smaller one traces.
    const half = new Set(run(0.5).ids);
    expect(tenth.ids.every((id) => half.has(id))).toBe(true);
  });
});
