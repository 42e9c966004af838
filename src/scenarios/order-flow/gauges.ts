import { counterGauge, levelGauge, type Gauge } from '../../engine';
import type { OrderFlowModel } from './model';

/** Gauge names the charts and the picture read. */
export const GAUGE = {
  orderP99: 'order-p99',
  browseP99: 'browse-p99',
  orderErrors: 'order-errors',
  browseErrors: 'browse-errors',
  abuserLimited: 'abuser-limited',
  abuserThrough: 'abuser-through',
  primaryBusy: 'primary-busy',
  replicaBusy: 'replica-busy',
  dbWaiting: 'db-waiting',
  primaryReads: 'primary-reads',
  replicaReads: 'replica-reads',
  cacheHits: 'cache-hits',
  logLag: 'log-lag',
} as const;

/** The busiest node's share of connections in use, in percent (0 when there are none). */
function busiestPercent(
  nodes: ReadonlyArray<{ stats: { busy: number; capacity: number } | null }>,
) {
  let best = 0;
  for (const n of nodes) {
    const s = n.stats;
    if (s && s.capacity > 0) best = Math.max(best, (100 * s.busy) / s.capacity);
  }
  return best;
}

/** Reads answered by primaries (true) or by replicas (false), over every shard. */
export function readsOn(m: OrderFlowModel, primaries: boolean): number {
  let n = 0;
  for (const s of m.db.shards)
    s.set.members.forEach((member, i) => {
      if ((i === s.set.primary) === primaries) n += member.reads;
    });
  return n;
}

/** What the scale charts draw: how customers fare, the abuser, the database, the cache, the log. */
export function orderFlowGauges(m: OrderFlowModel): Gauge[] {
  const t = m.tallies;
  const now = () => m.sim.now;
  const primaries = m.db.shards.map((s) => s.primary);
  const replicas = m.db.shards.flatMap((s) => s.replicas);
  const level = levelGauge;
  const counter = counterGauge;
  return [
    level(GAUGE.orderP99, 'Orders, p99', 'ms', () => t.orders.recentP99.read(now())),
    level(GAUGE.browseP99, 'Browsing, p99', 'ms', () => t.browse.recentP99.read(now())),
    counter(GAUGE.orderErrors, 'Customers’ orders failed', 'orders', () => t.orders.errors),
    counter(GAUGE.browseErrors, 'Customers’ browsing failed', 'requests', () => t.browse.errors),
    counter(GAUGE.abuserLimited, 'Abuser turned away (429)', 'requests', () => t.abuser.limited),
    counter(GAUGE.abuserThrough, 'Abuser’s orders placed', 'orders', () => t.abuser.ok),
    level(GAUGE.primaryBusy, 'Busiest primary', '%', () => busiestPercent(primaries)),
    level(GAUGE.replicaBusy, 'Busiest replica', '%', () => busiestPercent(replicas)),
    level(GAUGE.dbWaiting, 'Queries waiting', 'queries', () =>
      [...primaries, ...replicas].reduce((s, n) => s + n.queueLength, 0),
    ),
    counter(GAUGE.primaryReads, 'Reads on primaries', 'reads', () => readsOn(m, true)),
    counter(GAUGE.replicaReads, 'Reads on replicas', 'reads', () => readsOn(m, false)),
    counter(GAUGE.cacheHits, 'Answered by the cache', 'reads', () => m.cacheAside.figures.hits),
    level(GAUGE.logLag, 'Events not yet handled', 'events', () =>
      m.events ? m.events.broker.groups.reduce((s, g) => s + g.offsets.lag, 0) : 0,
    ),
  ];
}
