import type { FixId } from './params';
import { formatCount, formatMs, formatShare } from './words';

/**
 * The bottleneck finder: reads a run's figures and names the first part that is saturated,
 * why, and the fixes that address it; `none` once the latency is acceptable. Pure, so the
 * CLI, the page and the tests all reach the same verdict from the same numbers.
 */

/** Acceptable: people's p99 under a second, under 1% errors, far users' files in 100 ms. */
export const P99_LIMIT_MS = 1000;
export const ERROR_LIMIT = 0.01;
export const FAR_FILES_LIMIT_MS = 100;
/** A part busier than this is saturated: its line grows faster than it drains. */
export const SATURATED = 0.85;
/** A client behind this share of a saturated part's work is the problem, not the part. */
export const ABUSE_SHARE = 0.3;

export const BOTTLENECKS = [
  'app-cpu',
  'connections',
  'db-reads',
  'db-writes',
  'abuse',
  'far-latency',
  'outage',
  'slow',
] as const;
export type BottleneckId = (typeof BOTTLENECKS)[number];

export const BOTTLENECK_LABELS: Record<BottleneckId, string> = {
  'app-cpu': 'App server CPU',
  connections: 'Database connections',
  'db-reads': 'Database reads',
  'db-writes': 'Database writes',
  abuse: 'An abusive client',
  'far-latency': 'Latency for far-away users',
  outage: 'A part is down',
  slow: 'Slow, with no part saturated',
};

/** The chapter's standard fixes for each bottleneck. */
export const FIXES_FOR: Record<BottleneckId, readonly FixId[]> = {
  'app-cpu': ['lb'],
  connections: ['pool'],
  'db-reads': ['cache', 'replicas'],
  'db-writes': ['queue', 'shards'],
  abuse: ['limiter'],
  'far-latency': ['cdn'],
  outage: [],
  slow: [],
};

export interface DbFigure {
  name: string;
  role: 'primary' | 'replica';
  /** Share of its workers busy over the measured window, 0..1. */
  busy: number;
  /** Share of its work that was writing rows, 0..1. */
  writeShare: number;
  alive: boolean;
}

/** What the finder reads: one run's figures over its measured window. */
export interface GrowthFigures {
  users: number;
  /** People's requests only (the scraper's are not counted here). */
  p50Ms: number;
  p99Ms: number;
  errorShare: number;
  far: { share: number; filesP50Ms: number; files: number };
  app: {
    servers: number;
    /** Share of the app workers busy (computing, or holding a thread while data comes). */
    busy: number;
    /** Share of that busy time that was processor work. */
    cpuShare: number;
    /** Share of the app's requests that came from the scraper. */
    scraperShare: number;
  };
  connections: {
    pooled: boolean;
    /** Connections the app servers want, and how many the database accepts. */
    wanted: number;
    limit: number;
    /** Servers the database turned away, and the share of data requests that failed so. */
    refusedServers: number;
    refusedShare: number;
  };
  db: DbFigure[];
  scraper: { present: boolean; rps: number; dbShare: number };
  /** Parts that were down at the end of the run. */
  down: string[];
}

export interface Verdict {
  bottleneck: BottleneckId | 'none';
  /** The part that broke ('' for none). */
  part: string;
  reason: string;
  fixes: readonly FixId[];
  acceptable: boolean;
}

export function isAcceptable(f: GrowthFigures): boolean {
  const farOk = f.far.files === 0 || f.far.filesP50Ms <= FAR_FILES_LIMIT_MS;
  return f.p99Ms < P99_LIMIT_MS && f.errorShare < ERROR_LIMIT && farOk;
}

const verdict = (bottleneck: BottleneckId, part: string, reason: string): Verdict => ({
  bottleneck,
  part,
  reason,
  fixes: FIXES_FOR[bottleneck],
  acceptable: false,
});

const pct = formatShare;

/** Names the first saturated part along a request's path, or none when all is well. */
export function findBottleneck(f: GrowthFigures): Verdict {
  const slow = `People's p99 is ${formatMs(f.p99Ms)} and ${pct(f.errorShare)} of requests fail.`;
  if (isAcceptable(f))
    return {
      bottleneck: 'none',
      part: '',
      reason: `Nothing is saturated: p99 ${formatMs(f.p99Ms)}, ${pct(f.errorShare)} errors${f.far.files > 0 ? `, far-away users get files in ${formatMs(f.far.filesP50Ms)}` : ''}.`,
      fixes: [],
      acceptable: true,
    };

  const app = f.app;
  const appPart = app.servers > 1 ? `the ${app.servers} app servers` : 'the app server';
  if (app.busy >= SATURATED && app.cpuShare >= 0.5) {
    if (app.scraperShare >= ABUSE_SHARE)
      return verdict(
        'abuse',
        appPart,
        `One client, a scraper sending ${formatCount(f.scraper.rps)} requests a second, makes ${pct(app.scraperShare)} of the requests to ${appPart}, which are busy ${pct(app.busy)} of the time. Everyone else waits behind it. ${slow}`,
      );
    return verdict(
      'app-cpu',
      appPart,
      `${cap(appPart)} ${app.servers > 1 ? 'are' : 'is'} busy ${pct(app.busy)} of the time, mostly computing pages: requests wait in line for a worker. ${slow}`,
    );
  }

  const c = f.connections;
  if (!c.pooled && c.refusedShare >= ERROR_LIMIT)
    return verdict(
      'connections',
      'the database connections',
      `${app.servers} app servers want ${formatCount(c.wanted)} connections of their own (${formatCount(c.wanted / Math.max(1, app.servers))} each), but a database accepts ${formatCount(c.limit)}. ${cap(formatCount(c.refusedServers))} server${c.refusedServers === 1 ? ' was' : 's were'} turned away and fail${c.refusedServers === 1 ? 's' : ''} every request they get: ${pct(c.refusedShare)} of data requests.`,
    );

  const hot = f.db.filter((d) => d.alive && d.busy >= SATURATED).sort((a, b) => b.busy - a.busy)[0];
  if (hot) {
    const where = `the database ${hot.name}`;
    if (f.scraper.dbShare >= ABUSE_SHARE)
      return verdict(
        'abuse',
        where,
        `${cap(where)} is busy ${pct(hot.busy)}, and ${pct(f.scraper.dbShare)} of the databases' work is one scraper crawling the catalogue (${formatCount(f.scraper.rps)} requests a second) that no cache can help with. ${slow}`,
      );
    if (hot.role === 'primary' && hot.writeShare >= 0.5)
      return verdict(
        'db-writes',
        where,
        `${cap(where)} is busy ${pct(hot.busy)}, ${pct(hot.writeShare)} of it writing rows: every order writes its rows there while the customer waits, and only a primary can take writes. ${slow}`,
      );
    return verdict(
      'db-reads',
      where,
      `${cap(where)} is busy ${pct(hot.busy)}, ${pct(1 - hot.writeShare)} of it answering reads: people browse far more than they buy, and every page view asks the database. ${slow}`,
    );
  }

  if (f.down.length > 0 && f.errorShare >= ERROR_LIMIT)
    return verdict(
      'outage',
      f.down.join(', '),
      `${f.down.join(', ')} ${f.down.length === 1 ? 'is' : 'are'} down: ${pct(f.errorShare)} of requests fail. Restart ${f.down.length === 1 ? 'it' : 'them'}; replicas would let a copy take over a dead primary.`,
    );

  if (f.far.files > 0 && f.far.filesP50Ms > FAR_FILES_LIMIT_MS)
    return verdict(
      'far-latency',
      'the distance to far-away users',
      `${pct(f.far.share)} of users are in Mumbai and Sydney. Half of their file requests take over ${formatMs(f.far.filesP50Ms)}: each crosses some 13,000 to 16,000 km of fibre to Virginia and back, and no server upgrade makes light faster.`,
    );

  return verdict('slow', '', `${slow} No single part is saturated over the measured window.`);
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
