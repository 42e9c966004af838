import {
  CacheAsideApp,
  CacheAsideStats,
  CacheServer,
  Consumer,
  DbNode,
  Fork,
  ReadWriteRouter,
  ReplicaSet,
  Server,
  ShardRouter,
  StepChain,
  WorkQueueNode,
  constant,
  keyPlacer,
  lognormal,
  makeShardKey,
  makeShardPlacement,
  type Component,
  type Sim,
} from '../../engine';
import {
  CACHE_ENTRIES,
  CACHE_OP_MS,
  CACHE_TTL_MS,
  DB_QUEUE,
  DB_WORKERS,
  KEYS,
  ORDER_ROWS,
  POOL_SIZE,
  QUEUE_WORKERS,
  READ_MS,
  SCRAPER_CLIENT,
  SIDE_WORK_MS,
  WRITE_MS,
  type Plan,
} from './plan';

/** Database node names: "primary" and "replica-1", or per shard "shard-2" and "shard-2-replica-1". */
export function dbName(shard: number, member: number, shards: number): string {
  const base = shards > 1 ? `shard-${shard + 1}` : member === 0 ? 'primary' : '';
  if (member === 0) return base;
  return shards > 1 ? `${base}-replica-${member}` : `replica-${member}`;
}

export interface DbMember {
  node: DbNode;
  set: ReplicaSet;
  shard: number;
  member: number;
}

/** Queries that reached the databases, counted as they left the app's data layer. */
export class QueryCount {
  reads = 0;
  scraperReads = 0;
  orders = 0;
}

export interface DataTier {
  /** Where an app server sends a request's data work. */
  entry: Component;
  cache: CacheServer | null;
  cacheStats: CacheAsideStats | null;
  pool: Server | null;
  queue: WorkQueueNode | null;
  sets: ReplicaSet[];
  members: DbMember[];
  queries: QueryCount;
}

const link = (sim: Sim, a: Component, b: Component) => sim.link(a, b, () => 1);

/**
 * Everything behind the app servers, shaped by the fixes: the cache-aside logic and its cache,
 * reads and orders going their own ways, the order's rows (or one row and a message to the
 * queue's workers), a shared connection pool, and the databases: one primary, or shards, each
 * with read replicas. Each part is the other chapters' own building block.
 */
export function buildDataTier(
  sim: Sim,
  plan: Plan,
  fix: { cache: boolean; pool: boolean; queue: boolean },
): DataTier {
  const sets: ReplicaSet[] = [];
  const members: DbMember[] = [];
  const routers = Array.from({ length: plan.shards }, (_, s) => {
    const set = new ReplicaSet(sim, {
      name: `replication-${s + 1}`,
      keys: KEYS + 1,
      mode: 'async',
      lag: lognormal(50, 0.5),
      lagPeriodMs: 1000,
      failoverMs: 3000,
      payeeZipf: 1,
    });
    const router = new ReadWriteRouter(sim, {
      name: plan.shards > 1 ? `shard-${s + 1}-router` : 'db-router',
      set,
      clients: plan.users,
      readYourWrites: false,
      pinMs: 0,
    });
    for (let m = 0; m <= plan.replicas; m++) {
      const node = new DbNode(sim, set, {
        name: dbName(s, m, plan.shards),
        workers: DB_WORKERS,
        queueLimit: DB_QUEUE,
        read: lognormal(READ_MS, 0.5),
        write: lognormal(WRITE_MS, 0.5),
      });
      link(sim, router, node);
      members.push({ node, set, shard: s, member: m });
    }
    sets.push(set);
    return router;
  });
  let db: Component = routers[0]!;
  if (plan.shards > 1) {
    // Products spread over the shards by a hash of their id.
    const placer = keyPlacer(
      makeShardKey('hash', KEYS),
      makeShardPlacement('modulo', plan.shards, { domain: 2 ** 32, vnodes: 1 }),
    );
    db = new ShardRouter(sim, { name: 'shard-router', shards: routers, before: placer });
    for (const r of routers) link(sim, db, r);
  }
  let pool: Server | null = null;
  if (fix.pool) {
    // A pooler holds the connections: a query waits for a free one, then keeps it until answered.
    pool = new Server(sim, {
      name: 'pool',
      kind: 'service',
      workers: POOL_SIZE,
      queueLimit: Infinity,
      service: constant(0),
      downstream: db,
    });
    link(sim, pool, db);
  }
  const toDb = pool ?? db;

  let queue: WorkQueueNode | null = null;
  let steps: Component[] = Array.from({ length: ORDER_ROWS }, () => toDb);
  if (fix.queue) {
    queue = new WorkQueueNode(sim, { name: 'queue', prefetch: 1 });
    for (let i = 0; i < QUEUE_WORKERS; i++) {
      const worker = new Consumer(sim, {
        name: `worker-${i + 1}`,
        service: lognormal(SIDE_WORK_MS, 0.5),
        retryMs: 100,
      });
      queue.addConsumer(worker);
      link(sim, queue, worker);
    }
    steps = [toDb, queue];
  }
  const orders = new StepChain(sim, { name: 'orders', work: constant(0), steps });
  for (const s of new Set(steps)) link(sim, orders, s);

  const queries = new QueryCount();
  const kinds = new Fork(sim, {
    name: 'reads-writes',
    routes: [toDb, orders],
    route: (req) => {
      if (req.kind === 'write') {
        queries.orders++;
        return 1;
      }
      queries.reads++;
      if (req.client === SCRAPER_CLIENT) queries.scraperReads++;
      return 0;
    },
  });
  link(sim, kinds, toDb);
  link(sim, kinds, orders);

  let entry: Component = kinds;
  let cache: CacheServer | null = null;
  let cacheStats: CacheAsideStats | null = null;
  if (fix.cache) {
    cache = new CacheServer(sim, {
      name: 'cache',
      capacity: CACHE_ENTRIES,
      ttlMs: CACHE_TTL_MS,
      opMs: constant(CACHE_OP_MS),
      workers: 16,
    });
    // The cache starts warm, as after a while in service: every product is in it.
    for (let key = 1; key <= KEYS; key++)
      cache.store.set(key, { version: 0, expiresAt: CACHE_TTL_MS });
    cacheStats = new CacheAsideStats();
    entry = new CacheAsideApp(sim, {
      name: 'cache-aside',
      policy: 'ttl',
      cache,
      db: kinds,
      hotKey: 1,
      stats: cacheStats,
    });
    link(sim, entry, cache);
    link(sim, entry, kinds);
  }
  return { entry, cache, cacheStats, pool, queue, sets, members, queries };
}
