import { expectedHashTries } from '../codes/hash';
import {
  appLinks,
  designGraph,
  nextParts,
  partsOfKind,
  type AppLinks,
  type DesignGraph,
  type PartOf,
} from './graph';
import type { Design, Part, PartKind } from './types';
import { zipfHeadShare } from './zipfShare';

/** Requests a second arriving at a part; `fresh` are the clicks on brand-new links (in reads). */
export interface Traffic {
  reads: number;
  fresh: number;
  writes: number;
}

/** What one app part does with its traffic, and how long a request holds a worker. */
export interface AppFlow {
  links: AppLinks;
  in: Traffic;
  /** Share of redirects (for existing links) the cache answers, from the Zipf popularity. */
  cacheHitShare: number;
  /** Milliseconds a worker is held per redirect and per create (CPU plus waiting on calls). */
  holdReadMs: number;
  holdWriteMs: number;
  /** Writes per create, code retries included. */
  triesPerCreate: number;
  /** Key service calls per create. */
  keygenPerCreate: number;
}

export interface DesignFlows {
  graph: DesignGraph;
  /** Every part's load: reads and writes a second (see docs/design-format.md per kind). */
  load: Map<string, Traffic>;
  apps: Map<string, AppFlow>;
  /** Share of redirects for existing links answered at each CDN part. */
  edgeHits: Map<string, number>;
}

const zero = (): Traffic => ({ reads: 0, fresh: 0, writes: 0 });
const add = (a: Traffic, b: Traffic, f = 1) => {
  a.reads += b.reads * f;
  a.fresh += b.fresh * f;
  a.writes += b.writes * f;
};

/** Front parts in an order where every part comes after all that feed it. */
const ORDER: readonly PartKind[] = ['clients', 'cdn', 'limiter', 'balancer'];

/**
 * Follows the workload through the design on average: clients by share, edges answering
 * their hit ratio, balancers splitting by instances, app servers asking the cache (hit share
 * from the Zipf popularity), the key service and the databases. No queueing: that is what the
 * load test adds. Never throws, whatever the design.
 */
export function designFlows(d: Design): DesignFlows {
  const g = designGraph(d);
  const load = new Map<string, Traffic>();
  for (const id of g.parts.keys()) load.set(id, zero());
  const at = (id: string) => load.get(id)!;
  const w = d.workload;
  const clients = partsOfKind(g, 'clients');
  const shares = clients.reduce((s, c) => s + Math.max(0, c.props.share), 0);
  for (const c of clients) {
    const f = shares > 0 ? Math.max(0, c.props.share) / shares : 0;
    // Every new link gets one early click, on top of the redirects asked for.
    at(c.id).reads += (w.redirectsPerSec + w.createsPerSec) * f;
    at(c.id).fresh += w.createsPerSec * f;
    at(c.id).writes += w.createsPerSec * f;
  }
  const edgeHits = new Map<string, number>();
  for (const kind of ORDER)
    for (const p of partsOfKind(g, kind)) {
      const out = { ...at(p.id) };
      if (p.kind === 'cdn') {
        const hits = (out.reads - out.fresh) * p.props.hitRatio;
        out.reads -= hits;
        edgeHits.set(p.id, p.props.hitRatio);
      }
      spread(g, p, out, at);
    }
  const apps = new Map<string, AppFlow>();
  for (const app of partsOfKind(g, 'app')) apps.set(app.id, appFlow(g, app, at(app.id), at));
  return { graph: g, load, apps, edgeHits };
}

/** Passes a front part's outgoing traffic on: balancers by instances, the rest evenly. */
function spread(g: DesignGraph, p: Part, out: Traffic, at: (id: string) => Traffic): void {
  const next = nextParts(g, p.id).filter((n) => n.kind !== 'clients' && n.kind !== p.kind);
  if (next.length === 0) return;
  const weight = (n: Part) => (p.kind === 'balancer' && n.kind === 'app' ? n.props.instances : 1);
  const total = next.reduce((s, n) => s + weight(n), 0);
  for (const n of next)
    if (ORDER.includes(n.kind) || n.kind === 'app') add(at(n.id), out, weight(n) / total);
}

function appFlow(
  g: DesignGraph,
  app: PartOf<'app'>,
  t: Traffic,
  at: (id: string) => Traffic,
): AppFlow {
  const links = appLinks(g, app);
  const w = g.design.workload;
  const { cache, store, readers, keygen, queue } = links;
  const hit = cache ? zipfHeadShare(w.urls, Math.min(cache.props.capacity, w.urls), w.zipf) : 0;
  const misses = (t.reads - t.fresh) * (1 - hit) + t.fresh;
  if (cache) {
    at(cache.id).reads += t.reads;
    at(cache.id).writes += misses;
  }
  const toPrimary = readers ? (g.design.readNewLinksFromPrimary ? t.fresh : 0) : misses;
  const toReaders = misses - toPrimary;
  const strategy = keygen?.props.strategy ?? 'hash';
  const tries = strategy === 'hash' ? Math.min(10, expectedHashTries(w.urls)) : 1;
  const keygenPerCreate = !keygen
    ? 0
    : strategy === 'key-range'
      ? 1 / Math.max(1, keygen.props.rangeSize)
      : tries;
  if (store) {
    at(store.id).reads += toPrimary;
    at(store.id).writes += t.writes * tries;
  }
  if (readers) at(readers.id).reads += toReaders;
  if (keygen) at(keygen.id).writes += t.writes * keygenPerCreate;
  if (queue) at(queue.id).writes += t.reads;
  const opMs = cache ? cache.props.opMs : 0;
  const readMs = (part: Part | null) =>
    part && (part.kind === 'primary' || part.kind === 'shards' || part.kind === 'replicas')
      ? part.props.readMs
      : 0;
  const dbRead =
    misses > 0
      ? (toPrimary * readMs(store) + toReaders * readMs(readers)) / misses
      : readMs(readers ?? store);
  const missShare = t.reads > 0 ? misses / t.reads : 1 - hit;
  const holdReadMs = app.props.serviceMs + (cache ? opMs + missShare * (dbRead + opMs) : dbRead);
  const writeMs =
    store && (store.kind === 'primary' || store.kind === 'shards') ? store.props.writeMs : 0;
  const holdWriteMs =
    app.props.serviceMs + keygenPerCreate * (keygen?.props.serviceMs ?? 0) + tries * writeMs;
  return {
    links,
    in: { ...t },
    cacheHitShare: hit,
    holdReadMs,
    holdWriteMs,
    triesPerCreate: tries,
    keygenPerCreate,
  };
}
