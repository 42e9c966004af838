import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';
import { Outcome, type Call } from '../../kernel/request';
import type { HopPhase } from '../../metrics/trace';

export interface ProbeAnswer {
  id: number;
  at: number;
  outcome: Outcome;
  note: string;
}

/** For tests only: a client that sends requests at chosen times and records the answers. */
export class Probe extends BaseNode {
  readonly answers: ProbeAnswer[] = [];

  constructor(sim: Sim) {
    super(sim, 'probe', 'client', null);
  }

  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }

  override onReply(call: Call): void {
    const { id, note } = call.req;
    this.answers.push({ id, at: this.sim.now, outcome: call.outcome, note });
  }

  override handle(_kind: number, payload: unknown): void {
    this.sim.call(this.sim.newRequest('read', 0, 0, 0), this, payload as Component);
  }

  sendAt(t: number, target: Component, times = 1): void {
    for (let i = 0; i < times; i++) this.sim.at(t, this, EV_CUSTOM, target);
  }

  /** [request id, time answered, outcome] of every answer, in the order they came. */
  timeline(): Array<[number, number, Outcome]> {
    return this.answers.map((a) => [a.id, a.at, a.outcome]);
  }
}

/** For tests: the trace's hops of one phase as [request id, t0, t1], by request id. */
export function hopsOf(sim: Sim, phase: HopPhase): number[][] {
  const t = sim.trace;
  const out: number[][] = [];
  for (let i = 0; i < t.size; i++)
    if (t.phase[i] === phase) out.push([t.req[i]!, t.t0[i]!, t.t1[i]!]);
  return out.sort((a, b) => a[0]! - b[0]!);
}
