import { sampler, type Dist, type Sampler } from '../core/distributions';
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
  /** Calls holding a worker, with when they started waiting; kill fails them all. */
  private readonly holding = new Set<Call>();
  readonly downstream: Component | undefined;
  private readonly needsDownstream: ((req: Request) => boolean) | undefined;

  constructor(sim: Sim, opts: ServerOptions) {
    super(sim, opts.name, opts.kind ?? 'server', new NodeStats(opts.workers, sim.now));
    if (!(opts.workers >= 1)) throw new RangeError(`${opts.name}: workers must be >= 1`);
    this.workers = Math.floor(opts.workers);
    this.queueLimit = Math.max(0, opts.queueLimit);
    const svc = opts.service;
    if (typeof svc === 'function') this.drawService = svc;
    else {
      const draw: Sampler = sampler(svc, sim.rng.stream(`${opts.name}/service`));
      this.drawService = () => draw();
    }
    this.downstream = opts.downstream;
    this.needsDownstream = opts.needsDownstream;
  }

  get queueLength(): number {
    return this.waiting.length - this.head;
  }

  get inService(): number {
    return this.holding.size;
  }

  receive(call: Call): void {
    const stats = this.stats!;
    stats.arrived++;
    if (!this.alive) return this.refuseDown(call);
    if (this.holding.size < this.workers) return this.start(call, this.sim.now);
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
    this.holding.add(call);
    this.stats!.setBusy(now, this.holding.size);
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
    if (!this.holding.has(call)) return; // killed while in service
    const ds = this.downstream;
    if (ds && (!this.needsDownstream || this.needsDownstream(call.req))) {
      this.sim.forward(call, this, ds);
      return;
    }
    this.complete(call, Outcome.ok);
  }

  override onReply(child: Call): void {
    const call = child.parent;
    if (!call || !this.holding.has(call)) return; // the server died meanwhile
    call.value = child.value;
    this.complete(call, child.outcome);
  }

  private complete(call: Call, outcome: Outcome): void {
    const now = this.sim.now;
    this.holding.delete(call);
    if (outcome === Outcome.ok) this.stats!.served++;
    this.sim.reply(call, outcome);
    this.pull(now);
    this.stats!.setBusy(now, this.holding.size);
  }

  private pull(now: Ms): void {
    while (this.holding.size < this.workers && this.queueLength > 0) {
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

  override command(cmd: NodeCommand): void {
    const now = this.sim.now;
    switch (cmd.action) {
      case 'kill': {
        if (!this.alive) return;
        this.alive = false;
        for (const call of this.holding) this.sim.reply(call, Outcome.failed);
        for (let i = this.head; i < this.waiting.length; i++)
          this.sim.reply(this.waiting[i]!, Outcome.failed);
        this.holding.clear();
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
