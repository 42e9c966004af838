import { BaseNode } from '../../kernel/baseNode';
import { Outcome, type Call, type RequestKind } from '../../kernel/request';
import { EV_CUSTOM, Sim } from '../../kernel/sim';
import { ConsistencyLedger } from './ledger';
import { CityNetwork } from './network';
import { MenuReplica, type ConsistencyMode } from './replica';

/** Used only by this folder's tests. */
export interface Answer {
  kind: RequestKind;
  key: number;
  sentAt: number;
  at: number;
  outcome: Outcome;
  /** Writes the answered version had seen in all. */
  version: number;
}

/** A hand-driven customer: orders at chosen times from one replica, records the answers. */
export class Customer extends BaseNode {
  readonly answers: Answer[] = [];
  constructor(
    sim: Sim,
    name: string,
    private readonly city: number,
  ) {
    super(sim, name, 'client', null);
  }
  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }
  override onReply(call: Call): void {
    const r = call.req;
    this.answers.push({
      kind: r.kind,
      key: r.key,
      sentAt: r.createdAt,
      at: this.sim.now,
      outcome: call.outcome,
      version: call.value,
    });
  }
  override handle(_k: number, p: unknown): void {
    const { kind, key, to } = p as { kind: RequestKind; key: number; to: MenuReplica };
    this.sim.call(this.sim.newRequest(kind, key, 0, this.city), this, to);
  }
  order(at: number, kind: RequestKind, key: number, to: MenuReplica): void {
    this.sim.at(at, this, EV_CUSTOM, { kind, key, to });
  }
}

/** Three replicas 10, 20 and 30 ms apart (0-1, 0-2, 1-2), 1 ms of work, a customer at each. */
export function rig(mode: ConsistencyMode, keys = 2) {
  const sim = new Sim({ seed: 1, traceCapacity: 0 });
  const ledger = new ConsistencyLedger(keys);
  const net = new CityNetwork(sim, {
    names: ['a', 'b', 'c'],
    latencyMs: [
      [0, 10, 20],
      [10, 0, 30],
      [20, 30, 0],
    ],
  });
  let price = 100;
  const replicas = [0, 1, 2].map(
    (index) =>
      new MenuReplica(sim, {
        name: ['a', 'b', 'c'][index]!,
        index,
        mode,
        net,
        ledger,
        initial: new Array<number>(keys).fill(50),
        workMs: 1,
        newValue: () => (price += 10),
      }),
  );
  const customers = replicas.map((r, i) => {
    const c = new Customer(sim, `customer-${r.name}`, i);
    sim.link(c, r, () => 1);
    return c;
  });
  /** Cuts (or heals) links at a time, by pair. */
  const link = (at: number, i: number, j: number, up: boolean) =>
    sim.applyCommands([{ at, node: net.linkName(i, j), action: up ? 'restart' : 'kill' }]);
  return { sim, ledger, net, replicas, customers, link };
}
