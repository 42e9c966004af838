import {
  LatencyHistogram,
  OpenLoopSource,
  Server,
  ShardMove,
  ShardRouter,
  Sim,
  TAG_HEAVY,
  Outcome,
  makeProfile,
  type Request,
} from '../../engine';
import { num, type Scenario } from '../scenario';
import { gaugesFor } from './gauges';
import {
  BATCH_INTERVAL_MS,
  CLIENT_TIMEOUT_MS,
  SHARD_QUEUE_LIMIT,
  SHARD_WORKERS,
  addsShard,
  batchKeys,
  placerOf,
  shardName,
  shardRps,
  shardService,
} from './model';
import { params } from './params';
import { extrasFor, type ByKind } from './results';

export const sharding: Scenario = {
  id: 'sharding',
  title: 'Splitting the filing cabinet',
  tagline: 'Many databases, each holding part of the data',
  order: 7,
  durationS: 20,
  params,
  notices(p) {
    const out: string[] = [];
    const shards = num(p, 'shards');
    if (p.shardKey === 'region' && shards > 5)
      out.push('There are only 5 regions, so at most 5 shards hold data; the rest sit idle.');
    if (p.placement !== 'consistent-hash' && num(p, 'vnodes') !== 256)
      out.push('Virtual nodes only matter with consistent-hash placement.');
    const most = shards * shardRps(p);
    if (num(p, 'rps') > most)
      out.push(
        `${num(p, 'rps')} requests/s is more than ${shards} shards can finish (about ${Math.round(most)}/s): lines will grow.`,
      );
    return out;
  },
  build(p, ctx) {
    const sim = new Sim({ seed: ctx.seed, traceCapacity: ctx.traceCapacity });
    const n = num(p, 'shards');
    const adding = addsShard(p, ctx.durationMs);
    const before = placerOf(p, n);
    const after = placerOf(p, n + 1);
    const shards = Array.from(
      { length: adding ? n + 1 : n },
      (_, i) =>
        new Server(sim, {
          name: shardName(i),
          kind: 'database',
          workers: SHARD_WORKERS,
          queueLimit: SHARD_QUEUE_LIMIT,
          service: shardService(p, sim.rng.stream(`${shardName(i)}/service`)),
        }),
    );
    const router = new ShardRouter(sim, {
      name: 'router',
      shards,
      before,
      ...(adding ? { after } : {}),
      spansShards: (req) => req.tag === TAG_HEAVY,
    });
    const keys = num(p, 'keys');
    // The what-if (which keys one more shard would move) is reported even without a move.
    const move = new ShardMove(sim, {
      name: 'mover',
      router,
      shards,
      before,
      after,
      keys,
      startAt: adding ? num(p, 'addShardAtS') * 1000 : Infinity,
      batchKeys: batchKeys(p),
      intervalMs: BATCH_INTERVAL_MS,
    });
    const byKind: ByKind = {
      read: new LatencyHistogram(),
      write: new LatencyHistogram(),
      query: new LatencyHistogram(),
      writesOk: 0,
      readsOk: 0,
    };
    const onEnd = (req: Request) => {
      if (req.outcome !== Outcome.ok) return;
      const ms = req.finishedAt - req.createdAt;
      if (req.tag === TAG_HEAVY) byKind.query.record(ms);
      else if (req.kind === 'write') {
        byKind.write.record(ms);
        byKind.writesOk++;
      } else {
        byKind.read.record(ms);
        byKind.readsOk++;
      }
    };
    const rps = num(p, 'rps');
    const hot = num(p, 'hotKeyShare');
    const profile = makeProfile('constant', ctx.durationMs);
    const common = { profile, target: router, timeoutMs: CLIENT_TIMEOUT_MS, onEnd };
    const writeRatio = num(p, 'writeRatio');
    // Everyone else: users 1..keys-1, equally likely. The celebrity's fans all ask about user 0.
    const users = new OpenLoopSource(sim, {
      ...common,
      name: 'users',
      rps: rps * (1 - hot),
      writeRatio,
      keys: keys - 1,
      zipf: 0,
    });
    const fans = new OpenLoopSource(sim, { ...common, name: 'fans', rps: rps * hot, writeRatio });
    const analysts = new OpenLoopSource(sim, {
      ...common,
      name: 'analysts',
      rps: num(p, 'queryRps'),
      heavyFraction: 1,
    });
    // Fixed network hops: 1 ms from clients to the router, 0.5 ms on to a shard.
    for (const s of [users, fans, analysts]) sim.link(s, router, () => 1);
    for (const s of shards) sim.link(router, s, () => 0.5);
    return {
      sim,
      expectedRps: rps + num(p, 'queryRps'),
      gauges: gaugesFor(router, move, byKind, shards.length),
      extras: (until) => extrasFor(p, { sim, router, move, shards, byKind, adding }, until),
    };
  },
};
