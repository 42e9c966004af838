import type { Frame } from '../../engine';
import type { RunData } from '../../player/runData';
import { cityGaugeName, type CityGauge } from './cityTally';

/** A city's latency as the map's table shows it at the playhead. */
export interface CityWindow {
  /** Mean of requests answered in the last window (NaN if none). */
  recentMs: number;
  /** The same for requests the first server answered (edge hits; all with the CDN off). */
  recentHitMs: number;
  /** Mean of everything answered so far (NaN if none). */
  meanMs: number;
  answered: number;
  errors: number;
}

export const WINDOW_MS = 2000;

/**
 * Each city's latency at time t from the run's frames: the scenario publishes running sums
 * per city, so a window's mean is a difference of two frames, with no per-request data.
 */
export function cityWindows(
  data: RunData,
  t: number,
  ids: readonly string[],
  windowMs = WINDOW_MS,
): CityWindow[] {
  const now = data.frameAt(t);
  const before = data.frameAt(Math.max(0, t - windowMs));
  const gauges = data.layout.gauges;
  const index = (what: CityGauge, id: string) =>
    gauges.findIndex((g) => g.name === cityGaugeName(what, id));
  const read = (f: Frame | undefined, i: number) => (f && i >= 0 ? (f.gauges[i] ?? 0) : 0);
  /** Mean over the window of a (sum, count) pair of running totals. */
  const windowMean = (sum: number, count: number) => {
    const n = read(now, count) - read(before, count);
    return n > 0 ? (read(now, sum) - read(before, sum)) / n : NaN;
  };
  return ids.map((id) => {
    const [ms, ok, err] = [index('ms', id), index('ok', id), index('err', id)];
    const answered = read(now, ok);
    return {
      recentMs: windowMean(ms, ok),
      recentHitMs: windowMean(index('hitMs', id), index('hit', id)),
      meanMs: answered > 0 ? read(now, ms) / answered : NaN,
      answered,
      errors: read(now, err),
    };
  });
}
