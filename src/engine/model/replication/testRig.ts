import { constant, type Dist } from '../../core/distributions';
import type { Ms } from '../../core/units';
import { BaseNode } from '../../kernel/baseNode';
import type { Call } from '../../kernel/request';
import { EV_CUSTOM, Sim } from '../../kernel/sim';
import { DbNode } from './dbNode';
import { ReplicaSet } from './replicaSet';
import type { ReplicationMode } from './types';

/** Runs test code at chosen simulated times (for the replication tests). */
export class Script extends BaseNode {
  constructor(sim: Sim) {
    super(sim, 'script', 'internal', null);
  }
  receive(): void {}
  at(t: Ms, fn: () => void): void {
    this.sim.at(t, this, EV_CUSTOM, fn);
  }
  override handle(_kind: number, payload: unknown): void {
    (payload as () => void)();
  }
}

export interface RigOptions {
  replicas: number;
  lag?: Dist;
  mode?: ReplicationMode;
  failoverMs?: Ms;
  keys?: number;
  seed?: number;
}

/** A replica set of `replicas + 1` database nodes (node 0 the primary) and a script. */
export function rig(o: RigOptions) {
  const sim = new Sim({ seed: o.seed ?? 1 });
  const set = new ReplicaSet(sim, {
    name: 'replication',
    keys: o.keys ?? 8,
    mode: o.mode ?? 'async',
    lag: o.lag ?? constant(100),
    lagPeriodMs: 1000,
    failoverMs: o.failoverMs ?? 300,
    payeeZipf: 1,
  });
  const nodes = Array.from(
    { length: o.replicas + 1 },
    (_, i) =>
      new DbNode(sim, set, {
        name: i === 0 ? 'primary' : `replica-${i}`,
        workers: 2,
        queueLimit: 10,
        read: constant(1),
        write: constant(1),
      }),
  );
  return { sim, set, nodes, script: new Script(sim) };
}

/** A hand-driven client: sends requests at chosen times, records each answer. */
export class Probe extends BaseNode {
  readonly answers: Array<{ at: Ms; kind: string; outcome: number; value: number }> = [];
  constructor(
    sim: Sim,
    private readonly target: BaseNode,
  ) {
    super(sim, 'probe', 'client', null);
  }
  receive(): void {}
  send(at: Ms, kind: 'read' | 'write', key: number, client: number, tag = 0): void {
    this.sim.at(at, this, EV_CUSTOM, { kind, key, client, tag });
  }
  override handle(_kind: number, payload: unknown): void {
    const p = payload as { kind: 'read' | 'write'; key: number; client: number; tag: number };
    const req = this.sim.newRequest(p.kind, p.key, 0, p.client);
    req.tag = p.tag;
    this.sim.call(req, this, this.target);
  }
  override onReply(call: Call): void {
    const { req, outcome, value } = call;
    this.answers.push({ at: this.sim.now, kind: req.kind, outcome, value });
  }
}
