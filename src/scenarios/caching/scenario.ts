import {
  CacheAsideApp,
  CacheAsideStats,
  CacheServer,
  OpenLoopSource,
  Sim,
  VersionedDatabase,
  constant,
  lognormal,
  makeProfile,
  round,
  type CachePolicy,
  type Gauge,
  type LatencyHistogram,
  type Ms,
} from '../../engine';
import type { Params } from '../params';
import { bool, num, str, type Scenario } from '../scenario';
import { cachingParams } from './params';

/** Queries allowed to wait for a database connection before new ones are turned away. */
export const DB_QUEUE_LIMIT = 2000;
/** How long a user waits before giving up. */
export const CLIENT_TIMEOUT_MS = 10_000;
/** Operations the cache works on at once. */
export const CACHE_WORKERS = 16;
/** Spread of database query times (coefficient of variation): most fall within 0.4x to 2x. */
const DB_CV = 0.5;

/** Requests per second the database can finish at most: connections / query time. */
export const dbCapacityRps = (p: Params): number =>
  (num(p, 'dbConnections') * 1000) / num(p, 'dbMs');

const mean = (h: LatencyHistogram) => round(h.count > 0 ? h.sum / h.count : 0);

function gaugesOf(f: CacheAsideStats, cache: CacheServer): Gauge[] {
  const counter = (name: string, label: string, read: () => number): Gauge => ({
    name,
    label,
    unit: 'reads',
    kind: 'counter',
    read,
  });
  return [
    counter('hits', 'Answered by the cache', () => f.hits),
    counter('misses', 'Missed the cache', () => f.misses),
    counter('dbReads', 'Database reads', () => f.dbReads),
    counter('staleReads', 'Stale reads', () => f.staleReads),
    counter('hotKeyDbReads', 'Database reads of the hottest key', () => f.hotKeyDbReads),
    {
      name: 'entries',
      label: 'Entries cached',
      unit: 'entries',
      kind: 'level',
      read: () => cache.store.size,
    },
  ];
}

function extrasOf(f: CacheAsideStats, cache: CacheServer, until: Ms): Record<string, unknown> {
  const seconds = Math.max(1e-9, until / 1000);
  const hitMs = mean(f.hitLatency);
  const missMs = mean(f.missLatency);
  return {
    hitRatio: round(f.hitRatio, 4),
    dbReadShare: round(f.reads > 0 ? f.dbReads / f.reads : 0, 4),
    readsPerSec: round(f.reads / seconds),
    dbReadsPerSec: round(f.dbReads / seconds),
    staleReads: f.staleReads,
    maxStaleMs: round(f.maxStaleMs),
    hitMs,
    missMs,
    // How many times faster a hit is than a miss (the chapter's "100x").
    hitSpeedup: hitMs > 0 ? round(missMs / hitMs, 1) : null,
    writeMs: { mean: mean(f.writeLatency), p99: round(f.writeLatency.quantile(0.99)) },
    writeCacheMs: round(f.writes > 0 ? f.writeCacheMs / f.writes : 0),
    coalesced: f.coalesced,
    maxSameKeyDbReads: f.maxSameKeyDbReads,
    hotKeyDbReads: f.hotKeyDbReads,
    fillsRefused: f.fillsRefused,
    evictions: cache.store.evictions,
    entries: cache.store.size,
  };
}

export const caching: Scenario = {
  id: 'caching',
  title: 'The sticky note on the fridge',
  tagline: 'A cache in front of the database: speed bought with freshness',
  order: 3,
  durationS: 30,
  params: cachingParams,
  notices(p) {
    const out: string[] = [];
    const policy = str<CachePolicy>(p, 'policy');
    if (policy === 'none')
      out.push('Policy is none: there is no cache, so cache size, TTL and coalescing do nothing.');
    else {
      if (policy !== 'ttl')
        out.push(
          `Time to live applies to the ttl policy only; with ${policy} entries stay until evicted or changed.`,
        );
      if (num(p, 'capacity') >= num(p, 'keys'))
        out.push('The cache has room for every key, so nothing is ever evicted.');
      if (num(p, 'cacheMs') >= num(p, 'dbMs'))
        out.push('The cache is no faster than the database here, so a hit saves no time.');
    }
    if (num(p, 'writeRatio') >= 1)
      out.push('Every request is a write: nothing is read, so the cache has nothing to do.');
    return out;
  },
  build(p, ctx) {
    const sim = new Sim({ seed: ctx.seed, traceCapacity: ctx.traceCapacity });
    const policy = str<CachePolicy>(p, 'policy');
    const dbMs = num(p, 'dbMs');
    const stats = new CacheAsideStats();
    const db = new VersionedDatabase(sim, {
      name: 'db',
      connections: num(p, 'dbConnections'),
      queueLimit: DB_QUEUE_LIMIT,
      readMs: lognormal(dbMs, DB_CV),
      writeMs: lognormal(dbMs, DB_CV),
    });
    const cache = new CacheServer(sim, {
      name: 'cache',
      capacity: num(p, 'capacity'),
      ttlMs: policy === 'ttl' ? num(p, 'ttlMs') : Infinity,
      opMs: constant(num(p, 'cacheMs')),
      workers: CACHE_WORKERS,
      ledger: db.ledger,
    });
    const keys = num(p, 'keys');
    const app = new CacheAsideApp(sim, {
      name: 'app',
      policy,
      cache,
      db,
      coalesce: bool(p, 'coalesce'),
      // The workload numbers keys by popularity from 1; a single key is key 0.
      hotKey: keys > 1 ? 1 : 0,
      stats,
    });
    const rps = num(p, 'rps');
    new OpenLoopSource(sim, {
      name: 'users',
      rps,
      profile: makeProfile('constant', ctx.durationMs),
      target: app,
      timeoutMs: CLIENT_TIMEOUT_MS,
      writeRatio: num(p, 'writeRatio'),
      keys,
      zipf: num(p, 'zipf'),
    });
    return {
      sim,
      expectedRps: rps,
      gauges: gaugesOf(stats, cache),
      extras: (until) => extrasOf(stats, cache, until),
    };
  },
};
