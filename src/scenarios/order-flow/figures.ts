import { LevelProbe, round, type Ms } from '../../engine';
import { budgetOf, type Budget } from './budget';
import { readsOn } from './gauges';
import type { OrderFlowModel } from './model';
import { JOBS } from './parts';
import type { Tally } from './tally';

/** The chapter's round trip, from tapping the app to "Order confirmed". */
export const ROUND_TRIP_LIMIT_MS = 2000;

/** Samplers added before the run: how far behind the consumers fell at worst. */
export function orderFlowProbes(m: OrderFlowModel) {
  const log = m.events?.broker;
  return {
    lag: log
      ? new LevelProbe(m.sim, '__log-lag', () => log.groups.reduce((s, g) => s + g.offsets.lag, 0))
      : null,
  };
}

const tallyFigures = (t: Tally) => ({
  sent: t.sent,
  ok: t.ok,
  errors: t.errors,
  limited: t.limited,
  errorShare: round(t.errorShare, 4),
  p50: round(t.latency.count ? t.latency.quantile(0.5) : NaN),
  p99: round(t.latency.count ? t.latency.quantile(0.99) : NaN),
});

/** Your order's budget in the shape of the results: ms per step, rounded to the microsecond. */
export function budgetFigures(b: Budget) {
  const ms = (x: number) => round(x, 3);
  return {
    budgetMs: Object.fromEntries(b.steps.map((s) => [s.id, ms(s.ms)])),
    budget: {
      outcome: b.outcome,
      failedLeg: b.failedLeg,
      startedAtMs: ms(b.startedAt),
      totalMs: ms(b.totalMs),
      underTwoSeconds: b.outcome === 'ok' && b.totalMs < ROUND_TRIP_LIMIT_MS,
      complete: b.complete,
      steps: b.steps.map((s) => ({ id: s.id, startMs: ms(s.t0), ms: ms(s.ms) })),
      afterConfirmation: Object.fromEntries(
        b.background.map((s) => [s.part, { startMs: ms(s.t0), ms: ms(s.ms) }]),
      ),
    },
  };
}

/** Everything the page and the CLI's --json report beyond the shared metrics. */
export function orderFlowExtras(
  m: OrderFlowModel,
  probes: ReturnType<typeof orderFlowProbes>,
  until: Ms,
): Record<string, unknown> {
  const util = (nodes: ReadonlyArray<{ stats: { utilization(t: Ms): number } | null }>) =>
    round(Math.max(0, ...nodes.map((n) => n.stats?.utilization(until) ?? 0)), 4);
  const primaries = m.db.shards.map((s) => s.primary);
  const replicas = m.db.shards.flatMap((s) => s.replicas);
  const f = m.cacheAside.figures;
  const log = m.events;
  return {
    mode: m.mode,
    disabled: [...m.off],
    ...budgetFigures(budgetOf(m)),
    customers: { orders: tallyFigures(m.tallies.orders), browse: tallyFigures(m.tallies.browse) },
    abuser: tallyFigures(m.tallies.abuser),
    cache: { hits: f.hits, misses: f.misses, hitRatio: round(f.hitRatio, 4), dbReads: f.dbReads },
    database: {
      writes: m.db.shards.reduce((s, x) => s + x.set.log.length, 0),
      readsOnPrimaries: readsOn(m, true),
      readsOnReplicas: readsOn(m, false),
      busiestPrimaryUtilization: util(primaries),
      busiestReplicaUtilization: replicas.length ? util(replicas) : null,
      longestQueue: Math.max(0, ...[...primaries, ...replicas].map((n) => n.stats!.maxQueue)),
    },
    log: log
      ? {
          events: log.broker.stats!.arrived,
          maxLag: probes.lag?.max ?? 0,
          endLag: log.broker.groups.reduce((s, g) => s + g.offsets.lag, 0),
        }
      : null,
    jobsDone: Object.fromEntries(JOBS.map((j) => [j.id, m.services.get(j.id)!.stats!.served])),
    limiterTurnedAway: m.limiter?.stats?.dropped ?? 0,
  };
}
