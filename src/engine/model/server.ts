import { sampler, type Dist } from '../core/distributions';
import type { Ms } from '../core/units';
import { NodeStats } from '../metrics/nodeStats';
import { HopPhase } from '../metrics/trace';
import { BaseNode } from '../kernel/baseNode';
import type { Component, NodeKind } from '../kernel/component';
import type { NodeCommand } from '../kernel/commands';
import { Outcome, type Call, type Request } from '../kernel/request';
import { EV_CUSTOM, type Sim } from '../kernel/sim';

const EV_DONE = EV_CUSTOM;

export interface ServerOptions {
  name: string;
  kind?: NodeKind;
  /** Requests worked on at once (threads, cores, connections). */
  workers: number;
  /** Requests allowed to wait; beyond it new arrivals are rejected. Infinity for no limit. */
  queueLimit: number;
  /** Service time; a function may pick by request (light or heavy, read or write). */
  service: Dist | ((req: Request) => Ms);
  /** A part this server calls while holding the worker (e.g. the database). */
  downstream?: Component;
  /** Which requests need the downstream call; all of them when omitted. */
  needsDownstream?: (req: Request) => boolean;
}

/**
 * A server: `workers` parallel slots and a FIFO queue with a limit. It can be killed
 * (everything it holds fails, new arrivals are refused), restarted, or slowed down.
 */
export class Server extends BaseNode {
  readonly workers: number;
  readonly queueLimit: number;
  slowFactor = 1;
  private readonly drawService: (req: Request) => Ms;
  private readonly waiting: Call[] = [];
  /** When each waiting call joined the queue (parallel to `waiting`), for the trace. */
  private readonly since: Ms[] = [];
  private head = 0;
  /**
   * Calls holding a worker, oldest first, as a list threaded through the calls themselves
   * (Call.heldBy / prevHeld / nextHeld); kill fails them all, in that order.
   */
  private firstHeld: Call | null = null;
  private lastHeld: Call | null = null;
  private held = 0;
  readonly downstream: Component | undefined;
  private readonly needsDownstream: ((req: Request) => boolean) | undefined;

  constructor(sim: Sim, opts: ServerOptions) {
    super(sim, opts.name, opts.kind ?? 'server', new NodeStats(opts.workers, sim.now));
    if (!(opts.workers >= 1)) throw new RangeError(`${opts.name}: workers must be >= 1`);
    this.workers = Math.floor(opts.workers);
    this.queueLimit = Math.max(0, opts.queueLimit);
    const svc = opts.service;
    if (typeof svc === 'function') this.drawService = svc;
    // A sampler ignores the request argument; no wrapper closure on the hot path.
    else this.drawService = sampler(svc, sim.rng.stream(`${opts.name}/service`));
    this.downstream = opts.downstream;
    this.needsDownstream = opts.needsDownstream;
  }

  get queueLength(): number {
    return this.waiting.length - this.head;
  }

  get inService(): number {
    return this.held;
  }

  receive(call: Call): void {
    const stats = this.stats!;
    stats.arrived++;
    if (!this.alive) return this.refuseDown(call);
    if (this.held < this.workers) return this.start(call, this.sim.now);
    if (this.queueLength >= this.queueLimit) {
      stats.dropped++;
      call.req.note ||= `${this.name} queue full`;
      this.sim.reply(call, Outcome.rejected);
      return;
    }
    this.waiting.push(call);
    this.since.push(this.sim.now);
    stats.setQueued(this.sim.now, this.queueLength);
  }

  private start(call: Call, queuedAt: Ms): void {
    const now = this.sim.now;
    this.hold(call);
    this.stats!.setBusy(now, this.held);
    const svc = Math.max(0, this.drawService(call.req)) * this.slowFactor;
    const req = call.req;
    if (req.sampled) {
      if (queuedAt < now)
        this.sim.trace.record(req.id, this.id, this.id, queuedAt, now, HopPhase.queue, 0);
      this.sim.trace.record(req.id, this.id, this.id, now, now + svc, HopPhase.service, 0);
    }
    this.sim.schedule(svc, this, EV_DONE, call);
  }

  override handle(kind: number, payload: unknown): void {
    if (kind !== EV_DONE) return;
    const call = payload as Call;
    if (call.heldBy !== this) return; // killed while in service
    const ds = this.downstream;
    if (ds && (!this.needsDownstream || this.needsDownstream(call.req))) {
      this.sim.forward(call, this, ds);
      return;
    }
    this.complete(call, Outcome.ok);
  }

  override onReply(child: Call): void {
    const call = child.parent;
    if (!call || call.heldBy !== this) return; // the server died meanwhile
    call.value = child.value;
    this.complete(call, child.outcome);
  }

  private complete(call: Call, outcome: Outcome): void {
    const now = this.sim.now;
    this.release(call);
    if (outcome === Outcome.ok) this.stats!.served++;
    this.sim.reply(call, outcome);
    this.pull(now);
    this.stats!.setBusy(now, this.held);
  }

  /** Appends a call to the held list (a no-op if this server already holds it). */
  private hold(call: Call): void {
    if (call.heldBy === this) return;
    call.heldBy = this;
    call.prevHeld = this.lastHeld;
    call.nextHeld = null;
    if (this.lastHeld) this.lastHeld.nextHeld = call;
    else this.firstHeld = call;
    this.lastHeld = call;
    this.held++;
  }

  private release(call: Call): void {
    if (call.heldBy !== this) return;
    const prev = call.prevHeld;
    const next = call.nextHeld;
    if (prev) prev.nextHeld = next;
    else this.firstHeld = next;
    if (next) next.prevHeld = prev;
    else this.lastHeld = prev;
    call.heldBy = call.prevHeld = call.nextHeld = null;
    this.held--;
  }

  private pull(now: Ms): void {
    if (this.head === this.waiting.length) return; // nothing waits: the queue level is unchanged
    while (this.held < this.workers && this.queueLength > 0) {
      const next = this.waiting[this.head]!;
      const queuedAt = this.since[this.head]!;
      this.head++;
      this.start(next, queuedAt);
    }
    // Compact the queue array now and then instead of shifting on every pop.
    if (this.head > 1024 && this.head * 2 > this.waiting.length) {
      this.waiting.splice(0, this.head);
      this.since.splice(0, this.head);
      this.head = 0;
    }
    this.stats!.setQueued(now, this.queueLength);
  }

  /** Traces the wait of every sampled request still queued, up to `now`. */
  private traceWaiting(now: Ms): void {
    for (let i = this.head; i < this.waiting.length; i++) {
      const req = this.waiting[i]!.req;
      const since = this.since[i]!;
      if (req.sampled && since < now)
        this.sim.trace.record(req.id, this.id, this.id, since, now, HopPhase.queue, 0);
    }
  }

  endRun(now: Ms): void {
    this.traceWaiting(now);
  }

  override command(cmd: NodeCommand): void {
    const now = this.sim.now;
    switch (cmd.action) {
      case 'kill': {
        if (!this.alive) return;
        this.alive = false;
        for (let call = this.firstHeld; call; call = call.nextHeld)
          this.sim.reply(call, Outcome.failed);
        this.traceWaiting(now);
        for (let i = this.head; i < this.waiting.length; i++)
          this.sim.reply(this.waiting[i]!, Outcome.failed);
        for (let call = this.firstHeld; call;) {
          const next = call.nextHeld;
          call.heldBy = call.prevHeld = call.nextHeld = null;
          call = next;
        }
        // What the kill threw away counts as dropped, so arrived = served + dropped + held.
        this.stats!.dropped += this.held + this.queueLength;
        this.firstHeld = this.lastHeld = null;
        this.held = 0;
        this.waiting.length = 0;
        this.since.length = 0;
        this.head = 0;
        this.stats!.setBusy(now, 0);
        this.stats!.setQueued(now, 0);
        return;
      }
      case 'restart':
        this.alive = true;
        this.slowFactor = 1;
        return;
      case 'slow':
        this.slowFactor = cmd.factor && cmd.factor > 0 ? cmd.factor : 4;
        return;
      case 'restore':
        this.slowFactor = 1;
        if (!this.alive) this.alive = true;
        return;
    }
  }
}
