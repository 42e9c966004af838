import {
  DEFAULT_WORKLOAD,
  DESIGN_VERSION,
  PART_DEFAULTS,
  PART_NAMES,
  type Design,
  type Part,
  type PartKind,
  type PartPropsByKind,
} from './types';

/**
 * The three sample designs, also kept as files in docs/designs/ (a test checks they match):
 * a naive one that fails at 10,000 redirects a second, a cached one that copes until a server
 * dies, and a fully scaled one that passes the main challenge.
 */
function part<K extends PartKind>(
  kind: K,
  id: string,
  x: number,
  y: number,
  props: Partial<PartPropsByKind[K]> = {},
  label: string = PART_NAMES[kind],
): Part {
  return { id, kind, label, x, y, props: { ...PART_DEFAULTS[kind], ...props } } as Part;
}

const wires = (...pairs: Array<[string, string]>) =>
  pairs.map(([from, to]) => ({ id: `${from}-${to}`, from, to }));

const base = {
  version: DESIGN_VERSION as typeof DESIGN_VERSION,
  workload: { ...DEFAULT_WORKLOAD },
  readNewLinksFromPrimary: false,
};

export const NAIVE: Design = {
  ...base,
  name: 'Naive: one server, one database',
  parts: [
    part('clients', 'users', 0, 100),
    part('app', 'app', 250, 100, { instances: 1 }, 'App server'),
    part('primary', 'db', 500, 100),
  ],
  wires: wires(['users', 'app'], ['app', 'db']),
};

export const CACHED: Design = {
  ...base,
  name: 'Cached: two servers and a cache',
  parts: [
    part('clients', 'users', 0, 100),
    part('app', 'app', 250, 100, { instances: 2 }),
    part('cache', 'cache', 500, 0),
    part('primary', 'db', 750, 100),
  ],
  wires: wires(['users', 'app'], ['app', 'cache'], ['cache', 'db'], ['app', 'db']),
};

export const SCALED: Design = {
  ...base,
  name: 'Scaled: edge, balancer, cache, replicas, key ranges, analytics',
  parts: [
    part('clients', 'users', 0, 150),
    part('cdn', 'edge', 180, 150, { hitRatio: 0.8 }),
    part('limiter', 'limiter', 360, 150),
    part('balancer', 'lb', 540, 150),
    part('app', 'app', 720, 150, { instances: 4 }),
    part('cache', 'cache', 930, 0, { capacity: 2_000_000 }),
    part('keygen', 'keys', 930, 300, { strategy: 'key-range', rangeSize: 1000 }),
    part('primary', 'db', 1140, 150),
    part('replicas', 'replicas', 1350, 150, { count: 2 }),
    part('queue', 'clicks', 930, 420, { consumers: 4 }),
  ],
  wires: wires(
    ['users', 'edge'],
    ['edge', 'limiter'],
    ['limiter', 'lb'],
    ['lb', 'app'],
    ['app', 'cache'],
    ['cache', 'replicas'],
    ['app', 'db'],
    ['app', 'keys'],
    ['app', 'clicks'],
    ['db', 'replicas'],
  ),
};

export type SampleId = 'naive' | 'cached' | 'scaled';

export const SAMPLE_DESIGNS: Readonly<Record<SampleId, Design>> = {
  naive: NAIVE,
  cached: CACHED,
  scaled: SCALED,
};
