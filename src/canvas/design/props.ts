import type { PartKind, PartPropsByKind, Region, Workload } from './types';

/**
 * What each property of a part accepts: range, unit and a one-line meaning. The schema checks
 * files against these, and the canvas's side panel builds its fields from them, so a value the
 * panel offers is always one a file may hold.
 */
export type PropSpec =
  | {
      type: 'number';
      label: string;
      min: number;
      max: number;
      integer?: boolean;
      unit?: string;
      help: string;
    }
  | { type: 'enum'; label: string; options: readonly string[]; help: string };

export type PropSpecs<T> = { readonly [P in keyof T]-?: PropSpec };

export const REGIONS: readonly Region[] = [
  'virginia',
  'oregon',
  'sao-paulo',
  'london',
  'frankfurt',
  'mumbai',
  'singapore',
  'tokyo',
  'sydney',
];

const num = (
  label: string,
  min: number,
  max: number,
  help: string,
  extra: { integer?: boolean; unit?: string } = {},
): PropSpec => ({ type: 'number', label, min, max, help, ...extra });
const ms = (label: string, min: number, max: number, help: string) =>
  num(label, min, max, help, { unit: 'ms' });
const whole = (label: string, min: number, max: number, help: string, unit?: string) =>
  num(label, min, max, help, unit ? { integer: true, unit } : { integer: true });

export const PROP_SPECS: { readonly [K in PartKind]: PropSpecs<PartPropsByKind[K]> } = {
  clients: {
    region: { type: 'enum', label: 'Region', options: REGIONS, help: 'Where these users are' },
    share: num('Share', 0, 1000, 'Their part of all traffic, relative to other Clients'),
  },
  cdn: {
    hitRatio: num('Hit ratio', 0, 1, 'Share of redirects for known links answered at the edge'),
    edgeMs: ms('Edge time', 0, 1000, 'Time to answer from the edge near the user'),
  },
  limiter: {
    algorithm: {
      type: 'enum',
      label: 'Algorithm',
      options: ['token-bucket', 'sliding-window', 'fixed-window'],
      help: 'How requests are counted against the limit',
    },
    perClientPerSec: num('Limit', 0.1, 1_000_000, 'Requests one user may make per second', {
      unit: 'req/s per user',
    }),
    burst: whole(
      'Burst',
      1,
      10_000_000,
      'Requests a user may send at once (token bucket)',
      'requests',
    ),
  },
  balancer: {
    strategy: {
      type: 'enum',
      label: 'Strategy',
      options: ['round-robin', 'least-connections', 'p2c', 'random'],
      help: 'How the next app server is picked',
    },
    healthCheckMs: ms('Health check', 100, 60_000, 'How often it checks which servers are up'),
  },
  app: {
    instances: whole('Instances', 1, 200, 'App servers running the same code', 'servers'),
    workers: whole('Workers', 1, 1024, 'Requests each server works on at once', 'per server'),
    serviceMs: ms('CPU time', 0.01, 10_000, 'Work per request, not counting calls to other parts'),
  },
  cache: {
    capacity: whole('Capacity', 1, 1_000_000_000, 'Short links it can hold', 'entries'),
    ttlS: num('Time to live', 1, 100_000_000, 'How long a cached link is kept', { unit: 's' }),
    opMs: ms('Lookup time', 0.01, 1000, 'One get or set, network included'),
  },
  keygen: {
    strategy: {
      type: 'enum',
      label: 'Short codes',
      options: ['hash', 'counter', 'key-range'],
      help: 'Hash of the URL, one global counter, or ranges handed to each app server',
    },
    rangeSize: whole('Range size', 1, 10_000_000, 'Codes in each range (key-range only)', 'codes'),
    serviceMs: ms('Service time', 0.01, 1000, 'Work per call to the key service'),
  },
  primary: {
    connections: whole('Connections', 1, 10_000, 'Queries it runs at once', 'connections'),
    readMs: ms('Read time', 0.01, 10_000, 'One lookup of a short code'),
    writeMs: ms('Write time', 0.01, 10_000, 'One insert of a new link'),
  },
  replicas: {
    count: whole('Replicas', 1, 32, 'Copies answering reads', 'replicas'),
    lagMs: ms('Lag', 0, 600_000, 'How long a new link takes to reach a replica, on average'),
    readMs: ms('Read time', 0.01, 10_000, 'One lookup of a short code'),
  },
  shards: {
    count: whole('Shards', 1, 256, 'Databases the links are split over by code', 'shards'),
    connections: whole('Connections', 1, 10_000, 'Queries each shard runs at once', 'per shard'),
    readMs: ms('Read time', 0.01, 10_000, 'One lookup of a short code'),
    writeMs: ms('Write time', 0.01, 10_000, 'One insert of a new link'),
  },
  queue: {
    consumers: whole('Consumers', 1, 256, 'Analytics workers reading click events', 'consumers'),
    consumerMs: ms('Work per event', 0.01, 10_000, 'Time to record one click'),
  },
};

export const WORKLOAD_SPECS: PropSpecs<Workload> = {
  redirectsPerSec: num('Redirects', 0, 50_000, 'Clicks on short links each second', {
    unit: 'req/s',
  }),
  createsPerSec: num('Creates', 0, 5_000, 'New short links made each second', { unit: 'req/s' }),
  urls: whole('Links', 1, 100_000_000_000, 'Short links that already exist', 'links'),
  zipf: num(
    'Popularity skew',
    0,
    3,
    'Zipf exponent: 0 all links alike, 1 a few links get most clicks',
  ),
  durationS: num('Duration', 1, 120, 'Simulated seconds the load test runs', { unit: 's' }),
};

/** The most parts and wires a design may have (a file with more is refused). */
export const MAX_PARTS = 200;
export const MAX_WIRES = 1000;
/** Ids name engine parts and appear in commands ("kill:app.2@5"), so they stay plain. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
export const MAX_LABEL = 80;
