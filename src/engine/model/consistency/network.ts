import type { Ms } from '../../core/units';
import type { NodeCommand } from '../../kernel/commands';
import type { Component } from '../../kernel/component';
import { Outcome, type Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';
import { PartitionWindows } from './partitionWindows';
import type { VersionedValue } from './register';

/** What one replica asks or tells another (carried beside the Call, which has no payload). */
export interface PeerMessage {
  /** query: "what is your version of this key?"; store: "keep this version, then answer";
   * replicate: "here is a write" (no answer expected). */
  type: 'query' | 'store' | 'replicate';
  key: number;
  entry?: VersionedValue;
  /** The peer's version, filled in by a query's answer. */
  answer?: VersionedValue;
}

/** A replica as the network sees it: where it sits, and how to tell it a link came back. */
export interface NetworkMember extends Component {
  readonly index: number;
  healed(peer: number): void;
}

export interface CityNetworkOptions {
  /** Place names, used in link names ("link-mumbai-delhi"). */
  names: readonly string[];
  /** One-way latency between places i and j, ms (symmetric; the diagonal is unused). */
  latencyMs: ReadonlyArray<readonly number[]>;
}

/**
 * The lines between the cities. Each pair has a link with a fixed one-way latency that can be
 * cut and healed (a `LinkSwitch` part, so "kill:link-mumbai-delhi@10" cuts it). A message
 * sent over a cut link is refused at once; one already on the wire when the cut comes is
 * lost, and its sender hears of it like a connection reset. Healing a link tells both ends,
 * which then swap their state (anti-entropy).
 */
export class CityNetwork {
  readonly windows = new PartitionWindows();
  readonly links: LinkSwitch[] = [];
  /** Messages sent, refused at a cut link, and lost on a link cut while they crossed it. */
  sent = 0;
  refused = 0;
  lost = 0;
  private readonly members: NetworkMember[] = [];
  private readonly cut: boolean[][];
  private readonly messages = new WeakMap<Call, PeerMessage>();

  constructor(
    private readonly sim: Sim,
    private readonly opts: CityNetworkOptions,
  ) {
    const n = opts.names.length;
    this.cut = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) this.links.push(new LinkSwitch(sim, this, i, j));
  }

  get size(): number {
    return this.opts.names.length;
  }

  linkName(i: number, j: number): string {
    const [a, b] = i < j ? [i, j] : [j, i];
    return `link-${this.opts.names[a]}-${this.opts.names[b]}`;
  }

  latency(i: number, j: number): Ms {
    return this.opts.latencyMs[i]?.[j] ?? 0;
  }

  /** A replica joins; calls between it and earlier members take the link's latency. */
  join(m: NetworkMember): void {
    for (const other of this.members) {
      const ms = this.latency(m.index, other.index);
      this.sim.link(m, other, () => ms);
    }
    this.members[m.index] = m;
  }

  member(i: number): NetworkMember | undefined {
    return this.members[i];
  }

  up(i: number, j: number): boolean {
    return i === j || !this.cut[i]?.[j];
  }

  /** Whether any link is cut now. */
  get split(): boolean {
    return this.cut.some((row) => row.some(Boolean));
  }

  /** Cuts or heals the link between i and j. */
  set(i: number, j: number, up: boolean): void {
    if (this.up(i, j) === up) return;
    this.cut[i]![j] = this.cut[j]![i] = !up;
    if (this.split) this.windows.open(this.sim.now);
    else this.windows.close(this.sim.now);
    if (up) {
      this.members[i]?.healed(j);
      this.members[j]?.healed(i);
    }
  }

  /** Sends a message as a hop of `parent`'s request; null when the link refuses it. */
  send(parent: Call, from: number, to: number, msg: PeerMessage): Call | null {
    const a = this.members[from];
    const b = this.members[to];
    if (!a || !b || !this.up(from, to)) {
      this.refused++;
      return null;
    }
    this.sent++;
    const child = this.sim.forward(parent, a, b);
    this.messages.set(child, msg);
    return child;
  }

  /** The message a call carries; undefined for calls that are not between replicas. */
  message(call: Call): PeerMessage | undefined {
    return this.messages.get(call);
  }

  /** On arrival (either way): false, and counted lost, if the link was cut meanwhile. */
  crossed(from: number, to: number): boolean {
    if (this.up(from, to)) return true;
    this.lost++;
    return false;
  }
}

/**
 * A link as a part learners and scripts can act on: kill cuts it, restart or restore heals
 * it (slow is ignored). It carries nothing itself and has no statistics; `alive` is the
 * link's state in the network.
 */
export class LinkSwitch implements Component {
  readonly id: number;
  readonly name: string;
  readonly kind = 'internal' as const;
  readonly stats = null;

  constructor(
    private readonly sim: Sim,
    private readonly net: CityNetwork,
    readonly a: number,
    readonly b: number,
  ) {
    this.name = net.linkName(a, b);
    this.id = sim.register(this);
  }

  get alive(): boolean {
    return this.net.up(this.a, this.b);
  }

  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }
  onReply(): void {}
  handle(): void {}

  command(cmd: NodeCommand): void {
    if (cmd.action === 'kill') this.net.set(this.a, this.b, false);
    else if (cmd.action === 'restart' || cmd.action === 'restore')
      this.net.set(this.a, this.b, true);
  }
}
