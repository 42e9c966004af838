import { sampler, type Dist, type Sampler } from '../core/distributions';
import type { Ms } from '../core/units';
import { BaseNode } from '../kernel/baseNode';
import type { Component } from '../kernel/component';
import { Outcome, type Call, type Request } from '../kernel/request';
import { EV_CUSTOM, type Sim } from '../kernel/sim';
import type { RateProfile } from './profile';
import { makeWorkload, type Workload, type WorkloadOptions } from './workload';

const EV_WAKE = EV_CUSTOM;
const EV_TIMEOUT = EV_CUSTOM + 1;
/** How often a user who is not yet "online" (per the profile) looks again. */
const IDLE_RECHECK_MS = 1000;
/**
 * The shortest pause before retrying a request that ended the instant it was sent (refused at
 * once) with no think time: without it, time would never move on.
 */
const MIN_RETRY_MS = 1;

export interface ClosedLoopOptions extends WorkloadOptions {
  name: string;
  users: number;
  /** Pause between getting an answer (or giving up) and the next request. */
  think: Dist;
  profile: RateProfile;
  target: Component;
  timeoutMs: Ms;
  onEnd?: (req: Request) => void;
}

/**
 * Closed-loop traffic: a fixed population of users, each sending one request, waiting for
 * the answer (or giving up), thinking, and sending again. Offered load falls as responses
 * slow down, which is how real users behave and why "100 users became 100,000" hurts.
 * The profile sets the share of users online: user i is online while i < users * at(t) / max.
 */
export class ClosedLoopUsers extends BaseNode {
  private readonly think: Sampler;
  private readonly workload: Workload;

  constructor(
    sim: Sim,
    private readonly opts: ClosedLoopOptions,
  ) {
    super(sim, opts.name, 'client', null);
    const rng = sim.rng.stream(`${opts.name}/think`);
    this.think = sampler(opts.think, rng);
    this.workload = makeWorkload(opts, sim.rng.stream(`${opts.name}/workload`));
    const n = Math.max(0, Math.floor(opts.users));
    // Users arrive spread over one think time, not all at the same instant.
    for (let u = 0; u < n; u++) sim.schedule(this.think(), this, EV_WAKE, u);
  }

  private online(user: number): boolean {
    const p = this.opts.profile;
    return user < (this.opts.users * p.at(this.sim.now)) / p.max;
  }

  override handle(kind: number, payload: unknown): void {
    if (kind === EV_WAKE) {
      const user = payload as number;
      if (!this.online(user)) {
        this.sim.schedule(IDLE_RECHECK_MS, this, EV_WAKE, user);
        return;
      }
      const w = this.workload;
      const req = this.sim.newRequest(w.kind(), w.key(), w.region(), user);
      req.tag = w.tag();
      this.sim.call(req, this, this.opts.target);
      if (Number.isFinite(this.opts.timeoutMs))
        this.sim.schedule(this.opts.timeoutMs, this, EV_TIMEOUT, req);
    } else if (kind === EV_TIMEOUT) {
      this.end(payload as Request, Outcome.timedOut);
    }
  }

  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }

  override onReply(call: Call): void {
    call.req.value = call.value;
    this.end(call.req, call.outcome);
  }

  private end(req: Request, outcome: Outcome): void {
    if (
      !this.sim.finish(req, outcome, this, outcome === Outcome.timedOut ? 'client timed out' : '')
    )
      return;
    this.opts.onEnd?.(req);
    const pause = this.think();
    const instant = pause <= 0 && this.sim.now <= req.createdAt;
    this.sim.schedule(instant ? MIN_RETRY_MS : pause, this, EV_WAKE, req.client);
  }
}
