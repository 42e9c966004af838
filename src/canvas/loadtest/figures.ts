import type { KindTally, Ms } from '../../engine';
import { BALANCER_CAPACITY_RPS, LIMITER_CAPACITY_RPS } from '../design/assumptions';
import type { LatencyFigures, LoadTestResult } from '../design/contract';
import type { CompiledDesign } from '../compile';
import type { Design } from '../design/types';

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r1 = (x: number) => Math.round(x * 10) / 10;

/** Count, median, 99th percentile and error share of one kind of request. */
export function latencyFigures(t: KindTally): LatencyFigures {
  const has = t.latency.count > 0;
  return {
    count: t.ended,
    p50Ms: has ? r1(t.latency.quantile(0.5)) : 0,
    p99Ms: has ? r1(t.latency.quantile(0.99)) : 0,
    errorRate: r3(t.errorRate),
  };
}

/**
 * How busy each part was, from the engine's node statistics: the busiest share of workers
 * over the run, averaged over a part's instances (servers, replicas, consumers). Parts that
 * only forward (balancer, limiter) have no workers: their figure is what passed through
 * against what one instance can pass on.
 */
export function partFigures(design: Design, m: CompiledDesign, until: Ms): LoadTestResult['parts'] {
  const seconds = Math.max(1e-9, until / 1000);
  return design.parts.map((p) => {
    const nodes = (m.nodesOf.get(p.id) ?? []).filter((n) => n.stats);
    let served = 0;
    let dropped = 0;
    let util = 0;
    let counted = 0;
    for (const n of nodes) {
      const s = n.stats!;
      served += s.served;
      dropped += s.dropped;
      if (s.capacity > 0) {
        util += s.utilization(until);
        counted++;
      }
    }
    const handledPerSec = served / seconds;
    let utilization = counted > 0 ? util / counted : 0;
    if (p.kind === 'balancer') utilization = handledPerSec / BALANCER_CAPACITY_RPS;
    if (p.kind === 'limiter') utilization = handledPerSec / LIMITER_CAPACITY_RPS;
    return {
      partId: p.id,
      utilization: r3(utilization),
      handledPerSec: r1(handledPerSec),
      dropped,
    };
  });
}
