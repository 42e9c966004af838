import {
  CacheAsideApp,
  CacheServer,
  Crowd,
  EdgeServer,
  Journey,
  LoadBalancer,
  PathSwitch,
  RateLimiterNode,
  Server,
  Sim,
  StepChain,
  constant,
  lognormal,
  sampler,
  type Component,
  type Dist,
  type Ms,
} from '../../engine';
import type { Params } from '../params';
import { bool, num, set, str } from '../scenario';
import { buildDatabase, type Database } from './database';
import { buildEventLog, buildServices, type EventLog } from './events';
import {
  ABUSER_CLIENT,
  JOBS,
  NAMES,
  SIZE,
  TIMES,
  YOUR_AREA,
  YOUR_CLIENT,
  type JobId,
  type Mode,
  type Switchable,
} from './parts';
import { makeTallies, type Tallies } from './tally';

/** Hops a walkthrough's journeys leave in the trace, with room to spare. */
const JOURNEY_TRACE = 4096;
/** When your order starts: just after the start, or mid-run in the rush. */
const WALK_START_MS = 500;

export interface OrderFlowModel {
  sim: Sim;
  mode: Mode;
  off: ReadonlySet<Switchable>;
  you: Journey;
  db: Database;
  cache: CacheServer;
  cacheAside: CacheAsideApp;
  limiter: RateLimiterNode | null;
  orders: StepChain;
  events: EventLog | null;
  services: Map<JobId, Server>;
  apps: Server[];
  tallies: Tallies;
}

export const disabledParts = (p: Params): ReadonlySet<Switchable> =>
  new Set(set(p, 'disable') as readonly Switchable[]);

/**
 * The whole food-delivery system, composed from the other chapters' parts: the CDN's edge
 * server, the balancer and app servers, cache-aside over a sharded, replicated database, a
 * rate limiter in front of the order service, and the event log with four consumer groups.
 * Switched-off parts are left out, and the wiring closes around the gap.
 */
export function buildOrderFlow(p: Params, seed: number, durationMs: Ms, traceCapacity: number) {
  const mode = str<Mode>(p, 'mode');
  const scale = mode === 'scale';
  const off = disabledParts(p);
  const sim = new Sim({ seed, traceCapacity: Math.max(traceCapacity, JOURNEY_TRACE) });
  // With nobody drawing dots, trace only the journeys (they are always traced).
  if (traceCapacity === 0) sim.setTraceFraction(0);
  // The walkthrough runs on the mean times exactly; at scale every step varies a little.
  const time = (ms: number): Dist => (scale ? lognormal(ms, 0.3) : constant(ms));
  const fixed = (ms: number) => () => ms;

  const db = buildDatabase(sim, time, off.has('replicas') ? 0 : SIZE.replicasPerShard);
  const cache = new CacheServer(sim, {
    name: NAMES.cache,
    capacity: SIZE.cacheEntries,
    ttlMs: SIZE.cacheTtlMs,
    opMs: time(TIMES.cacheOp),
    workers: 64,
  });
  const cacheAside = new CacheAsideApp(sim, {
    name: NAMES.cacheAside,
    policy: off.has('cache') ? 'none' : 'ttl',
    cache,
    db: db.router,
  });

  const services = buildServices(sim, time);
  const events = off.has('queue') ? null : buildEventLog(sim, time, services);
  const inline = JOBS.map((j) => services.get(j.id)!);
  const orders = new StepChain(sim, {
    name: NAMES.orders,
    work: time(TIMES.validate),
    // Without the log, the order service calls every job itself and waits for each.
    steps: events ? [db.router, events.broker] : [db.router, ...inline],
  });
  if (events) sim.link(orders, events.broker, fixed(TIMES.logLink));
  else for (const s of inline) sim.link(orders, s, fixed(TIMES.serviceLink));
  const limiter = off.has('limiter')
    ? null
    : new RateLimiterNode(sim, {
        name: NAMES.limiter,
        algorithm: 'token-bucket',
        settings: {
          limit: SIZE.limitBurst,
          windowMs: 1000,
          capacity: SIZE.limitBurst,
          refillPerSec: SIZE.limitPerSec,
        },
        target: orders,
        peakWindowMs: 1000,
      });
  const orderPath: Component = limiter ?? orders;
  const paths = new PathSwitch(sim, {
    name: NAMES.paths,
    route: (req) => (req.kind === 'write' ? orderPath : cacheAside),
  });
  if (limiter) sim.link(paths, limiter, fixed(TIMES.limiter), true);

  const apps = Array.from({ length: SIZE.appServers }, (_, i) => {
    const name = NAMES.app(i);
    const read = sampler(time(TIMES.appRead), sim.rng.stream(`${name}/read`));
    const write = sampler(time(TIMES.appWrite), sim.rng.stream(`${name}/write`));
    return new Server(sim, {
      name,
      workers: SIZE.appWorkers,
      queueLimit: SIZE.appQueue,
      service: (req) => (req.kind === 'write' ? write() : read()),
      downstream: paths,
    });
  });
  const lb = new LoadBalancer(sim, {
    name: NAMES.lb,
    strategy: 'least-connections',
    backends: apps,
    healthCheckMs: 2000,
  });
  for (const a of apps) sim.link(lb, a, fixed(TIMES.balancer), true);

  // The app's files: from the edge in your city, or all the way from the data centre.
  const origin = new Server(sim, {
    name: NAMES.origin,
    workers: 256,
    queueLimit: Infinity,
    service: time(TIMES.edgeServe),
  });
  const edge = off.has('cdn')
    ? null
    : new EdgeServer(sim, {
        name: NAMES.edge,
        workers: 256,
        queueLimit: Infinity,
        service: time(TIMES.edgeServe),
        origin,
        hitRatio: 1,
      });

  const you = new Journey(sim, {
    name: NAMES.you,
    client: YOUR_CLIENT,
    startAt: scale ? durationMs / 2 : WALK_START_MS,
    legs: [
      { name: 'files', kind: 'read', key: 0, target: edge ?? origin },
      { name: 'browse', kind: 'read', key: YOUR_AREA, target: lb },
      { name: 'order', kind: 'write', key: YOUR_AREA, target: lb },
    ],
    timeoutMs: SIZE.timeoutMs,
    settleMs: 3000,
  });
  if (edge) sim.link(you, edge, fixed(TIMES.edgeLink));
  sim.link(you, origin, fixed(TIMES.mobile));
  sim.link(you, lb, fixed(TIMES.mobile));

  const tallies = makeTallies(sim);
  if (!scale && bool(p, 'warmCache')) {
    const neighbour = new Journey(sim, {
      name: NAMES.neighbour,
      client: YOUR_CLIENT + 1,
      startAt: 0,
      legs: [{ name: 'browse', kind: 'read', key: YOUR_AREA, target: lb }],
      timeoutMs: SIZE.timeoutMs,
      settleMs: 0,
    });
    sim.link(neighbour, lb, fixed(TIMES.mobile));
  }
  if (scale) addCrowds(sim, p, lb, tallies);
  const model: OrderFlowModel = {
    sim,
    mode,
    off,
    you,
    db,
    cache,
    cacheAside,
    limiter,
    orders,
    events,
    services,
    apps,
    tallies,
  };
  return model;
}

/** The rush: ordinary customers browsing and ordering, and the one client that abuses the API. */
function addCrowds(sim: Sim, p: Params, lb: Component, tallies: Tallies): void {
  const rps = num(p, 'rps');
  const browse = num(p, 'browse');
  const customers = new Crowd(sim, {
    name: NAMES.customers,
    target: lb,
    rps: rps * (1 + browse),
    writeShare: 1 / (1 + browse),
    keys: SIZE.listings,
    zipf: SIZE.listingZipf,
    firstClient: YOUR_CLIENT + 2,
    clients: SIZE.customers,
    timeoutMs: SIZE.timeoutMs,
    onEnd: tallies.customers,
  });
  sim.link(customers, lb, () => TIMES.mobile);
  const abuseRps = num(p, 'abuseRps');
  if (abuseRps <= 0) return;
  const abuser = new Crowd(sim, {
    name: NAMES.abuser,
    target: lb,
    rps: abuseRps,
    writeShare: 1,
    keys: 1,
    zipf: 0,
    key: YOUR_AREA,
    firstClient: ABUSER_CLIENT,
    clients: 1,
    timeoutMs: SIZE.timeoutMs,
    onEnd: tallies.abuser.record,
  });
  sim.link(abuser, lb, () => TIMES.mobile);
}

/** Requests per second the model expects, so the trace samples about the same dots at any load. */
export function expectedRps(p: Params, durationMs: Ms): number {
  const journeys = 4 / Math.max(1, durationMs / 1000);
  if (str<Mode>(p, 'mode') !== 'scale') return journeys;
  return num(p, 'rps') * (1 + num(p, 'browse')) + num(p, 'abuseRps') + journeys;
}
