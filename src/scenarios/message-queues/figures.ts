import { LevelProbe, round, type Gauge } from '../../engine';
import { DRAWN_PARTITIONS, JOBS, RUSH_AT_S, RUSH_ORDERS, type Job } from './jobs';
import type { OrderModel } from './model';

const WAITING_LABEL = { sync: 'in line', rabbitmq: 'in queue', kafka: 'lag' } as const;

/** Gauge names the view reads. */
export const gaugeName = {
  backlog: (job: Job['id']) => `backlog-${job}`,
  processed: (job: Job['id']) => `processed-${job}`,
  lastWait: 'last-wait',
  end: (p: number) => `end-p${p}`,
  lag: (job: Job['id'], p: number) => `lag-${job}-p${p}`,
};

/** Per-frame numbers: each job's backlog and progress, and for Kafka each partition's offsets. */
export function orderGauges(m: OrderModel): Gauge[] {
  const gauges: Gauge[] = [];
  for (const j of JOBS) {
    gauges.push({
      name: gaugeName.backlog(j.id),
      label: `${j.short} ${WAITING_LABEL[m.mode]}`,
      unit: 'messages',
      kind: 'level',
      read: () => m.backlog(j.id),
    });
  }
  for (const j of JOBS) {
    gauges.push({
      name: gaugeName.processed(j.id),
      label: `${j.short} done`,
      unit: 'orders',
      kind: 'counter',
      read: () => m.processed(j.id),
    });
  }
  gauges.push({
    name: gaugeName.lastWait,
    label: "Latest customer's wait",
    unit: 'ms',
    kind: 'level',
    read: m.lastWait,
  });
  const log = m.log;
  if (log) {
    const drawn = Math.min(DRAWN_PARTITIONS, log.log.partitions);
    for (let p = 0; p < drawn; p++) {
      gauges.push({
        name: gaugeName.end(p),
        label: `Partition ${p} end offset`,
        unit: 'offset',
        kind: 'level',
        read: () => log.log.endOffset(p),
      });
      for (const j of JOBS) {
        const g = log.group(j.id)!;
        gauges.push({
          name: gaugeName.lag(j.id, p),
          label: `${j.short} lag in partition ${p}`,
          unit: 'events',
          kind: 'level',
          read: () => g.offsets.lagOf(p),
        });
      }
    }
  }
  return gauges;
}

/** Samplers for peaks and the rush's drain time, added to the model before it runs. */
export function orderProbes(m: OrderModel, consumers: number, spike: boolean) {
  const perJob = new Map(
    JOBS.map((j) => [j.id, new LevelProbe(m.sim, `__backlog-${j.id}`, () => m.backlog(j.id))]),
  );
  const deepest = new LevelProbe(m.sim, '__backlog-max', () =>
    Math.max(...JOBS.map((j) => m.backlog(j.id))),
  );
  // Drained: every job back to at most one message per worker.
  if (spike) deepest.mark(RUSH_AT_S * 1000, consumers);
  return { perJob, deepest };
}

/** The chapter's figures for the results (the CLI's --json and the page's download). */
export function orderExtras(
  m: OrderModel,
  probes: ReturnType<typeof orderProbes>,
  spike: boolean,
): Record<string, unknown> {
  const metrics = m.sim.metrics;
  const lat = metrics.latency.summary();
  const byJob = <T>(f: (j: Job) => T) => Object.fromEntries(JOBS.map((j) => [j.id, f(j)]));
  const lagMax = Math.max(...JOBS.map((j) => probes.perJob.get(j.id)!.max));
  const ends = JOBS.map((j) => m.backlog(j.id));
  const drained = probes.deepest.drainedAt;
  return {
    mode: m.mode,
    orders: {
      placed: metrics.arrived,
      confirmed: metrics.completed,
      failed: metrics.failed + metrics.timedOut + metrics.rejected,
    },
    userLatencyMs: {
      mean: round(lat.count ? lat.mean : NaN),
      p50: round(lat.count ? lat.p50 : NaN),
      p99: round(lat.count ? lat.p99 : NaN),
    },
    queueDepthMax: lagMax,
    consumerLag: {
      max: lagMax,
      end: Math.max(...ends),
      byGroup: byJob((j) => ({ max: probes.perJob.get(j.id)!.max, end: m.backlog(j.id) })),
    },
    processed: byJob((j) => m.processed(j.id)),
    uniqueOrders: byJob((j) => m.unique(j.id)),
    redelivered: m.redelivered(),
    lostUnread: m.lostUnread(),
    // Only with the rush on; drainedAfterS is null when the backlog had not drained by the end.
    ...(spike
      ? {
          rush: {
            atS: RUSH_AT_S,
            orders: RUSH_ORDERS,
            drainedAfterS: drained === null ? null : round((drained - RUSH_AT_S * 1000) / 1000, 1),
          },
        }
      : {}),
  };
}
