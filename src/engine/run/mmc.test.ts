import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../metrics/histogram';
import { mm1MeanResponse, mm1ResponseQuantile, mmcMeanResponse } from '../analytic/queueing';
import { buildMmc } from './mmc';

// Long runs (>= 1M requests) against closed forms, with fixed seeds so they are repeatable.
// Near saturation successive response times are strongly correlated, so one run of a few
// million requests still wanders by +-2-3% (measured over seeds 1-6 at rho 0.9); there we pool
// independent replications (10M requests), which brings the spread down to well under 1%.
const relErr = (got: number, want: number) => Math.abs(got / want - 1);

function pooledMm1(rho: number, serviceMs: number, requests: number, seeds: number[]) {
  const pooled = new LatencyHistogram();
  const rps = rho * (1000 / serviceMs);
  const durationMs = (requests / rps) * 1000;
  let utilization = 0;
  for (const seed of seeds) {
    const { sim, server } = buildMmc({ seed, rps, serviceMs, c: 1, durationMs });
    sim.runUntil(durationMs);
    pooled.merge(sim.metrics.latency);
    utilization += server.stats!.utilization(durationMs) / seeds.length;
  }
  return { h: pooled, utilization };
}

describe('the engine matches queueing theory', () => {
  it.each([0.5, 0.8, 0.9])(
    'M/M/1 at utilization %f: mean and percentiles within 2 percent',
    (rho) => {
      const serviceMs = 10;
      const mu = 1 / serviceMs;
      const lambda = (rho * 100) / 1000;
      const seeds = rho >= 0.9 ? [11, 12, 13, 14] : [2024];
      const perRun = rho >= 0.9 ? 2_500_000 : 1_000_000;
      const { h, utilization } = pooledMm1(rho, serviceMs, perRun, seeds);
      expect(h.count).toBeGreaterThan(perRun * seeds.length * 0.99);
      expect(relErr(h.mean(), mm1MeanResponse(lambda, mu))).toBeLessThan(0.02);
      for (const q of [0.5, 0.9, 0.95, 0.99]) {
        expect(relErr(h.quantile(q), mm1ResponseQuantile(lambda, mu, q))).toBeLessThan(0.02);
      }
      expect(relErr(utilization, rho)).toBeLessThan(0.01);
    },
  );

  it.each([
    [4, 0.8],
    [8, 0.9],
  ])('M/M/%i at utilization %f: mean response within 2 percent of Erlang C', (c, rho) => {
    const serviceMs = 20;
    const mu = 1 / serviceMs;
    const rps = (rho * c * 1000) / serviceMs;
    const requests = 1_500_000;
    const durationMs = (requests / rps) * 1000;
    const { sim } = buildMmc({ seed: 7, rps, serviceMs, c, durationMs });
    sim.runUntil(durationMs);
    const h = sim.metrics.latency;
    expect(h.count).toBeGreaterThan(requests * 0.99);
    expect(relErr(h.mean(), mmcMeanResponse(rps / 1000, mu, c))).toBeLessThan(0.02);
  });
});
