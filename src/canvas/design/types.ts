/**
 * The URL-shortener design format, version 1: the contract between the canvas (which edits
 * designs), the design files in docs/designs/, and the compiler that turns a design into an
 * engine model for the load test. Plain data only: no functions, no classes.
 *
 * Units are in the property names (Ms, PerSec, S). Every number has a sensible default in
 * PART_DEFAULTS; the schema (schema.ts) enforces ranges.
 */
export const DESIGN_VERSION = 1;

export type PartKind =
  | 'clients'
  | 'cdn'
  | 'limiter'
  | 'balancer'
  | 'app'
  | 'cache'
  | 'keygen'
  | 'primary'
  | 'replicas'
  | 'shards'
  | 'queue';

/** Where clients are; latencies come from great-circle distance (engine/model/geo). */
export type Region =
  | 'virginia'
  | 'oregon'
  | 'sao-paulo'
  | 'london'
  | 'frankfurt'
  | 'mumbai'
  | 'singapore'
  | 'tokyo'
  | 'sydney';

export interface ClientsProps {
  region: Region;
  /** Relative share of all traffic (redirects and creates) coming from here. */
  share: number;
}
export interface CdnProps {
  /** Share of redirects answered at the edge (popular links cached there). */
  hitRatio: number;
  edgeMs: number;
}
export interface LimiterProps {
  algorithm: 'token-bucket' | 'sliding-window' | 'fixed-window';
  /** Requests allowed per client per second (sustained). */
  perClientPerSec: number;
  /** Burst allowance (token-bucket capacity). */
  burst: number;
}
export interface BalancerProps {
  strategy: 'round-robin' | 'least-connections' | 'p2c' | 'random';
  healthCheckMs: number;
}
export interface AppProps {
  instances: number;
  /** Requests each instance works on at once. */
  workers: number;
  /** CPU time per request, excluding calls to other parts. */
  serviceMs: number;
}
export interface CacheProps {
  /** Entries held (short code -> long URL). */
  capacity: number;
  ttlS: number;
  opMs: number;
}
export interface KeygenProps {
  /** How short codes are made (see the chapter's write path). */
  strategy: 'hash' | 'counter' | 'key-range';
  /** Codes handed out per range (key-range only). */
  rangeSize: number;
  serviceMs: number;
}
export interface PrimaryProps {
  connections: number;
  readMs: number;
  writeMs: number;
}
export interface ReplicasProps {
  count: number;
  lagMs: number;
  readMs: number;
}
export interface ShardsProps {
  count: number;
  connections: number;
  readMs: number;
  writeMs: number;
}
export interface QueueProps {
  /** Analytics consumers reading redirect events. */
  consumers: number;
  consumerMs: number;
}

export interface PartPropsByKind {
  clients: ClientsProps;
  cdn: CdnProps;
  limiter: LimiterProps;
  balancer: BalancerProps;
  app: AppProps;
  cache: CacheProps;
  keygen: KeygenProps;
  primary: PrimaryProps;
  replicas: ReplicasProps;
  shards: ShardsProps;
  queue: QueueProps;
}

/** One part on the canvas. `id` is unique in the design and stable across edits. */
export type Part = {
  [K in PartKind]: {
    id: string;
    kind: K;
    label: string;
    x: number;
    y: number;
    props: PartPropsByKind[K];
  };
}[PartKind];

/** A wire: requests flow from `from` to `to`. */
export interface Wire {
  id: string;
  from: string;
  to: string;
}

export interface Workload {
  redirectsPerSec: number;
  createsPerSec: number;
  /** Short links that exist (key space for redirects). */
  urls: number;
  /** Zipf exponent of link popularity. */
  zipf: number;
  durationS: number;
}

export interface Design {
  version: typeof DESIGN_VERSION;
  name: string;
  parts: Part[];
  wires: Wire[];
  workload: Workload;
  /** CP choice: a redirect for a link created in the last few seconds reads the primary. */
  readNewLinksFromPrimary: boolean;
}

export const DEFAULT_WORKLOAD: Workload = {
  redirectsPerSec: 10_000,
  createsPerSec: 100,
  urls: 100_000_000,
  zipf: 1.0,
  durationS: 20,
};

/** What a new part starts with: sensible defaults with units in the names. */
export const PART_DEFAULTS: { [K in PartKind]: PartPropsByKind[K] } = {
  clients: { region: 'virginia', share: 1 },
  cdn: { hitRatio: 0.8, edgeMs: 2 },
  limiter: { algorithm: 'token-bucket', perClientPerSec: 50, burst: 100 },
  balancer: { strategy: 'least-connections', healthCheckMs: 2000 },
  app: { instances: 2, workers: 32, serviceMs: 2 },
  cache: { capacity: 1_000_000, ttlS: 3600, opMs: 0.3 },
  keygen: { strategy: 'key-range', rangeSize: 1000, serviceMs: 1 },
  primary: { connections: 100, readMs: 5, writeMs: 10 },
  replicas: { count: 2, lagMs: 200, readMs: 5 },
  shards: { count: 4, connections: 100, readMs: 5, writeMs: 10 },
  queue: { consumers: 2, consumerMs: 1 },
};

/** Human names for the palette and messages. */
export const PART_NAMES: Record<PartKind, string> = {
  clients: 'Clients',
  cdn: 'CDN edge',
  limiter: 'Rate limiter',
  balancer: 'Load balancer',
  app: 'App servers',
  cache: 'Cache',
  keygen: 'Key service',
  primary: 'Database primary',
  replicas: 'Read replicas',
  shards: 'Sharded database',
  queue: 'Queue + analytics',
};
