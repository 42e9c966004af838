import { sampler, type Dist } from '../../core/distributions';
import type { Ms } from '../../core/units';
import { NodeStats } from '../../metrics/nodeStats';
import { HopPhase } from '../../metrics/trace';
import { BaseNode } from '../../kernel/baseNode';
import type { NodeCommand } from '../../kernel/commands';
import type { Component } from '../../kernel/component';
import { Outcome, type Call, type Request } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';

const EV_DONE = EV_CUSTOM;
const EV_GIVE_UP = EV_CUSTOM + 1;

/** The broker side of a consumer: told when it dies or comes back (its connection drops or opens). */
export interface ConsumerHost {
  memberDown(c: Consumer): void;
  memberUp(c: Consumer): void;
}

export interface ConsumerOptions {
  name: string;
  /** Work per message. */
  service: Dist;
  /** A service each message needs (an email provider); when it fails, the message is retried. */
  downstream?: Component;
  /** How long the consumer backs off after a failed downstream call before giving the message back. */
  retryMs: Ms;
  /** Called once per message handled successfully (for per-group tallies). */
  onProcessed?: (req: Request) => void;
}

/**
 * A worker that takes messages from a broker one at a time. Messages the broker hands it
 * beyond the one in hand wait in its buffer (RabbitMQ's prefetch). Answering the delivery call
 * is the acknowledgement: ok when done, failed to give the message back. Killed, it answers
 * nothing more and tells its broker, which redelivers whatever it held.
 */
export class Consumer extends BaseNode {
  slowFactor = 1;
  private host: ConsumerHost | null = null;
  private readonly draw: () => number;
  private readonly buffer: Call[] = [];
  private current: Call | null = null;
  /** When it last died: deliveries sent before then belonged to the dropped connection. */
  private diedAt: Ms = -Infinity;

  constructor(
    sim: Sim,
    private readonly opts: ConsumerOptions,
  ) {
    super(sim, opts.name, 'consumer', new NodeStats(1, sim.now));
    this.draw = sampler(opts.service, sim.rng.stream(`${opts.name}/service`));
  }

  /** The broker this consumer reads from (one). */
  attach(host: ConsumerHost): void {
    this.host = host;
  }

  /** Messages in hand or waiting in the buffer. */
  get holding(): number {
    return this.buffer.length + (this.current ? 1 : 0);
  }

  get idle(): boolean {
    return this.alive && this.current === null && this.buffer.length === 0;
  }

  receive(call: Call): void {
    this.stats!.arrived++;
    if (!this.alive || call.sentAt <= this.diedAt) return this.refuseDown(call);
    this.buffer.push(call);
    this.next();
  }

  private next(): void {
    const now = this.sim.now;
    if (!this.current && this.buffer.length > 0) {
      const call = (this.current = this.buffer.shift()!);
      const svc = Math.max(0, this.draw()) * this.slowFactor;
      const req = call.req;
      if (req.sampled)
        this.sim.trace.record(req.id, this.id, this.id, now, now + svc, HopPhase.service, 0);
      this.sim.schedule(svc, this, EV_DONE, call);
    }
    this.stats!.setBusy(now, this.current ? 1 : 0);
    this.stats!.setQueued(now, this.buffer.length);
  }

  override handle(kind: number, payload: unknown): void {
    const call = payload as Call;
    if (call !== this.current) return; // killed meanwhile
    if (kind === EV_DONE) {
      const ds = this.opts.downstream;
      if (ds) this.sim.forward(call, this, ds);
      else this.finish(call, Outcome.ok);
    } else if (kind === EV_GIVE_UP) {
      this.finish(call, Outcome.failed);
    }
  }

  override onReply(child: Call): void {
    const call = child.parent;
    if (!call || call !== this.current) return;
    if (child.outcome === Outcome.ok) this.finish(call, Outcome.ok);
    // Back off before handing the message back, or it would bounce straight back at once.
    else this.sim.schedule(this.opts.retryMs, this, EV_GIVE_UP, call);
  }

  private finish(call: Call, outcome: Outcome): void {
    this.current = null;
    if (outcome === Outcome.ok) {
      this.stats!.served++;
      this.opts.onProcessed?.(call.req);
    }
    this.sim.reply(call, outcome);
    this.next();
  }

  override command(cmd: NodeCommand): void {
    switch (cmd.action) {
      case 'kill': {
        if (!this.alive) return;
        this.alive = false;
        this.diedAt = this.sim.now;
        const lost = [...(this.current ? [this.current] : []), ...this.buffer];
        this.current = null;
        this.buffer.length = 0;
        // The connection drops: the broker sees every delivery in hand fail.
        for (const call of lost) this.sim.reply(call, Outcome.failed);
        this.stats!.dropped += lost.length;
        this.next();
        this.host?.memberDown(this);
        return;
      }
      case 'restart':
      case 'restore':
        this.slowFactor = 1;
        if (!this.alive) {
          this.alive = true;
          this.host?.memberUp(this);
        }
        return;
      case 'slow':
        this.slowFactor = cmd.factor && cmd.factor > 0 ? cmd.factor : 4;
        return;
    }
  }
}
