import type { FixId } from './params';

/** Short names for the fixes, as buttons and summaries say them. */
export const FIX_LABELS: Record<FixId, string> = {
  lb: 'Load balancer',
  pool: 'Connection pool',
  cache: 'Cache',
  replicas: 'Read replicas',
  cdn: 'CDN',
  queue: 'Message queue',
  shards: 'Shards',
  limiter: 'Rate limiter',
};

/** One line on what each fix does to this system. */
export const FIX_WORDS: Record<FixId, string> = {
  lb: 'Spreads requests over a fleet of app servers that grows with the users (one per 400).',
  pool: 'A shared pooler holds 50 connections and lends them to every server.',
  cache: 'Keeps 5,000 popular products in memory; reads look there first.',
  replicas: 'Two read-only copies of each database answer the reads.',
  cdn: 'Copies of the files in edge servers in each users’ city.',
  queue: 'An order writes one row while the customer waits; workers do the rest later.',
  shards: 'Splits the products over four databases, each with its own writes.',
  limiter: 'Each client may send 5 requests a second (bursts of 20); the rest get a 429.',
};

/** "850 ms", "2.4 s". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/** "37%"; below 1%, one decimal ("0.4%"). */
export function formatShare(x: number): string {
  const pct = x * 100;
  return pct > 0 && pct < 1 ? `${pct.toFixed(1)}%` : `${Math.round(pct)}%`;
}

export const formatCount = (n: number): string => Math.round(n).toLocaleString('en-US');
