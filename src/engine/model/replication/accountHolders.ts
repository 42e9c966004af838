import { sampler, type Dist, type Sampler } from '../../core/distributions';
import type { Rng } from '../../core/rng';
import type { Ms, Rps } from '../../core/units';
import { zipfSampler, type ZipfSampler } from '../../core/zipf';
import { LatencyHistogram } from '../../metrics/histogram';
import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, type Call } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';
import { TAG_FOLLOW_UP } from './router';

const EV_ARRIVAL = EV_CUSTOM;
const EV_FOLLOW_UP = EV_CUSTOM + 1;

export interface AccountHoldersOptions {
  name: string;
  /** Users 0..users-1; user u owns account u. */
  users: number;
  /** New requests per second from all users together (Poisson). */
  rps: Rps;
  /** Share of new requests that are transfers (writes from the user's own account). */
  writeRatio: number;
  /** Share of page views that show the user's own account; the rest show popular accounts. */
  ownReadShare: number;
  /** Popularity of other accounts (Zipf exponent), the same accounts that receive transfers. */
  zipf: number;
  /** Pause between a confirmed transfer and the balance check that follows it. */
  followUp: Dist;
  target: Component;
}

/**
 * Bank customers with identities: each request comes from one user. A transfer debits the
 * user's own account; once it is confirmed the user checks their balance (tagged
 * TAG_FOLLOW_UP), which is where a lagging replica shows them the money still there.
 * Arrivals are open loop: they do not wait for answers.
 */
export class AccountHolders extends BaseNode {
  readonly readLatency = new LatencyHistogram();
  readonly writeLatency = new LatencyHistogram();
  reads = 0;
  writes = 0;
  private readonly arrivals: Rng;
  private readonly mix: Rng;
  private readonly others: ZipfSampler | null;
  private readonly pause: Sampler;
  private readonly gap: Ms;

  constructor(
    sim: Sim,
    private readonly opts: AccountHoldersOptions,
  ) {
    super(sim, opts.name, 'client', null);
    this.arrivals = sim.rng.stream(`${opts.name}/arrivals`);
    this.mix = sim.rng.stream(`${opts.name}/mix`);
    this.pause = sampler(opts.followUp, sim.rng.stream(`${opts.name}/follow-up`));
    const users = Math.max(1, Math.floor(opts.users));
    this.others = users > 1 ? zipfSampler(users, opts.zipf, this.mix) : null;
    this.gap = opts.rps > 0 ? 1000 / opts.rps : Infinity;
    this.next();
  }

  private next(): void {
    if (Number.isFinite(this.gap))
      this.sim.schedule(-this.gap * Math.log(this.arrivals.nextOpen()), this, EV_ARRIVAL);
  }

  override handle(kind: number, payload: unknown): void {
    if (kind === EV_ARRIVAL) {
      this.arrive();
      this.next();
    } else if (kind === EV_FOLLOW_UP) {
      const user = payload as number;
      this.send('read', user, user, TAG_FOLLOW_UP);
    }
  }

  private arrive(): void {
    const o = this.opts;
    const user = this.mix.int(Math.max(1, Math.floor(o.users)));
    if (o.writeRatio > 0 && this.mix.next() < o.writeRatio) {
      this.send('write', user, user);
      return;
    }
    const own = !this.others || this.mix.next() < o.ownReadShare;
    this.send('read', own ? user : this.others.next() - 1, user);
  }

  private send(kind: 'read' | 'write', key: number, user: number, tag = 0): void {
    const req = this.sim.newRequest(kind, key, 0, user);
    req.tag = tag;
    if (kind === 'write') this.writes++;
    else this.reads++;
    this.sim.call(req, this, this.opts.target);
  }

  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }

  override onReply(call: Call): void {
    const req = call.req;
    req.value = call.value;
    if (!this.sim.finish(req, call.outcome, this)) return;
    if (call.outcome !== Outcome.ok) return;
    const ms = this.sim.now - req.createdAt;
    if (req.kind === 'read') {
      this.readLatency.record(ms);
      return;
    }
    this.writeLatency.record(ms);
    this.sim.schedule(this.pause(), this, EV_FOLLOW_UP, req.client);
  }
}
