import type { Rng } from '../../core/rng';
import type { Ms, Rps } from '../../core/units';
import { zipfSampler, type ZipfSampler } from '../../core/zipf';
import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, type Call, type Request } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';

const EV_NEXT = EV_CUSTOM;
const EV_TIMEOUT = EV_CUSTOM + 1;

export interface CrowdOptions {
  name: string;
  target: Component;
  /** Requests per second, all kinds together (Poisson arrivals). */
  rps: Rps;
  /** Share of requests that are writes (orders), 0..1; the rest are reads (browsing). */
  writeShare: number;
  /** Keys 1..keys with Zipf popularity `zipf`; or always `key` when it is given. */
  keys: number;
  zipf: number;
  key?: number;
  /** Client ids first..first+clients-1, one picked at random per request. */
  firstClient: number;
  clients: number;
  /** A client gives up after this long. */
  timeoutMs: Ms;
  /** Nobody sends before this (default 0) or after this (default never). */
  startAt?: Ms;
  stopAt?: Ms;
  onEnd?: (req: Request) => void;
}

/**
 * Many people using the app at once, as one part: each request is a read or a write, for a
 * key chosen by popularity, from one of many clients. Unlike a single-client source, a rate
 * limiter in front sees every client separately, so honest people are never limited just for
 * being many.
 */
export class Crowd extends BaseNode {
  private readonly arrivals: Rng;
  private readonly mix: Rng;
  private readonly who: Rng;
  private readonly keys: ZipfSampler | null;
  private readonly meanGap: Ms;

  constructor(
    sim: Sim,
    private readonly opts: CrowdOptions,
  ) {
    super(sim, opts.name, 'client', null);
    this.arrivals = sim.rng.stream(`${opts.name}/arrivals`);
    this.mix = sim.rng.stream(`${opts.name}/mix`);
    this.who = sim.rng.stream(`${opts.name}/who`);
    const n = Math.max(1, Math.floor(opts.keys));
    this.keys =
      n > 1 && opts.key === undefined
        ? zipfSampler(n, opts.zipf, sim.rng.stream(`${opts.name}/keys`))
        : null;
    this.meanGap = opts.rps > 0 ? 1000 / opts.rps : Infinity;
    if (Number.isFinite(this.meanGap)) sim.at((opts.startAt ?? 0) + this.gap(), this, EV_NEXT);
  }

  private gap(): Ms {
    return -this.meanGap * Math.log(this.arrivals.nextOpen());
  }

  override handle(kind: number, payload: unknown): void {
    if (kind === EV_NEXT) {
      if (this.sim.now >= (this.opts.stopAt ?? Infinity)) return;
      this.send();
      this.sim.schedule(this.gap(), this, EV_NEXT);
    } else if (kind === EV_TIMEOUT) {
      const req = payload as Request;
      if (this.sim.finish(req, Outcome.timedOut, this, 'client timed out')) this.opts.onEnd?.(req);
    }
  }

  private send(): void {
    const o = this.opts;
    const write = o.writeShare > 0 && this.mix.next() < o.writeShare;
    const key = this.keys ? this.keys.next() : (o.key ?? 1);
    const count = Math.max(1, Math.floor(o.clients));
    const client = o.firstClient + (count > 1 ? this.who.int(count) : 0);
    const req = this.sim.newRequest(write ? 'write' : 'read', key, 0, client);
    this.sim.call(req, this, o.target);
    if (Number.isFinite(o.timeoutMs)) this.sim.schedule(o.timeoutMs, this, EV_TIMEOUT, req);
  }

  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }

  override onReply(call: Call): void {
    if (this.sim.finish(call.req, call.outcome, this)) this.opts.onEnd?.(call.req);
  }
}
