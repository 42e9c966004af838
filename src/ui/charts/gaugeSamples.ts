import type { RunData } from '../../player/runData';
import { frameIndexAt } from './nodeSamples';

/** One interval of gauge values: counters as a rate per second, levels as read. */
export interface GaugeSample {
  /** End of the interval, in simulated seconds. */
  t: number;
  values: number[];
}

/**
 * Gauge values at about one-second steps up to the playhead, from the run's frames. Counter
 * gauges become rates (the change over the interval divided by its length); level gauges are
 * the value at the end of the interval.
 */
export function sampleGauges(data: RunData, tMs: number, names: readonly string[]): GaugeSample[] {
  const infos = names.map((n) => data.layout.gauges.findIndex((g) => g.name === n));
  const last = frameIndexAt(data, tMs);
  const out: GaugeSample[] = [];
  if (last < 1) return out;
  const step = Math.max(1, Math.round(1000 / (data.layout.frameMs || 1000)));
  const sample = (a: number, b: number) => {
    const f0 = data.frames[a]!;
    const f1 = data.frames[b]!;
    const dt = (f1.t - f0.t) / 1000;
    if (!(dt > 0)) return;
    out.push({
      t: f1.t / 1000,
      values: infos.map((i) => {
        const g = data.layout.gauges[i];
        if (!g) return NaN;
        const v1 = f1.gauges[i] ?? NaN;
        return g.kind === 'counter' ? (v1 - (f0.gauges[i] ?? NaN)) / dt : v1;
      }),
    });
  };
  let a = 0;
  for (let b = step; b <= last; b += step, a += step) sample(a, b);
  if (a < last) sample(a, last);
  return out;
}
