import { USER_REGIONS, regionOf } from '../../engine';

/** Parts a learner can switch off, in the order the panel lists them. */
export const SWITCHABLE = ['cdn', 'cache', 'replicas', 'limiter', 'queue'] as const;
export type Switchable = (typeof SWITCHABLE)[number];

export const MODES = ['walkthrough', 'scale'] as const;
export type Mode = (typeof MODES)[number];

/** The four services that act on an order event, in the order a synchronous API calls them. */
export const JOBS = [
  { id: 'restaurant', label: 'Restaurant', does: 'tells the kitchen', note: 'kitchen', ms: 400 },
  { id: 'delivery', label: 'Delivery', does: 'finds the nearest rider', note: 'riders', ms: 1200 },
  {
    id: 'analytics',
    label: 'Analytics',
    does: 'logs it for dashboards',
    note: 'dashboards',
    ms: 50,
  },
  { id: 'loyalty', label: 'Loyalty', does: 'works out the cashback', note: 'cashback', ms: 250 },
] as const;
export type JobId = (typeof JOBS)[number]['id'];

/** The shards: one per region of the sharding chapter, keyed by where the restaurants are. */
export const REGIONS = USER_REGIONS.map((r) => ({
  id: r.name.toLowerCase(),
  label: r.name,
  weight: r.weight,
}));

/**
 * Mean times of each step, in ms. The walkthrough uses them exactly, so its waterfall shows
 * the chapter's figures (files from the edge ~50 ms, a cache hit 0.5 ms); at scale they vary.
 */
export const TIMES = {
  /** Phone to the edge server in your city, each way, and the edge sending the files. */
  edgeLink: 1,
  edgeServe: 48,
  /** Phone to the data centre over the mobile network, each way. */
  mobile: 40,
  /** The balancer handing the request to a server. */
  balancer: 0.5,
  /** An app server's own work for a read ("restaurants near me") and for an order. */
  appRead: 4,
  appWrite: 6,
  /** A cache operation, network round trip included. */
  cacheOp: 0.5,
  /** Between the shard router and a database node, each way. */
  dbLink: 0.5,
  /** A nearby-restaurants query on a replica, and the order transaction on the primary. */
  replicaRead: 25,
  primaryWrite: 45,
  /** The limiter checking your count (a counter in memory). */
  limiter: 1,
  /** The order service checking the order before writing it. */
  validate: 8,
  /** To the log and back: the event is appended and acknowledged. */
  logLink: 2.5,
  /** The log handing an event to a consumer, and the consumer taking it on. */
  deliver: 0.5,
  take: 0.5,
  /** The order service and a job's service, each way, when it calls it directly. */
  serviceLink: 1,
} as const;

/** Capacities at scale: enough for the default load with every part on, and not much more. */
export const SIZE = {
  appServers: 8,
  appWorkers: 64,
  appQueue: 256,
  cacheEntries: 20_000,
  cacheTtlMs: 5_000,
  primaryConnections: 40,
  replicaConnections: 24,
  replicasPerShard: 2,
  dbQueue: 1_000,
  partitions: 8,
  /** Background services scale out: they are mostly waiting on riders, tablets, banks. */
  serviceWorkers: 10_000,
  /** Restaurant listings: one per neighbourhood and filter, a few much more popular. */
  listings: 20_000,
  listingZipf: 0.9,
  customers: 20_000,
  /** Per customer: a burst of 10 orders, then one a second. */
  limitBurst: 10,
  limitPerSec: 1,
  timeoutMs: 5_000,
} as const;

/** Component names, shared by the model, the budget, the view and the tests. */
export const NAMES = {
  you: 'you',
  neighbour: 'neighbour',
  customers: 'customers',
  abuser: 'abuser',
  edge: 'edge',
  origin: 'origin',
  lb: 'balancer',
  app: (i: number) => `app-${i + 1}`,
  paths: 'paths',
  cacheAside: 'cache-aside',
  cache: 'cache',
  shards: 'shards',
  shard: (region: string) => `db-${region}`,
  primary: (region: string) => `db-${region}-primary`,
  replica: (region: string, i: number) => `db-${region}-replica-${i + 1}`,
  limiter: 'limiter',
  orders: 'orders',
  log: 'log',
  reader: (job: JobId, i: number) => `${job}-reader-${i + 1}`,
  handOff: (job: JobId) => `${job}-handoff`,
  service: (job: JobId) => job,
} as const;

/** Client ids: the abuser is 0, "you" 1, everybody else from 2 on. */
export const ABUSER_CLIENT = 0;
export const YOUR_CLIENT = 1;

/** Your neighbourhood's listing: the most popular one in India (region 0). */
export const YOUR_AREA = (() => {
  for (let k = 1; ; k++) if (regionOf(k) === 0) return k;
})();
