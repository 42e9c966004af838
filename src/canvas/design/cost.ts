import { BYTES_PER_LINK } from './assumptions';
import type { LoadTestResult } from './contract';
import type { Design, Part } from './types';

/**
 * Monthly prices per part, round figures of the kind a cloud bill shows (see
 * docs/design-format.md, "Prices"). They are for comparing designs, not for budgeting a
 * company: what matters is that servers, databases and edge traffic cost different amounts.
 */
export const PRICES = {
  appInstanceUsd: 70,
  balancerUsd: 25,
  limiterUsd: 40,
  cdnBaseUsd: 20,
  /** Per million requests reaching the edge. */
  cdnPerMillionUsd: 0.1,
  cacheBaseUsd: 50,
  /** Per GB of cache memory (entries x bytes per link). */
  cachePerGbUsd: 10,
  keygenUsd: 35,
  primaryUsd: 400,
  replicaUsd: 400,
  shardUsd: 250,
  /** Per GB-month of stored links, per copy. */
  storagePerGbUsd: 0.1,
  queueBrokerUsd: 100,
  consumerUsd: 35,
} as const;

export const SECONDS_PER_MONTH = 30 * 24 * 3600;

export type MonthlyCost = LoadTestResult['monthlyCost'];

const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * What the design would cost a month, part by part. `edgeRequestsPerSec` is what reaches each
 * CDN part (from the capacity plan); storage counts one copy per database node.
 */
export function monthlyCost(
  d: Design,
  edgeRequestsPerSec: (partId: string) => number,
): MonthlyCost {
  const gb = (d.workload.urls * BYTES_PER_LINK) / 1e9;
  const parts = d.parts.map((p) => ({ partId: p.id, ...priceOf(p, gb, edgeRequestsPerSec(p.id)) }));
  const totalUsd = Math.round(parts.reduce((s, p) => s + p.usd, 0) * 100) / 100;
  return { totalUsd, parts };
}

function priceOf(p: Part, gb: number, edgeRps: number): { usd: number; note: string } {
  const P = PRICES;
  const round = (x: number) => Math.round(x * 100) / 100;
  switch (p.kind) {
    case 'clients':
      return { usd: 0, note: 'users pay for their own devices' };
    case 'cdn': {
      const millions = (edgeRps * SECONDS_PER_MONTH) / 1e6;
      return {
        usd: round(P.cdnBaseUsd + millions * P.cdnPerMillionUsd),
        note: `$${P.cdnBaseUsd} + ${fmt(millions)} million requests x $${P.cdnPerMillionUsd}`,
      };
    }
    case 'limiter':
      return { usd: P.limiterUsd, note: 'one small instance' };
    case 'balancer':
      return { usd: P.balancerUsd, note: 'a managed load balancer' };
    case 'app':
      return {
        usd: p.props.instances * P.appInstanceUsd,
        note: `${p.props.instances} x $${P.appInstanceUsd}`,
      };
    case 'cache': {
      const mem = (p.props.capacity * BYTES_PER_LINK) / 1e9;
      return {
        usd: round(P.cacheBaseUsd + mem * P.cachePerGbUsd),
        note: `$${P.cacheBaseUsd} + ${fmt(mem)} GB x $${P.cachePerGbUsd}`,
      };
    }
    case 'keygen':
      return { usd: P.keygenUsd, note: 'one small instance' };
    case 'primary':
      return {
        usd: round(P.primaryUsd + gb * P.storagePerGbUsd),
        note: `$${P.primaryUsd} + ${fmt(gb)} GB stored`,
      };
    case 'replicas':
      return {
        usd: round(p.props.count * (P.replicaUsd + gb * P.storagePerGbUsd)),
        note: `${p.props.count} x ($${P.replicaUsd} + ${fmt(gb)} GB stored)`,
      };
    case 'shards': {
      const each = gb / p.props.count;
      return {
        usd: round(p.props.count * (P.shardUsd + each * P.storagePerGbUsd)),
        note: `${p.props.count} x ($${P.shardUsd} + ${fmt(each)} GB stored)`,
      };
    }
    case 'queue':
      return {
        usd: P.queueBrokerUsd + p.props.consumers * P.consumerUsd,
        note: `broker $${P.queueBrokerUsd} + ${p.props.consumers} consumers x $${P.consumerUsd}`,
      };
  }
}
