import {
  Consumer,
  KeyService,
  LinkGroup,
  LinkShards,
  WarmCache,
  WorkQueueNode,
  constant,
  lognormal,
  type Component,
} from '../../engine';
import {
  CACHE_WORKERS,
  DB_CV,
  DB_QUEUE_LIMIT,
  FAILOVER_MS,
  KEYGEN_QUEUE_LIMIT,
  KEYGEN_WORKERS,
  LAG_CV,
  LAG_PERIOD_MS,
  QUEUE_PREFETCH,
  RECENT_LINK_MS,
} from '../design/assumptions';
import { partsOfKind, type PartOf } from '../design/graph';
import type { Part } from '../design/types';
import { keyIssuer } from './codeMakers';
import type { CompileContext } from './context';

/**
 * The parts behind the app servers, built once each however many app servers use them:
 * databases (with their replicas), caches, key services and queues.
 */
export class DataParts {
  private readonly stores = new Map<string, Component>();
  private readonly caches = new Map<string, WarmCache>();
  private readonly keygens = new Map<string, KeyService>();
  private readonly queues = new Map<string, WorkQueueNode>();

  constructor(private readonly cx: CompileContext) {}

  /** The replicas part that copies `store`, if any (validation allows one). */
  private replicasOf(store: Part): PartOf<'replicas'> | null {
    const g = this.cx.graph;
    return (
      partsOfKind(g, 'replicas').find((r) =>
        (g.in.get(r.id) ?? []).some((w) => w.from === store.id),
      ) ?? null
    );
  }

  /** A primary (one LinkGroup) or a sharded database (a LinkGroup per shard, routed by key). */
  store(p: PartOf<'primary'> | PartOf<'shards'>, readReplicas: boolean): Component {
    const have = this.stores.get(p.id);
    if (have) return have;
    const r = this.replicasOf(p);
    const group = (name: string, replicaName: (i: number) => string, partId: string) => {
      const g = new LinkGroup(this.cx.sim, {
        name,
        replicaNames: Array.from({ length: r?.props.count ?? 0 }, (_, i) => replicaName(i + 1)),
        connections: p.props.connections,
        queueLimit: DB_QUEUE_LIMIT,
        readMs: lognormal(p.props.readMs, DB_CV),
        writeMs: lognormal(p.props.writeMs, DB_CV),
        replicas: r?.props.count ?? 0,
        replicaReadMs: lognormal(r?.props.readMs ?? p.props.readMs, DB_CV),
        lag: lognormal(Math.max(0.001, r?.props.lagMs ?? 0), LAG_CV),
        lagPeriodMs: LAG_PERIOD_MS,
        failoverMs: FAILOVER_MS,
        book: this.cx.book,
        freshFromPrimaryMs: this.cx.design.readNewLinksFromPrimary ? RECENT_LINK_MS : 0,
        readReplicas,
      });
      this.cx.own(partId, g.writer);
      if (r) for (const n of g.replicaNodes) this.cx.own(r.id, n);
      return g;
    };
    let node: Component;
    if (p.kind === 'primary') node = group(p.id, (i) => `${r?.id}.${i}`, p.id);
    else {
      const shards = Array.from({ length: p.props.count }, (_, s) =>
        group(`${p.id}.s${s + 1}`, (i) => `${r?.id}.s${s + 1}.${i}`, p.id),
      );
      node = new LinkShards(this.cx.sim, `${p.id}/router`, shards);
    }
    this.stores.set(p.id, node);
    return node;
  }

  cache(p: PartOf<'cache'>): WarmCache {
    let c = this.caches.get(p.id);
    if (c) return c;
    const warmTop = Math.min(p.props.capacity, this.cx.book.existing);
    c = new WarmCache(this.cx.sim, {
      name: p.id,
      capacity: p.props.capacity,
      ttlMs: p.props.ttlS * 1000,
      opMs: lognormal(p.props.opMs, 0.3),
      workers: CACHE_WORKERS,
      // The most popular links are the lowest ranks; the cache holds as many as fit.
      warm: (key) => key <= warmTop,
    });
    this.caches.set(p.id, this.cx.own(p.id, c));
    return c;
  }

  keygen(p: PartOf<'keygen'>): KeyService {
    let k = this.keygens.get(p.id);
    if (k) return k;
    k = new KeyService(this.cx.sim, {
      name: p.id,
      workers: KEYGEN_WORKERS,
      queueLimit: KEYGEN_QUEUE_LIMIT,
      service: constant(p.props.serviceMs),
      issue: keyIssuer(p.props, this.cx.book.existing),
    });
    this.keygens.set(p.id, this.cx.own(p.id, k));
    return k;
  }

  queue(p: PartOf<'queue'>): WorkQueueNode {
    let q = this.queues.get(p.id);
    if (q) return q;
    q = new WorkQueueNode(this.cx.sim, { name: p.id, prefetch: QUEUE_PREFETCH });
    this.cx.own(p.id, q, false);
    for (let i = 1; i <= p.props.consumers; i++)
      q.addConsumer(
        this.cx.own(
          p.id,
          new Consumer(this.cx.sim, {
            name: `${p.id}.${i}`,
            service: lognormal(p.props.consumerMs, 0.5),
            retryMs: 100,
          }),
        ),
      );
    this.queues.set(p.id, q);
    return q;
  }
}
