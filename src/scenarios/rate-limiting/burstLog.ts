import { makeLimiter, replayLimiter, type LimiterDecision, type Ms } from '../../engine';
import type { Params } from '../params';
import { num } from '../scenario';
import { algorithmOf, burstArrivals, burstPlanOf, settingsOf } from './model';

/**
 * The bursty job's requests and what the limiter decided, for the whole run. The job has no
 * randomness and each client has a limiter of its own, so replaying its arrival times through
 * a fresh limiter gives exactly the run's decisions (the scenario tests check this).
 */
export function burstDecisions(p: Params, durationMs: Ms): LimiterDecision[] {
  return replayLimiter(makeLimiter(algorithmOf(p), settingsOf(p)), burstArrivals(p, durationMs));
}

/** One burst as the timeline draws it, as of the playhead. */
export interface BurstFrame {
  /** Which burst (1 is the first) and the tick it is centred on. */
  index: number;
  tick: Ms;
  /** The stretch of time drawn. */
  from: Ms;
  to: Ms;
  /** This burst's requests that have reached the limiter by the playhead. */
  marks: LimiterDecision[];
  passed: number;
  turnedAway: number;
  /** Let into a leaky bucket and not yet out of it. */
  waiting: number;
  /** The busiest window (length windowMs) of passes by the playhead, starting in view. */
  busiest: { from: Ms; count: number } | null;
  /** Multiples of windowMs in view: where a fixed window starts counting again. */
  boundaries: Ms[];
}

/** The burst to show at playhead `t`: the latest one under way, else the first. */
export function burstFrame(
  all: readonly LimiterDecision[],
  p: Params,
  durationMs: Ms,
  t: Ms,
): BurstFrame | null {
  const plan = burstPlanOf(p);
  if (plan.size < 1 || all.length === 0) return null;
  const W = num(p, 'windowMs');
  const spread = Math.min(plan.spreadMs, plan.everyMs);
  const bursts = Math.ceil(all.length / plan.size);
  const under = Math.floor((t + spread / 2) / plan.everyMs);
  const index = Math.min(bursts, Math.max(1, under));
  const mine = all.slice((index - 1) * plan.size, index * plan.size);
  const tick = index * plan.everyMs;
  const from = Math.max(0, tick - spread / 2 - W / 4);
  const lastPass = mine.reduce((m, d) => (d.admitted ? Math.max(m, d.passAt) : m), 0);
  const to = Math.min(
    durationMs,
    Math.max(from + 1.5 * W, tick + spread / 2 + W / 4, lastPass + W / 8),
  );
  const marks = mine.filter((d) => d.at <= t);
  const passes = all.filter((d) => d.admitted && d.passAt <= t).map((d) => d.passAt);
  const boundaries: Ms[] = [];
  if ((to - from) / W <= 40)
    for (let b = Math.ceil(from / W) * W; b <= to; b += W) boundaries.push(b);
  return {
    index,
    tick,
    from,
    to,
    marks,
    passed: marks.filter((d) => d.admitted && d.passAt <= t).length,
    turnedAway: marks.filter((d) => !d.admitted).length,
    waiting: marks.filter((d) => d.admitted && d.passAt > t).length,
    busiest: busiestWindow(passes, W, from, to),
    boundaries,
  };
}

/**
 * The window [s, s + W) holding the most of `times` (sorted), among those starting on one of
 * the times in [from, to]. Two pointers: linear in the number of times.
 */
export function busiestWindow(
  times: readonly Ms[],
  W: Ms,
  from: Ms,
  to: Ms,
): { from: Ms; count: number } | null {
  let best: { from: Ms; count: number } | null = null;
  let j = 0;
  for (let i = 0; i < times.length; i++) {
    const s = times[i]!;
    if (j < i) j = i;
    while (j < times.length && times[j]! - s < W) j++;
    if (s < from || s > to) continue;
    if (!best || j - i > best.count) best = { from: s, count: j - i };
  }
  return best;
}
