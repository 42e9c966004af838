import type { Ms } from '../../engine';
import type { RunData } from '../../player/runData';

/** The cache's figures at the playhead, read from the run's frames (gauges). */
export interface CacheReading {
  hits: number;
  misses: number;
  dbReads: number;
  staleReads: number;
  entries: number;
  /** Share of reads answered by the cache over the last second, 0..1 (NaN with no reads). */
  recentHitRatio: number;
  /** Database reads per second over the last second. */
  recentDbReadsPerSec: number;
}

/** Reads the caching scenario's gauges at time t; null before the run has frames. */
export function readCache(data: RunData | null | undefined, t: Ms): CacheReading | null {
  const now = data?.frameAt(t);
  if (!data || !now) return null;
  const before = data.frameAt(Math.max(0, t - 1000)) ?? now;
  const index = (name: string) => data.layout.gauges.findIndex((g) => g.name === name);
  const at = (frame: typeof now, name: string) => frame.gauges[index(name)] ?? 0;
  const delta = (name: string) => at(now, name) - at(before, name);
  const seconds = (now.t - before.t) / 1000;
  const recentReads = delta('hits') + delta('misses');
  return {
    hits: at(now, 'hits'),
    misses: at(now, 'misses'),
    dbReads: at(now, 'dbReads'),
    staleReads: at(now, 'staleReads'),
    entries: at(now, 'entries'),
    recentHitRatio: recentReads > 0 ? delta('hits') / recentReads : NaN,
    recentDbReadsPerSec: seconds > 0 ? delta('dbReads') / seconds : NaN,
  };
}
