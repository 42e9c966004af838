import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, type Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';

/** A hand-driven client for tests: sends requests at chosen times, records the answers. */
export class Probe extends BaseNode {
  readonly answers: Array<{ id: number; at: number; sentAt: number; outcome: Outcome }> = [];
  constructor(sim: Sim, name = 'probe') {
    super(sim, name, 'client', null);
  }
  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }
  override onReply(call: Call): void {
    this.answers.push({
      id: call.req.id,
      at: this.sim.now,
      sentAt: call.req.createdAt,
      outcome: call.outcome,
    });
  }
  override handle(_k: number, payload: unknown): void {
    this.sim.call(this.sim.newRequest('read', 0, 0, 0), this, payload as Component);
  }
  sendAt(t: number, target: Component): void {
    this.sim.at(t, this, 2, target);
  }
  count(outcome: Outcome): number {
    return this.answers.filter((a) => a.outcome === outcome).length;
  }
}
