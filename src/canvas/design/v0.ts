import * as v from 'valibot';
import { ID_PATTERN } from './props';
import { DESIGN_VERSION, type PartKind, type Region } from './types';

/**
 * Format version 0: the early draft, kept readable so old files still open. It named things
 * differently and used other units (per minute, microseconds, seconds, percent), had no
 * wire ids and wrote consistency as "AP" / "CP". `migrateV0` turns it into version 1's
 * shape, which the version 1 schema then checks like any file.
 *
 *   { "format": "scale-lab-draft", "rev": 0, "title": "...",
 *     "nodes": [{ "key": "a", "type": "appServer", "pos": [x, y], "settings": {...} }],
 *     "edges": [{ "source": "a", "target": "b" }],
 *     "load": { "readsPerMin": 600000, "writesPerMin": 6000, "links": 1e8, "skew": 1, "seconds": 20 },
 *     "consistency": "AP" }
 */
export const V0_TYPES = {
  users: 'clients',
  edge: 'cdn',
  throttle: 'limiter',
  lb: 'balancer',
  appServer: 'app',
  redis: 'cache',
  idService: 'keygen',
  db: 'primary',
  replica: 'replicas',
  shardedDb: 'shards',
  kafka: 'queue',
} as const satisfies Record<string, PartKind>;
export type V0Type = keyof typeof V0_TYPES;

export const V0_REGIONS = {
  'us-east': 'virginia',
  'us-west': 'oregon',
  brazil: 'sao-paulo',
  uk: 'london',
  germany: 'frankfurt',
  india: 'mumbai',
  singapore: 'singapore',
  japan: 'tokyo',
  australia: 'sydney',
} as const satisfies Record<string, Region>;

export const V0_ALGOS = {
  token: 'token-bucket',
  sliding: 'sliding-window',
  fixed: 'fixed-window',
} as const;
export const V0_LB_MODES = {
  rr: 'round-robin',
  leastconn: 'least-connections',
  p2c: 'p2c',
  random: 'random',
} as const;
export const V0_ID_MODES = { md5: 'hash', sequence: 'counter', ranges: 'key-range' } as const;

const n = v.optional(v.number('must be a number'));
const pick = <T extends Record<string, string>>(m: T) =>
  v.optional(
    v.picklist(
      Object.keys(m) as [string, ...string[]],
      `must be one of ${Object.keys(m).join(', ')}`,
    ),
  );

const nodeSchema = v.object({
  key: v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty')),
  type: v.picklist(
    Object.keys(V0_TYPES) as [V0Type, ...V0Type[]],
    `must be one of ${Object.keys(V0_TYPES).join(', ')}`,
  ),
  caption: v.optional(v.string('must be a string')),
  pos: v.optional(v.tuple([v.number(), v.number()], 'must be [x, y]')),
  settings: v.optional(
    v.object({
      location: pick(V0_REGIONS),
      weight: n,
      hitPercent: n,
      latencyMs: n,
      algo: pick(V0_ALGOS),
      ratePerMin: n,
      burst: n,
      mode: v.optional(v.string('must be a string')),
      checkEverySec: n,
      count: n,
      threads: n,
      cpuMicros: n,
      maxEntries: n,
      ttlMin: n,
      latencyMicros: n,
      blockSize: n,
      pool: n,
      readMicros: n,
      writeMicros: n,
      copies: n,
      lagSec: n,
      shards: n,
      poolEach: n,
      workers: n,
      msPerEvent: n,
    }),
    {},
  ),
});

export const designSchemaV0 = v.object({
  format: v.literal('scale-lab-draft', 'must be "scale-lab-draft"'),
  rev: v.literal(0, 'must be 0'),
  title: v.optional(v.string('must be a string')),
  nodes: v.array(nodeSchema, 'must be a list'),
  edges: v.optional(
    v.array(v.object({ source: v.string(), target: v.string() }), 'must be a list'),
    [],
  ),
  load: v.optional(
    v.object({ readsPerMin: n, writesPerMin: n, links: n, skew: n, seconds: n }),
    {},
  ),
  consistency: v.optional(v.picklist(['AP', 'CP'], 'must be "AP" or "CP"'), 'AP'),
});
export type DesignV0 = v.InferOutput<typeof designSchemaV0>;

/** A version 0 file says so with its draft markers. */
export const isV0 = (obj: Record<string, unknown>): boolean =>
  obj.rev === 0 || obj.format === 'scale-lab-draft';

type Settings = NonNullable<DesignV0['nodes'][number]['settings']>;

/** Drops undefined values, so the version 1 schema fills its defaults for what v0 left out. */
const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined));
const scale = (x: number | undefined, f: number) => (x === undefined ? undefined : x * f);
const div = (x: number | undefined, d: number) => (x === undefined ? undefined : x / d);
const lookup = <T extends Record<string, string>>(m: T, k: string | undefined) =>
  k !== undefined && k in m ? m[k as keyof T] : k;

function propsOf(type: V0Type, s: Settings): Record<string, unknown> {
  switch (type) {
    case 'users':
      return defined({ region: lookup(V0_REGIONS, s.location), share: s.weight });
    case 'edge':
      return defined({ hitRatio: div(s.hitPercent, 100), edgeMs: s.latencyMs });
    case 'throttle':
      return defined({
        algorithm: lookup(V0_ALGOS, s.algo),
        perClientPerSec: div(s.ratePerMin, 60),
        burst: s.burst,
      });
    case 'lb':
      return defined({
        strategy: lookup(V0_LB_MODES, s.mode),
        healthCheckMs: scale(s.checkEverySec, 1000),
      });
    case 'appServer':
      return defined({ instances: s.count, workers: s.threads, serviceMs: div(s.cpuMicros, 1000) });
    case 'redis':
      return defined({
        capacity: s.maxEntries,
        ttlS: scale(s.ttlMin, 60),
        opMs: div(s.latencyMicros, 1000),
      });
    case 'idService':
      return defined({
        strategy: lookup(V0_ID_MODES, s.mode),
        rangeSize: s.blockSize,
        serviceMs: div(s.latencyMicros, 1000),
      });
    case 'db':
      return defined({
        connections: s.pool,
        readMs: div(s.readMicros, 1000),
        writeMs: div(s.writeMicros, 1000),
      });
    case 'replica':
      return defined({
        count: s.copies,
        lagMs: scale(s.lagSec, 1000),
        readMs: div(s.readMicros, 1000),
      });
    case 'shardedDb':
      return defined({
        count: s.shards,
        connections: s.poolEach,
        readMs: div(s.readMicros, 1000),
        writeMs: div(s.writeMicros, 1000),
      });
    case 'kafka':
      return defined({ consumers: s.workers, consumerMs: s.msPerEvent });
  }
}

/** A v0 key as a v1 id: invalid characters become "-", and repeats get a suffix. */
function idsFor(keys: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const key of keys) {
    if (out.has(key)) continue;
    let base = key.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 34) || 'part';
    if (!ID_PATTERN.test(base)) base = 'part';
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
    used.add(id);
    out.set(key, id);
  }
  return out;
}

/** Version 0 to version 1's shape (not yet checked against version 1's ranges). */
export function migrateV0(
  raw: unknown,
): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  const r = v.safeParse(designSchemaV0, raw);
  if (!r.success)
    return {
      ok: false,
      errors: r.issues.slice(0, 12).map((i) => {
        const path = (i.path ?? [])
          .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
          .join('')
          .replace(/^\./, '');
        return `${path || 'the file'}: ${i.message}`;
      }),
    };
  const d = r.output;
  const ids = idsFor(d.nodes.map((x) => x.key));
  const keys = new Set(d.nodes.map((x) => x.key));
  const errors: string[] = [];
  d.edges.forEach((e, i) => {
    for (const end of [e.source, e.target])
      if (!keys.has(end)) errors.push(`edges[${i}]: there is no node "${end.slice(0, 40)}"`);
  });
  if (errors.length > 0) return { ok: false, errors };
  const seen = new Set<string>();
  const parts = d.nodes
    .filter((x) => !seen.has(x.key) && seen.add(x.key))
    .map((x, i) => {
      const kind = V0_TYPES[x.type];
      return {
        id: ids.get(x.key)!,
        kind,
        ...(x.caption !== undefined ? { label: x.caption } : {}),
        // The draft had no layout of its own for nodes without a position: a simple grid.
        x: x.pos?.[0] ?? (i % 5) * 200,
        y: x.pos?.[1] ?? Math.floor(i / 5) * 150,
        props: propsOf(x.type, x.settings),
      };
    });
  const load = d.load;
  return {
    ok: true,
    value: {
      version: DESIGN_VERSION,
      ...(d.title !== undefined ? { name: d.title } : {}),
      parts,
      wires: d.edges.map((e, i) => ({
        id: `w${i + 1}`,
        from: ids.get(e.source)!,
        to: ids.get(e.target)!,
      })),
      workload: defined({
        redirectsPerSec: div(load.readsPerMin, 60),
        createsPerSec: div(load.writesPerMin, 60),
        urls: load.links,
        zipf: load.skew,
        durationS: load.seconds,
      }),
      readNewLinksFromPrimary: d.consistency === 'CP',
    },
  };
}
