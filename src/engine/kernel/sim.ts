import { EventQueue } from '../core/eventQueue';
import { createRngRoot, fmix32, type RngRoot } from '../core/rng';
import type { Sampler } from '../core/distributions';
import type { Ms } from '../core/units';
import { RunMetrics } from '../metrics/runMetrics';
import { HopPhase, Trace } from '../metrics/trace';
import type { Component } from './component';
import type { TimedCommand } from './commands';
import { Call, Outcome, Request, type RequestKind } from './request';

/** Event kinds the kernel dispatches itself; components number their own from EV_CUSTOM. */
export const EV_ARRIVE = 0;
export const EV_REPLY = 1;
export const EV_CUSTOM = 2;
const EV_COMMAND = EV_CUSTOM;

export interface SimOptions {
  seed: number;
  /** Hops the trace ring can hold (0 turns tracing off, e.g. for benchmarks). */
  traceCapacity?: number;
}

/**
 * The discrete-event kernel: virtual time, the event loop, the component registry, links
 * with latency, and the bookkeeping every request shares (ids, sampling, how it ended).
 * It knows nothing of what a server or a cache is.
 */
export class Sim {
  now: Ms = 0;
  eventsProcessed = 0;
  readonly rng: RngRoot;
  readonly metrics = new RunMetrics();
  readonly trace: Trace;
  readonly components: Component[] = [];
  private readonly byName = new Map<string, Component>();
  private readonly queue = new EventQueue(4096);
  /** Link latencies by [from id][to id]: nested arrays, which look up faster than a Map. */
  private readonly links: Array<Array<Sampler | undefined> | undefined> = [];
  private nextRequestId = 1;
  /** A request is traced when a hash of its id falls below this (out of 2^32). */
  private traceThreshold = 4294967296;
  private readonly commander: Component;

  constructor(opts: SimOptions) {
    this.rng = createRngRoot(opts.seed);
    this.trace = new Trace(opts.traceCapacity ?? 100_000);
    this.commander = new CommandRunner(this);
  }

  /** Components call this from their constructor. Names must be unique. */
  register(c: Component): number {
    if (this.byName.has(c.name)) throw new Error(`duplicate component name "${c.name}"`);
    this.byName.set(c.name, c);
    return this.components.push(c) - 1;
  }

  get(name: string): Component | undefined {
    return this.byName.get(name);
  }

  /** The parts that report node statistics, in the order they were added. */
  nodes(): Component[] {
    return this.components.filter((c) => c.stats !== null);
  }

  schedule(delay: Ms, target: Component, kind: number, payload: unknown = null): void {
    this.queue.push(this.now + Math.max(0, delay), target.id, kind, payload);
  }

  at(time: Ms, target: Component, kind: number, payload: unknown = null): void {
    this.queue.push(Math.max(this.now, time), target.id, kind, payload);
  }

  /** One-way latency on every hop from `a` to `b` (and back, unless `oneWay`). */
  link(a: Component, b: Component, latency: Sampler, oneWay = false): void {
    this.setLink(a.id, b.id, latency);
    if (!oneWay) this.setLink(b.id, a.id, latency);
  }

  private setLink(from: number, to: number, latency: Sampler): void {
    (this.links[from] ??= [])[to] = latency;
  }

  private latency(from: number, to: number): Ms {
    const row = this.links[from];
    const s = row === undefined ? undefined : row[to];
    return s ? s() : 0;
  }

  /** Traces about `fraction` of requests (deterministically, by id). */
  setTraceFraction(fraction: number): void {
    this.traceThreshold = Math.max(0, Math.min(1, fraction)) * 4294967296;
  }

  newRequest(kind: RequestKind, key: number, region: number, client: number): Request {
    const id = this.nextRequestId++;
    const sampled = this.trace.capacity > 0 && fmix32(id ^ 0x5bd1e995) < this.traceThreshold;
    this.metrics.arrival(this.now);
    return new Request(id, kind, key, region, client, this.now, sampled);
  }

  /** `from` asks `to` to handle `req`; arrives after the link's latency. */
  call(req: Request, from: Component, to: Component, parent: Call | null = null): Call {
    const c = new Call(req, from, to, this.now, parent);
    const d = this.latency(from.id, to.id);
    if (req.sampled)
      this.trace.record(req.id, from.id, to.id, this.now, this.now + d, HopPhase.forward, 0);
    this.queue.push(this.now + d, to.id, EV_ARRIVE, c);
    return c;
  }

  /** Passes a received call on to the next part. */
  forward(parent: Call, from: Component, to: Component): Call {
    return this.call(parent.req, from, to, parent);
  }

  /** Answers a call; the caller's onReply runs after the link's latency. Idempotent. */
  reply(call: Call, outcome: Outcome, value = call.value): void {
    if (call.replied) return;
    call.replied = true;
    call.outcome = outcome;
    call.value = value;
    const d = this.latency(call.to.id, call.from.id);
    const req = call.req;
    if (req.sampled)
      this.trace.record(
        req.id,
        call.to.id,
        call.from.id,
        this.now,
        this.now + d,
        HopPhase.reply,
        outcome,
      );
    this.queue.push(this.now + d, call.from.id, EV_REPLY, call);
  }

  /** Records how a request ended, once. Returns false if it had already ended. */
  finish(req: Request, outcome: Outcome, at: Component, note = ''): boolean {
    if (req.done) return false;
    req.done = true;
    req.outcome = outcome;
    req.finishedAt = this.now;
    if (note) req.note = note;
    const m = this.metrics;
    switch (outcome) {
      case Outcome.ok:
        m.ok(this.now, this.now - req.createdAt);
        break;
      case Outcome.rejected:
        m.rejectedAt(this.now);
        break;
      case Outcome.timedOut:
        m.timedOutAt(this.now);
        break;
      case Outcome.failed:
      case Outcome.pending:
        m.failedAt(this.now);
        break;
    }
    if (req.sampled)
      this.trace.record(req.id, at.id, at.id, this.now, this.now, HopPhase.end, outcome);
    return true;
  }

  /** Schedules interventions; returns the names that match no component. */
  applyCommands(cmds: readonly TimedCommand[]): string[] {
    const unknown: string[] = [];
    for (const cmd of cmds) {
      if (!this.byName.has(cmd.node)) unknown.push(cmd.node);
      else this.at(cmd.at, this.commander, EV_COMMAND, cmd);
    }
    return unknown;
  }

  /** Runs every event up to and including time `t`, then sets the clock to `t`. */
  runUntil(t: Ms): void {
    const q = this.queue;
    const comps = this.components;
    let n = 0;
    while (q.popUntil(t)) {
      this.now = q.outTime;
      const c = comps[q.outTarget]!;
      const kind = q.outKind;
      if (kind === EV_ARRIVE) c.receive(q.outPayload as Call);
      else if (kind === EV_REPLY) c.onReply(q.outPayload as Call);
      else c.handle(kind, q.outPayload);
      n++;
    }
    this.eventsProcessed += n;
    if (t > this.now) this.now = t;
  }

  /** The run stops here: every component traces what it still holds open (see Component.endRun). */
  endRun(): void {
    for (const c of this.components) c.endRun?.(this.now);
  }

  get pendingEvents(): number {
    return this.queue.size;
  }
}

/** Delivers timed interventions to the named component. */
class CommandRunner implements Component {
  readonly id: number;
  readonly name = '__commands';
  readonly kind = 'internal' as const;
  readonly stats = null;
  readonly alive = true;
  constructor(private readonly sim: Sim) {
    this.id = sim.register(this);
  }
  receive(): void {}
  onReply(): void {}
  command(): void {}
  handle(_kind: number, payload: unknown): void {
    const cmd = payload as TimedCommand;
    this.sim.get(cmd.node)?.command(cmd);
  }
}
