import {
  keysPerShard,
  round,
  type LatencyHistogram,
  type Ms,
  type Server,
  type ShardMove,
  type ShardRouter,
  type Sim,
} from '../../engine';
import type { Params } from '../params';
import { num } from '../scenario';
import { placerOf, shardName, shardRps } from './model';

/** Latency of what users asked, by kind, and how many writes and reads were answered. */
export interface ByKind {
  read: LatencyHistogram;
  write: LatencyHistogram;
  query: LatencyHistogram;
  writesOk: number;
  readsOk: number;
}

interface Parts {
  sim: Sim;
  router: ShardRouter;
  move: ShardMove;
  shards: readonly Server[];
  byKind: ByKind;
  adding: boolean;
}

const figures = (h: LatencyHistogram) => ({
  count: h.count,
  p50: round(h.quantile(0.5)),
  p99: round(h.quantile(0.99)),
});

/** The chapter's figures for `--json` and the page's download. */
export function extrasFor(p: Params, parts: Parts, until: Ms): Record<string, unknown> {
  const { sim, router, move, shards, byKind } = parts;
  const seconds = Math.max(1e-9, until / 1000);
  const keys = num(p, 'keys');
  const n = num(p, 'shards');
  const moved = parts.adding && move.started;
  const held = keysPerShard(keys, placerOf(p, moved ? n + 1 : n));
  const total = router.sent.reduce((a, b) => a + b, 0);
  const perShard = shards.map((s, i) => ({
    id: shardName(i),
    requests: router.sent[i]!,
    share: round(total > 0 ? router.sent[i]! / total : 0, 4),
    writes: router.writes[i]!,
    utilisation: round(s.stats!.utilization(until), 4),
    p99Ms: round(router.latency[i]!.quantile(0.99)),
    rejected: s.stats!.dropped,
    keys: held[i] ?? 0,
  }));
  const busiest = perShard.reduce((a, b) => (b.share > a.share ? b : a), perShard[0]!);
  const m = sim.metrics;
  const fan = router.fanOut;
  return {
    shardCapacityRps: round(shardRps(p)),
    offeredRps: round(m.arrived / seconds),
    writesPerS: round(byKind.writesOk / seconds),
    readsPerS: round(byKind.readsOk / seconds),
    errorRate: round((m.rejected + m.timedOut + m.failed) / Math.max(1, m.ended), 4),
    latencyByKind: {
      write: figures(byKind.write),
      read: figures(byKind.read),
      query: figures(byKind.query),
    },
    shards: perShard,
    busiestShard: busiest.id,
    busiestShare: busiest.share,
    keysMovedFraction: round(move.moved.length / keys, 5),
    keysMoved: move.moved.length,
    move: {
      added: moved,
      startedAtS: moved ? round(move.startedAt / 1000) : null,
      finishedAtS: move.finished ? round(move.finishedAt / 1000) : null,
      copiedFraction: round(move.progress, 4),
      retries: move.retries,
    },
    fanOut: {
      queries: fan.finished,
      failed: fan.failed,
      meanMs: round(fan.latency.count ? fan.latency.sum / fan.latency.count : 0),
      p50Ms: round(fan.latency.quantile(0.5)),
      p99Ms: round(fan.latency.quantile(0.99)),
      meanWaitForSlowestMs: round(fan.latency.count ? fan.waitedForSlowest / fan.latency.count : 0),
    },
  };
}
