import {
  ConnectionPooler,
  ContendedDatabase,
  OpenLoopSource,
  Server,
  constant,
  lognormal,
  makeProfile,
  MIN_VALUE,
  round,
  Sim,
  uniform,
  type Gauge,
  type LatencyHistogram,
} from '../../engine';
import type { Params } from '../params';
import { num, str, type Scenario } from '../scenario';
import { params } from './params';

/**
 * Each query past the database's cores slows every running query by this much more: time
 * lost to switching, locks and cache misses (see cpuShare in the engine).
 */
export const DB_CONTENTION = 0.02;
/** Threads across the app servers: enough that they are never what runs out. */
const APP_WORKERS = 10_000;

export const pooled = (p: Params): boolean => str(p, 'pool') === 'on';

/** Queries the database must run at once on average (Little's law): rate x query time. */
export const busyConnections = (p: Params): number => (num(p, 'rps') * num(p, 'queryMs')) / 1000;

/** Names of the gauges the view and charts read. */
export const G = {
  open: 'open',
  inUse: 'inUse',
  opening: 'opening',
  waiting: 'waiting',
  connects: 'connects',
  refused: 'refused',
  waitTimeouts: 'waitTimeouts',
  dbActive: 'dbActive',
  dbConnections: 'dbConnections',
} as const;

/** Percentiles of a histogram; its floor (1 microsecond) reads as 0, since it means no wait. */
const figures = (h: LatencyHistogram) => {
  const s = h.summary();
  const ms = (x: number) => (x <= MIN_VALUE ? 0 : round(x));
  return {
    count: s.count,
    mean: ms(s.mean),
    p50: ms(s.p50),
    p95: ms(s.p95),
    p99: ms(s.p99),
    max: ms(s.max),
  };
};

export const connectionPooling: Scenario = {
  id: 'connection-pooling',
  title: 'Keep the line open',
  tagline: 'A connection pool lends open database connections instead of opening new ones',
  order: 8,
  durationS: 30,
  params,
  notices(p) {
    const out: string[] = [];
    if (!pooled(p))
      out.push(
        'The pool is off, so Pool size and Pool wait timeout do nothing: every request opens its own connection.',
      );
    else if (num(p, 'poolSize') > num(p, 'dbMaxConnections'))
      out.push(
        `The pool may open ${num(p, 'poolSize')} connections but the database takes only ${num(p, 'dbMaxConnections')}: attempts past that are refused.`,
      );
    if (busyConnections(p) > num(p, 'dbCores'))
      out.push(
        `${num(p, 'rps')} queries/s need about ${Math.round(busyConnections(p))} cores of work at once, more than the database's ${num(p, 'dbCores')}: it cannot keep up whatever the pool does.`,
      );
    return out;
  },
  build(p, ctx) {
    const sim = new Sim({ seed: ctx.seed, traceCapacity: ctx.traceCapacity });
    const db = new ContendedDatabase(sim, {
      name: 'db',
      cores: num(p, 'dbCores'),
      contention: DB_CONTENTION,
      maxConnections: num(p, 'dbMaxConnections'),
      query: lognormal(num(p, 'queryMs'), 0.5),
    });
    const c = num(p, 'connectMs');
    const pool = new ConnectionPooler(sim, {
      name: 'pool',
      db,
      size: num(p, 'poolSize'),
      pooled: pooled(p),
      connect: uniform(0.6 * c, 1.4 * c),
      waitTimeoutMs: num(p, 'waitTimeoutMs'),
    });
    const appMs = num(p, 'appMs');
    const app = new Server(sim, {
      name: 'app',
      workers: APP_WORKERS,
      queueLimit: Infinity,
      service: appMs > 0 ? lognormal(appMs, 0.3) : constant(0),
      downstream: pool,
    });
    const users = new OpenLoopSource(sim, {
      name: 'users',
      rps: num(p, 'rps'),
      profile: makeProfile('constant', ctx.durationMs),
      target: app,
      timeoutMs: Infinity,
    });
    // Short hops, so moving dots show the path; the internet leg is the longest.
    sim.link(users, app, () => 5);
    sim.link(app, pool, () => 0.5);
    sim.link(pool, db, () => 0.5);

    const gauges: Gauge[] = [
      level(G.open, 'Connections open', 'connections', () => pool.open),
      level(G.inUse, 'Connections in use', 'connections', () => pool.inUse),
      level(G.opening, 'Connections being opened', 'connections', () => pool.opening),
      level(G.waiting, 'Requests waiting for a connection', 'requests', () => pool.waiting),
      counter(G.connects, 'Connections opened', 'connections', () => pool.opened),
      counter(G.refused, 'Connections refused', 'connections', () => pool.refusals),
      counter(G.waitTimeouts, 'Gave up waiting', 'requests', () => pool.waitTimeouts),
      level(G.dbActive, 'Queries running on the database', 'queries', () => db.active),
      level(G.dbConnections, 'Connections the database holds', 'connections', () => db.connections),
    ];

    return {
      sim,
      expectedRps: num(p, 'rps'),
      gauges,
      extras: (until) => ({
        connectionWaitMs: figures(pool.waitTime),
        connectionsOpened: pool.opened,
        connectionsRefused: pool.refusals,
        connectionWaitTimeouts: pool.waitTimeouts,
        peakDbConnections: db.peakConnections,
        peakActiveQueries: db.peakActive,
        dbQueryMs: figures(db.queryTime),
        dbCpuUtilization: round(db.stats!.utilization(until), 4),
      }),
    };
  },
};

function level(name: string, label: string, unit: string, read: () => number): Gauge {
  return { name, label, unit, kind: 'level', read };
}

function counter(name: string, label: string, unit: string, read: () => number): Gauge {
  return { name, label, unit, kind: 'counter', read };
}
