import type { Frame } from '../../engine';
import type { RunResult } from '../../scenarios/run';
import { errorShare } from '../../scenarios/teaching';

/** The figures compare mode puts side by side, from a frame (so far) or a result (whole run). */
export interface VariantFigures {
  requests: number;
  answered: number;
  errorShare: number;
  p50: number;
  p95: number;
  p99: number;
  throughput: number;
}

export function figuresFromFrame(f: Frame | undefined): VariantFigures | null {
  if (!f) return null;
  const errors = f.rejected + f.timedOut + f.failed;
  const ended = f.completed + errors;
  const l = f.latency;
  return {
    requests: f.arrived,
    answered: f.completed,
    errorShare: ended ? errors / ended : 0,
    p50: l.count ? l.p50 : NaN,
    p95: l.count ? l.p95 : NaN,
    p99: l.count ? l.p99 : NaN,
    throughput: f.t > 0 ? f.completed / (f.t / 1000) : 0,
  };
}

export function figuresFromResult(r: RunResult | null | undefined): VariantFigures | null {
  if (!r) return null;
  return {
    requests: r.requests.arrived,
    answered: r.requests.completed,
    errorShare: errorShare(r),
    p50: r.latencyMs.p50,
    p95: r.latencyMs.p95,
    p99: r.latencyMs.p99,
    throughput: r.throughputRps,
  };
}
