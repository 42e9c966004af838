import type { Ms } from '../../core/units';
import { HopPhase, type Hop } from '../../metrics/trace';

/** One bar of a latency waterfall: a stretch of time spent on one step. */
export interface WaterfallBar {
  step: string;
  t0: Ms;
  t1: Ms;
  ms: Ms;
}

/** Hops that touch within this much are one stretch (float sums of link times drift). */
const TOUCH_MS = 1e-6;

/**
 * A latency waterfall from the hops of requests that ran one after another: each hop with
 * some duration is given to a step (`stepOf`; null leaves it out, e.g. work that goes on in
 * the background), hops are put in time order, and touching hops of the same step merge into
 * one bar. Nothing is typed in: a bar is exactly the time its hops took. If the steps covered
 * the trip, the bars add up to it; a gap or an overlap shows up as a difference.
 */
export function waterfall(
  hops: readonly Hop[],
  stepOf: (hop: Hop) => string | null,
): WaterfallBar[] {
  const timed: Array<{ hop: Hop; step: string }> = [];
  for (const hop of hops) {
    if (hop.phase === HopPhase.end || !(hop.t1 > hop.t0)) continue;
    const step = stepOf(hop);
    if (step !== null) timed.push({ hop, step });
  }
  timed.sort((a, b) => a.hop.t0 - b.hop.t0 || a.hop.t1 - b.hop.t1);
  const bars: WaterfallBar[] = [];
  for (const { hop, step } of timed) {
    const last = bars[bars.length - 1];
    if (last && last.step === step && hop.t0 <= last.t1 + TOUCH_MS) {
      if (hop.t1 > last.t1) last.t1 = hop.t1;
      last.ms = last.t1 - last.t0;
    } else bars.push({ step, t0: hop.t0, t1: hop.t1, ms: hop.t1 - hop.t0 });
  }
  return bars;
}

/** Total time of some bars. */
export const barsTotal = (bars: readonly WaterfallBar[]): Ms => bars.reduce((s, b) => s + b.ms, 0);

/**
 * For work that runs side by side (consumers acting on the same event), one span per step:
 * from its first hop's start to its last hop's end, in order of start.
 */
export function spansByStep(
  hops: readonly Hop[],
  stepOf: (hop: Hop) => string | null,
): WaterfallBar[] {
  const by = new Map<string, WaterfallBar>();
  for (const hop of hops) {
    if (hop.phase === HopPhase.end) continue;
    const step = stepOf(hop);
    if (step === null) continue;
    const s = by.get(step);
    if (!s) by.set(step, { step, t0: hop.t0, t1: hop.t1, ms: hop.t1 - hop.t0 });
    else {
      s.t0 = Math.min(s.t0, hop.t0);
      s.t1 = Math.max(s.t1, hop.t1);
      s.ms = s.t1 - s.t0;
    }
  }
  return [...by.values()].sort((a, b) => a.t0 - b.t0);
}
