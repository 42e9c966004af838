import { sampler, type Dist } from '../../core/distributions';
import { NodeStats } from '../../metrics/nodeStats';
import { HopPhase } from '../../metrics/trace';
import { BaseNode } from '../../kernel/baseNode';
import type { NodeCommand } from '../../kernel/commands';
import type { Component } from '../../kernel/component';
import { Outcome, type Call } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';

const EV_WORKED = EV_CUSTOM;

export interface StepChainOptions {
  name: string;
  /** The chain's own work before the first call (e.g. validating the order). */
  work: Dist;
  /** Parts called one after another; each must answer ok before the next is called. */
  steps: readonly Component[];
}

/**
 * An API endpoint that does a little work and then calls other parts in sequence, answering
 * only when the last one has: the caller waits for the whole chain, and the first step that
 * fails fails everything. Publishing to a queue is just another step, which is the point:
 * put the queue early in the chain and the caller stops waiting for what follows it.
 */
export class StepChain extends BaseNode {
  readonly steps: readonly Component[];
  private readonly draw: () => number;
  /** Calls in progress and the step each is at (-1: still in the chain's own work). */
  private readonly at = new Map<Call, number>();

  constructor(sim: Sim, opts: StepChainOptions) {
    super(sim, opts.name, 'service', new NodeStats(0, sim.now));
    this.steps = opts.steps;
    this.draw = sampler(opts.work, sim.rng.stream(`${opts.name}/work`));
  }

  receive(call: Call): void {
    this.stats!.arrived++;
    if (!this.alive) return this.refuseDown(call);
    this.at.set(call, -1);
    const now = this.sim.now;
    const w = Math.max(0, this.draw());
    if (call.req.sampled)
      this.sim.trace.record(call.req.id, this.id, this.id, now, now + w, HopPhase.service, 0);
    this.sim.schedule(w, this, EV_WORKED, call);
    this.stats!.setBusy(now, this.at.size);
  }

  override handle(kind: number, payload: unknown): void {
    if (kind !== EV_WORKED) return;
    const call = payload as Call;
    if (this.at.get(call) === -1) this.callStep(call, 0);
  }

  private callStep(call: Call, i: number): void {
    const step = this.steps[i];
    if (!step) return this.end(call, Outcome.ok);
    this.at.set(call, i);
    this.sim.forward(call, this, step);
  }

  override onReply(child: Call): void {
    const call = child.parent;
    if (!call) return;
    const i = this.at.get(call);
    if (i === undefined || this.steps[i] !== child.to) return;
    if (child.outcome === Outcome.ok) return this.callStep(call, i + 1);
    call.req.note ||= `${child.to.name} failed`;
    this.end(call, child.outcome);
  }

  private end(call: Call, outcome: Outcome): void {
    this.at.delete(call);
    if (outcome === Outcome.ok) this.stats!.served++;
    this.sim.reply(call, outcome);
    this.stats!.setBusy(this.sim.now, this.at.size);
  }

  override command(cmd: NodeCommand): void {
    if (cmd.action === 'kill' && this.alive) {
      for (const call of this.at.keys()) this.sim.reply(call, Outcome.failed);
      this.stats!.dropped += this.at.size;
      this.at.clear();
      this.stats!.setBusy(this.sim.now, 0);
    }
    super.command(cmd);
  }
}
