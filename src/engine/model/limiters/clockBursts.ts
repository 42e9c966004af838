import type { Ms } from '../../core/units';
import type { Sim } from '../../kernel/sim';
import { ClientSource, EV_NEXT_SEND, type ClientSourceOptions } from './clientSource';

/** A job that fires on the clock: `size` requests around every multiple of `everyMs`. */
export interface BurstPlan {
  /** Requests per burst (0: none). */
  size: number;
  /** Time between bursts; burst k is centred on (k + 1) * everyMs. */
  everyMs: Ms;
  /** How long one burst lasts, centred on its tick (capped at everyMs so bursts never overlap). */
  spreadMs: Ms;
  /** Shifts every send (e.g. earlier by a link's latency, so bursts land centred on the tick). */
  offsetMs?: Ms;
}

/**
 * When the j-th request (0-based) of the plan is sent. The requests of a burst are evenly
 * spaced from tick - spread/2, so half go just before the tick and half just after: a clock
 * tick that is also a fixed window's boundary sees the burst straddle it.
 */
export function burstTime(plan: BurstPlan, j: number): Ms {
  const b = Math.floor(j / plan.size);
  const i = j - b * plan.size;
  const spread = Math.max(0, Math.min(plan.spreadMs, plan.everyMs));
  return (b + 1) * plan.everyMs - spread / 2 + (i * spread) / plan.size + (plan.offsetMs ?? 0);
}

/** Every send time of the plan before `untilMs`, in order. */
export function burstTimes(plan: BurstPlan, untilMs: Ms): Ms[] {
  const out: Ms[] = [];
  if (!(plan.size >= 1) || !(plan.everyMs > 0)) return out;
  for (let j = 0; ; j++) {
    const t = burstTime(plan, j);
    if (t >= untilMs) return out;
    out.push(t);
  }
}

export interface ClockBurstsOptions extends ClientSourceOptions, BurstPlan {
  client: number;
}

/** One client that sends in bursts on the clock (a cron job, a batch sync), with no randomness. */
export class ClockBursts extends ClientSource {
  private j = 0;

  constructor(
    sim: Sim,
    private readonly opts: ClockBurstsOptions,
  ) {
    super(sim, opts);
    this.plan();
  }

  private plan(): void {
    if (!(this.opts.size >= 1) || !(this.opts.everyMs > 0)) return;
    this.sim.at(burstTime(this.opts, this.j), this, EV_NEXT_SEND);
  }

  protected next(): void {
    this.send(this.opts.client);
    this.j++;
    this.plan();
  }
}
