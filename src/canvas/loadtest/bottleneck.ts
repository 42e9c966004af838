import type { CapacityPlan, LoadTestResult } from '../design/contract';
import { designGraph } from '../design/graph';
import type { Design, Part } from '../design/types';
import { nextParts, partsOfKind } from '../design/graph';
import { toOriginMs } from '../compile/regions';

/** Below this busy share nothing is called a bottleneck (unless requests were lost there). */
export const BUSY_LIMIT = 0.85;

type Bottleneck = NonNullable<LoadTestResult['bottleneck']>;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const num = (x: number) => Math.round(x).toLocaleString('en-US');

/**
 * The part that limits the design: the one asked for the largest share of what it can do,
 * by the capacity plan (demand against capacity, which can pass 100%) or by the run (busy
 * workers, which cannot). Null when every part has room and nothing was turned away.
 */
export function findBottleneck(
  d: Design,
  plan: CapacityPlan,
  parts: LoadTestResult['parts'],
): Bottleneck | null {
  const g = designGraph(d);
  let best: { part: Part; load: number; planned: number; dropped: number } | null = null;
  for (const p of d.parts) {
    if (p.kind === 'clients') continue;
    const row = plan.parts.find((r) => r.partId === p.id);
    const run = parts.find((r) => r.partId === p.id);
    const demand = (row?.readsPerSec ?? 0) + (row?.writesPerSec ?? 0);
    const planned = row && row.capacityPerSec > 0 ? demand / row.capacityPerSec : 0;
    const load = Math.max(planned, run?.utilization ?? 0);
    const dropped = run?.dropped ?? 0;
    // Dropping requests outranks being busy: a part that turns work away limits the design.
    const score = load + (dropped > 0 ? 1 : 0);
    const bestScore = best ? best.load + (best.dropped > 0 ? 1 : 0) : -1;
    if (score > bestScore) best = { part: p, load, planned, dropped };
  }
  if (!best || (best.load < BUSY_LIMIT && best.dropped === 0)) return null;
  const { part, load, planned, dropped } = best;
  const row = plan.parts.find((r) => r.partId === part.id);
  const name = g.nameOf(part.id);
  const asked =
    row && planned > 1
      ? ` (asked for ${num(row.readsPerSec + row.writesPerSec)} a second; it can do about ${num(row.capacityPerSec)})`
      : '';
  const lost = dropped > 0 ? `; it turned ${num(dropped)} requests away` : '';
  return {
    partId: part.id,
    reason: `${name} at ${pct(load)} of its capacity${asked}${lost}.`,
    fix: fixFor(part, row),
  };
}

function fixFor(p: Part, row: CapacityPlan['parts'][number] | undefined): string {
  const need = row && row.instancesNeeded > row.instancesPresent ? row.instancesNeeded : null;
  switch (p.kind) {
    case 'app':
      return `Add app servers${need ? ` (about ${need} for this load)` : ''}, or put a cache in front of the database so each request holds a worker for less time.`;
    case 'primary':
      return (row?.writesPerSec ?? 0) > (row?.readsPerSec ?? 0)
        ? 'Writes dominate: shard the database so each shard takes a part of them.'
        : 'Add a cache or read replicas so most redirects never reach the primary.';
    case 'replicas':
      return `Add replicas${need ? ` (about ${need})` : ''}, or a bigger cache in front of them.`;
    case 'shards':
      return `Add shards${need ? ` (about ${need})` : ''}, or a cache in front of them.`;
    case 'cache':
      return 'Give the cache more capacity or a shorter lookup time; split it over more nodes.';
    case 'keygen':
      return 'Use key ranges: each app server asks the key service once per range instead of once per link.';
    case 'queue':
      return `Add analytics consumers${need ? ` (about ${need})` : ''} or make each event cheaper to record.`;
    case 'limiter':
      return 'Raise the per-user limit: real users are being turned away, not just abusers.';
    case 'balancer':
      return 'Add a second load balancer (DNS can spread over both).';
    case 'cdn':
      return 'Give the edge more capacity, or let more requests through to the origin.';
    case 'clients':
      return '';
  }
}

/**
 * When no part is short of capacity but redirects are still slow, the distance usually is:
 * users far from the origin pay a long round trip on every click the edge does not answer.
 * Names the farthest Clients part with no CDN edge in front, if it is far enough to matter.
 */
export function distanceBottleneck(d: Design, p99Ms: number, limitMs: number): Bottleneck | null {
  if (!(p99Ms >= limitMs)) return null;
  const g = designGraph(d);
  let far: { id: string; region: string; rtt: number } | null = null;
  for (const c of partsOfKind(g, 'clients')) {
    if (c.props.share <= 0 || nextParts(g, c.id).some((n) => n.kind === 'cdn')) continue;
    const rtt = 2 * toOriginMs(c.props.region);
    if (!far || rtt > far.rtt) far = { id: c.id, region: c.props.region, rtt };
  }
  if (!far || far.rtt < limitMs / 5) return null;
  return {
    partId: far.id,
    reason: `${g.nameOf(far.id)} in ${far.region} wait about ${Math.round(far.rtt)} ms for every round trip to the servers in Virginia.`,
    fix: 'Put a CDN edge in front of them so popular links are answered nearby.',
  };
}
