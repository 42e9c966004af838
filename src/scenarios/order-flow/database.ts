import {
  DbNode,
  ReadWriteRouter,
  ReplicaSet,
  ShardRouter,
  makeShardKey,
  placerFor,
  type Dist,
  type Sim,
} from '../../engine';
import { NAMES, REGIONS, SIZE, TIMES } from './parts';

/** One region's database: a primary that takes the orders, replicas that answer the reads. */
export interface Shard {
  region: string;
  router: ReadWriteRouter;
  set: ReplicaSet;
  primary: DbNode;
  replicas: DbNode[];
}

export interface Database {
  /** Sends each request to its region's shard: your location picks the shard. */
  router: ShardRouter;
  shards: Shard[];
}

/**
 * The restaurant and order database: sharded by region (the sharding chapter's router and
 * region key), each shard a replica set (the read-replicas chapter's primary, replicas and
 * read/write router). Without replicas every read lands on the primary, as it must.
 */
export function buildDatabase(
  sim: Sim,
  time: (ms: number) => Dist,
  replicasPerShard: number,
): Database {
  const shards = REGIONS.map((r): Shard => {
    const set = new ReplicaSet(sim, {
      name: `${NAMES.shard(r.id)}/set`,
      // Orders are not read back here, so one key is enough: no stale-read bookkeeping.
      keys: 1,
      mode: 'async',
      lag: time(20),
      lagPeriodMs: 1000,
      failoverMs: 5000,
      payeeZipf: 1,
    });
    const node = (name: string, workers: number) =>
      new DbNode(sim, set, {
        name,
        workers,
        queueLimit: SIZE.dbQueue,
        read: time(TIMES.replicaRead),
        write: time(TIMES.primaryWrite),
      });
    const primary = node(NAMES.primary(r.id), SIZE.primaryConnections);
    const replicas = Array.from({ length: replicasPerShard }, (_, i) =>
      node(NAMES.replica(r.id, i), SIZE.replicaConnections),
    );
    const router = new ReadWriteRouter(sim, {
      name: NAMES.shard(r.id),
      set,
      clients: 1,
      readYourWrites: false,
      pinMs: 0,
    });
    for (const n of [primary, ...replicas]) {
      sim.link(router, n, () => TIMES.dbLink, true);
      sim.link(n, router, () => TIMES.dbLink, true);
    }
    return { region: r.id, router, set, primary, replicas };
  });
  const router = new ShardRouter(sim, {
    name: NAMES.shards,
    shards: shards.map((s) => s.router),
    before: placerFor(makeShardKey('region', SIZE.listings), 'modulo', REGIONS.length, 0),
  });
  return { router, shards };
}
