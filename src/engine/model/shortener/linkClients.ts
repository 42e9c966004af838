import type { Rng } from '../../core/rng';
import type { Ms, Rps } from '../../core/units';
import { zipfSampler, type ZipfSampler } from '../../core/zipf';
import { LatencyHistogram } from '../../metrics/histogram';
import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, type Call, type Request } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';
import type { LinkBook } from './linkBook';
import type { LinkTally } from './linkTally';

const EV_NEXT = EV_CUSTOM;
const EV_TIMEOUT = EV_CUSTOM + 1;
const EV_FRESH = EV_CUSTOM + 2;

/** An answer's value when the link was not found (it had not reached that copy yet). */
export const NOT_FOUND = -1;
/** Tag on the first click of a link made during the run. */
export const TAG_FRESH = 3;

export interface LinkClientsOptions {
  name: string;
  /** Where requests go; several are taken in turn (one address each, as DNS gives). */
  targets: readonly Component[];
  redirectsPerSec: Rps;
  createsPerSec: Rps;
  /** Zipf popularity of the existing links (1..book.existing, rank 1 the most clicked). */
  zipf: number;
  book: LinkBook;
  tally: LinkTally;
  /** Users behind this part: ids firstUser .. firstUser + users - 1, each request from one. */
  users: number;
  firstUser: number;
  /** Index of this part's region, stamped on requests. */
  region: number;
  timeoutMs: Ms;
  /** Each new link is clicked once, this long after its create was answered (uniform). */
  freshClickMs: readonly [Ms, Ms];
}

/**
 * The users of one region: redirects for existing links (Zipf popularity) and creates of new
 * ones, as one Poisson stream; then one early click on every link they made. Records how each
 * kind of request ended in the shared tally, and redirect times of its own for its region.
 */
export class LinkClients extends BaseNode {
  /** Redirect times (early clicks included) seen by this region's users. */
  readonly redirectLatency = new LatencyHistogram();
  private readonly arrivals: Rng;
  private readonly mix: Rng;
  private readonly zipf: ZipfSampler | null;
  private readonly meanGap: Ms;
  private readonly createShare: number;
  private turn = 0;

  constructor(
    sim: Sim,
    private readonly opts: LinkClientsOptions,
  ) {
    super(sim, opts.name, 'client', null);
    if (opts.targets.length === 0) throw new RangeError(`${opts.name}: needs a target`);
    this.arrivals = sim.rng.stream(`${opts.name}/arrivals`);
    this.mix = sim.rng.stream(`${opts.name}/mix`);
    const links = opts.book.existing;
    this.zipf =
      links > 1 ? zipfSampler(links, opts.zipf, sim.rng.stream(`${opts.name}/links`)) : null;
    const rate = Math.max(0, opts.redirectsPerSec) + Math.max(0, opts.createsPerSec);
    this.meanGap = rate > 0 ? 1000 / rate : Infinity;
    this.createShare = rate > 0 ? Math.max(0, opts.createsPerSec) / rate : 0;
    this.scheduleNext();
  }

  private scheduleNext(): void {
    if (!Number.isFinite(this.meanGap)) return;
    this.sim.schedule(-this.meanGap * Math.log(this.arrivals.nextOpen()), this, EV_NEXT);
  }

  override handle(kind: number, payload: unknown): void {
    if (kind === EV_NEXT) {
      if (this.mix.next() < this.createShare) this.send('write', this.opts.book.nextKey(), 0);
      else this.send('read', this.zipf ? this.zipf.next() : 1, 0);
      this.scheduleNext();
    } else if (kind === EV_TIMEOUT) {
      const req = payload as Request;
      if (this.sim.finish(req, Outcome.timedOut, this, 'client timed out')) this.record(req);
    } else if (kind === EV_FRESH) {
      const made = payload as Request;
      this.send('read', made.key, TAG_FRESH, made.client);
    }
  }

  private send(kind: 'read' | 'write', key: number, tag: number, client?: number): void {
    const o = this.opts;
    const who = client ?? o.firstUser + this.mix.int(Math.max(1, o.users));
    const req = this.sim.newRequest(kind, key, o.region, who);
    req.tag = tag;
    const t = o.targets.length === 1 ? o.targets[0]! : o.targets[this.turn++ % o.targets.length]!;
    this.sim.call(req, this, t);
    if (Number.isFinite(o.timeoutMs)) this.sim.schedule(o.timeoutMs, this, EV_TIMEOUT, req);
  }

  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }

  override onReply(call: Call): void {
    const req = call.req;
    req.value = call.value;
    if (this.sim.finish(req, call.outcome, this)) this.record(req);
  }

  private record(req: Request): void {
    const t = this.opts.tally;
    const ms = req.finishedAt - req.createdAt;
    if (req.kind === 'write') {
      t.creates.record(req.outcome, ms);
      if (req.outcome === Outcome.ok) {
        const [lo, hi] = this.opts.freshClickMs;
        this.sim.schedule(lo + (hi - lo) * this.mix.next(), this, EV_FRESH, req);
      }
      return;
    }
    t.redirects.record(req.outcome, ms);
    if (req.createdAt >= t.lateFromMs) t.late.record(req.outcome, ms);
    if (req.tag === TAG_FRESH) t.fresh.record(req.outcome, ms);
    if (req.outcome === Outcome.ok) {
      this.redirectLatency.record(ms);
      if (req.value === NOT_FOUND) t.notFoundYet++;
    }
  }
}
