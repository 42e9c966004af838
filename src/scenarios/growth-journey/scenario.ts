import { round, type Gauge } from '../../engine';
import type { Scenario } from '../scenario';
import { findBottleneck } from './bottleneck';
import { figuresOf } from './figures';
import { has, params } from './params';
import {
  CONNECTIONS_PER_SERVER,
  DB_MAX_CONNECTIONS,
  SCRAPER_FROM_USERS,
  expectedRps,
  farShare,
  planOf,
} from './plan';
import { buildSystem, type GrowthSystem } from './system';

/** Names of the gauges the charts read. */
export const G = {
  appBusy: 'appBusy',
  dbBusy: 'dbBusy',
  refused: 'refused',
  limited: 'limited',
  scraper: 'scraper',
  farSlow: 'farSlow',
} as const;

function gaugesOf(s: GrowthSystem): Gauge[] {
  const level = (name: string, label: string, read: () => number): Gauge => ({
    name,
    label,
    unit: '%',
    kind: 'level',
    read,
  });
  const counter = (name: string, label: string, read: () => number): Gauge => ({
    name,
    label,
    unit: 'requests',
    kind: 'counter',
    read,
  });
  const share = (parts: ReadonlyArray<{ stats: { busy: number; capacity: number } | null }>) => {
    let busy = 0;
    let cap = 0;
    for (const p of parts) {
      busy += p.stats?.busy ?? 0;
      cap += p.stats?.capacity ?? 0;
    }
    return cap > 0 ? (100 * busy) / cap : 0;
  };
  return [
    level(G.appBusy, 'App servers busy', () => share(s.servers)),
    level(G.dbBusy, 'Busiest database busy', () =>
      Math.max(0, ...s.data.members.map((m) => share([m.node]))),
    ),
    counter(G.refused, 'Refused: no database connection', () => s.noConnection.refused),
    counter(G.limited, 'Turned away by the rate limiter', () => s.limiter?.stats?.dropped ?? 0),
    counter(G.scraper, 'Scraper requests reaching the app', () => s.cpu.scraperRequests),
    counter(G.farSlow, 'Far users’ files over 100 ms', () => s.tally.farSlowFiles),
  ];
}

export const growthJourney: Scenario = {
  id: 'growth-journey',
  title: 'Which bottleneck breaks first?',
  tagline: 'Grow the lemonade stand from 100 to 100,000 users, one fix at a time',
  order: 11,
  durationS: 12,
  params,
  notices(p) {
    const plan = planOf(p);
    const out: string[] = [];
    if (has(p, 'limiter') && !plan.scraper)
      out.push(
        `No client sends too much yet: the scraper finds the app at ${SCRAPER_FROM_USERS.toLocaleString('en-US')} users, so the rate limiter has nobody to stop.`,
      );
    if (has(p, 'cdn') && farShare(plan.users) === 0)
      out.push(
        'Everyone is near the origin so far: a CDN saves them only a few milliseconds until people far away find the app (past 10,000 users).',
      );
    if (has(p, 'pool') && plan.servers * CONNECTIONS_PER_SERVER <= DB_MAX_CONNECTIONS)
      out.push(
        `With ${plan.servers} app server${plan.servers === 1 ? '' : 's'} the connections (${CONNECTIONS_PER_SERVER} each) fit under the database’s ${DB_MAX_CONNECTIONS}: the pool has little to fix yet.`,
      );
    if (plan.shards > 1 && plan.replicas > 0)
      out.push(
        `Each of the ${plan.shards} shards gets its own ${plan.replicas} replicas: ${plan.shards * (plan.replicas + 1)} databases in all.`,
      );
    return out;
  },
  build(p, ctx) {
    const system = buildSystem(p, ctx.seed, ctx.traceCapacity, ctx.durationMs);
    const { plan, sim } = system;
    return {
      sim,
      expectedRps: expectedRps(plan),
      gauges: gaugesOf(system),
      extras: (until) => {
        const figures = figuresOf(system, until);
        const v = findBottleneck(figures);
        const stats = system.data.cacheStats;
        return {
          bottleneck: v.bottleneck,
          reason: v.reason,
          part: v.part,
          fixesForIt: v.fixes,
          acceptable: v.acceptable,
          peopleMs: { p50: round(figures.p50Ms), p99: round(figures.p99Ms) },
          peopleErrorRate: round(figures.errorShare, 4),
          system: {
            servers: plan.servers,
            connectedServers: plan.connectedServers,
            farUsers: plan.farUsers.reduce((a, b) => a + b, 0),
            scraper: plan.scraper,
            shards: plan.shards,
            replicasPerShard: plan.replicas,
          },
          figures: roundDeep(figures),
          ...(stats ? { cacheHitRatio: round(stats.hitRatio, 4) } : {}),
        };
      },
    };
  },
};

/** Rounds every number in a plain object, so JSON output stays short and diffs cleanly. */
function roundDeep<T>(x: T): T {
  if (typeof x === 'number') return round(x, 4) as T;
  if (Array.isArray(x)) return x.map(roundDeep) as T;
  if (x && typeof x === 'object')
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, roundDeep(v)])) as T;
  return x;
}
