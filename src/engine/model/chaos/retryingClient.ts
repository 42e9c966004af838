import type { Rng } from '../../core/rng';
import type { Ms, Rps } from '../../core/units';
import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, type Call, type Request } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';

const EV_NEXT = EV_CUSTOM;
const EV_DEVICE = EV_CUSTOM + 1;
const EV_TIMEOUT = EV_CUSTOM + 2;
const EV_RETRY = EV_CUSTOM + 3;

export interface RetryingClientOptions {
  name: string;
  /** Poisson arrivals at this rate. */
  rps: Rps;
  /** The first hop of every attempt (e.g. a CDN edge). */
  target: Component;
  /** Stamped on requests: the users' home region. */
  region?: number;
  client?: number;
  /** Share of requests the device answers from its own cache, never touching the network. */
  deviceHitRatio: number;
  /** How long a device-cache answer takes (default 1 ms). */
  deviceMs?: Ms;
  /** An attempt not answered within this is abandoned (Infinity: wait for ever). */
  timeoutMs: Ms;
  /** Further attempts after a failed or timed-out one. */
  retries: number;
  /** Pause before the first retry, doubled for each later one, with jitter (x 0.5..1). */
  backoffMs: Ms;
  /** Stop sending after this time (default: never). */
  stopAt?: Ms;
  /** Once per request, when it ends: how many network attempts it made (0: device cache). */
  onEnd?: (req: Request, attempts: number) => void;
}

/** A request in flight and the attempt that currently counts. */
interface Flight {
  req: Request;
  attempts: number;
  current: Call | null;
}

/** The pause before retry number k (1-based): backoff x 2^(k-1), scaled by 0.5..1. */
export function backoffDelay(backoffMs: Ms, k: number, u: number): Ms {
  return backoffMs * 2 ** Math.max(0, k - 1) * (0.5 + 0.5 * u);
}

/**
 * Users on one device population: Poisson arrivals, a device cache that answers some requests
 * at once, and for the rest a client that gives each attempt `timeoutMs`, then tries again
 * up to `retries` times with exponential backoff. An abandoned attempt keeps its server busy
 * (nobody tells the server), which is how retries can add load exactly when it hurts most.
 */
export class RetryingClient extends BaseNode {
  sent = 0;
  /** Requests that ended well, and those that ended in an error after every attempt. */
  answered = 0;
  errors = 0;
  deviceHits = 0;
  attempts = 0;
  retries = 0;
  timeouts = 0;
  /** Answers that came back after their attempt had been given up on. */
  lateAnswers = 0;
  private readonly arrivals: Rng;
  private readonly device: Rng;
  private readonly jitter: Rng;
  private readonly flights = new Map<Call, Flight>();
  private readonly gap: Ms;

  constructor(
    sim: Sim,
    private readonly opts: RetryingClientOptions,
  ) {
    super(sim, opts.name, 'client', null);
    this.arrivals = sim.rng.stream(`${opts.name}/arrivals`);
    // Separate streams, so retries never shift which requests the device cache answers.
    this.device = sim.rng.stream(`${opts.name}/device`);
    this.jitter = sim.rng.stream(`${opts.name}/backoff`);
    this.gap = opts.rps > 0 ? 1000 / opts.rps : Infinity;
    this.scheduleNext();
  }

  private scheduleNext(): void {
    if (!Number.isFinite(this.gap)) return;
    const gap = -this.gap * Math.log(this.arrivals.nextOpen());
    if (this.sim.now + gap >= (this.opts.stopAt ?? Infinity)) return;
    this.sim.schedule(gap, this, EV_NEXT);
  }

  override handle(kind: number, payload: unknown): void {
    switch (kind) {
      case EV_NEXT:
        this.send();
        this.scheduleNext();
        return;
      case EV_DEVICE:
        this.end({ req: payload as Request, attempts: 0, current: null }, Outcome.ok);
        return;
      case EV_TIMEOUT: {
        const call = payload as Call;
        const f = this.flights.get(call);
        if (!f || f.current !== call) return; // answered in time
        this.flights.delete(call);
        f.current = null;
        this.timeouts++;
        this.failed(f, Outcome.timedOut);
        return;
      }
      case EV_RETRY:
        this.attempt(payload as Flight);
        return;
    }
  }

  private send(): void {
    const o = this.opts;
    const req = this.sim.newRequest('read', 0, o.region ?? 0, o.client ?? 0);
    this.sent++;
    if (o.deviceHitRatio > 0 && this.device.next() < o.deviceHitRatio) {
      this.deviceHits++;
      this.sim.schedule(o.deviceMs ?? 1, this, EV_DEVICE, req);
      return;
    }
    this.attempt({ req, attempts: 0, current: null });
  }

  private attempt(f: Flight): void {
    f.attempts++;
    this.attempts++;
    const call = this.sim.call(f.req, this, this.opts.target);
    f.current = call;
    this.flights.set(call, f);
    if (Number.isFinite(this.opts.timeoutMs))
      this.sim.schedule(this.opts.timeoutMs, this, EV_TIMEOUT, call);
  }

  override onReply(call: Call): void {
    const f = this.flights.get(call);
    if (!f) {
      this.lateAnswers++;
      return;
    }
    this.flights.delete(call);
    f.current = null;
    if (call.outcome === Outcome.ok) this.end(f, Outcome.ok);
    else this.failed(f, call.outcome);
  }

  private failed(f: Flight, outcome: Outcome): void {
    if (f.attempts <= this.opts.retries) {
      this.retries++;
      const pause = backoffDelay(this.opts.backoffMs, f.attempts, this.jitter.next());
      this.sim.schedule(pause, this, EV_RETRY, f);
      return;
    }
    this.end(f, outcome);
  }

  private end(f: Flight, outcome: Outcome): void {
    const note = outcome === Outcome.timedOut ? 'every attempt timed out' : '';
    if (!this.sim.finish(f.req, outcome, this, note)) return;
    if (outcome === Outcome.ok) this.answered++;
    else this.errors++;
    this.opts.onEnd?.(f.req, f.attempts);
  }

  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }
}
