import type { Ms } from '../core/units';
import type { NodeKind } from '../kernel/component';
import type { SeriesPoint } from '../metrics/series';
import type { Sim } from '../kernel/sim';

export interface RequestCounts {
  arrived: number;
  completed: number;
  rejected: number;
  timedOut: number;
  failed: number;
}

export interface LatencyFigures {
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

export interface NodeResult {
  id: string;
  kind: NodeKind;
  arrived: number;
  served: number;
  dropped: number;
  utilization: number;
  queue: { mean: number; max: number };
}

/** The engine's part of a run's results; scenarios add their own figures beside it. */
export interface MetricsSummary {
  simulatedSeconds: number;
  requests: RequestCounts;
  latencyMs: LatencyFigures;
  throughputRps: number;
  nodes: NodeResult[];
  series: SeriesPoint[];
}

/** Rounds for output: enough digits to be useful, few enough that runs diff cleanly. */
export const round = (x: number, digits = 3): number => {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export function summarize(sim: Sim, until: Ms = sim.now): MetricsSummary {
  const m = sim.metrics;
  m.series.flush(until);
  const seconds = until / 1000;
  const lat = m.latency.summary();
  return {
    simulatedSeconds: round(seconds),
    requests: {
      arrived: m.arrived,
      completed: m.completed,
      rejected: m.rejected,
      timedOut: m.timedOut,
      failed: m.failed,
    },
    latencyMs: {
      mean: round(lat.mean),
      p50: round(lat.p50),
      p90: round(lat.p90),
      p95: round(lat.p95),
      p99: round(lat.p99),
      p999: round(lat.p999),
      max: round(lat.max),
    },
    throughputRps: round(seconds > 0 ? m.completed / seconds : 0),
    nodes: sim.nodes().map((c) => {
      const s = c.stats!;
      return {
        id: c.name,
        kind: c.kind,
        arrived: s.arrived,
        served: s.served,
        dropped: s.dropped,
        utilization: round(s.utilization(until), 4),
        queue: { mean: round(s.meanQueue(until)), max: s.maxQueue },
      };
    }),
    series: m.series.points.map((p) => ({
      t: p.t,
      arrivedRps: p.arrivedRps,
      completedRps: p.completedRps,
      erroredRps: p.erroredRps,
      errorRate: round(p.errorRate, 4),
      p50Ms: round(p.p50Ms),
      p95Ms: round(p.p95Ms),
      p99Ms: round(p.p99Ms),
    })),
  };
}
