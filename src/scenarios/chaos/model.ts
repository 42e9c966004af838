import {
  AvailabilityMeter,
  CacheShare,
  ChaosMonkey,
  constant,
  EdgeServer,
  exponential,
  FailoverRouter,
  LoadBalancer,
  Outcome,
  Region,
  RegionHealthChecker,
  RetryingClient,
  Server,
  Sim,
  type Component,
} from '../../engine';
import type { Params } from '../params';
import { bool, num, set, str, type BuildContext } from '../scenario';
import { names, regionsFor, type RegionSite } from './sites';

/** Fixed facts of the model: what each part is like, so only the design choices vary. */
export const FIXED = {
  /** Share of requests the device answers itself, when its cache is on. */
  deviceHit: 0.2,
  /** Share of what reaches the CDN edge that it holds. */
  cdnHit: 0.4,
  /** Share of app lookups the application cache answers without the database. */
  appHit: 0.5,
  /** One way from a user to the edge in their city. */
  lastMileMs: 5,
  edgeMs: 5,
  /** One worker, 150 ms on average: a small instance, so a region's spare room is visible. */
  instanceWorkers: 2,
  instanceMs: 150,
  instanceQueue: 50,
  dbWorkers: 8,
  dbMs: 20,
  dbQueue: 200,
  /** The DNS health checker probes every region this often. */
  probeMs: 10_000,
} as const;

export interface RegionParts {
  site: RegionSite;
  region: Region;
  lb: LoadBalancer;
  instances: Server[];
  db: Server;
  cache: CacheShare;
}

export interface UserParts {
  site: RegionSite;
  client: RetryingClient;
  edge: EdgeServer | null;
  router: FailoverRouter;
}

export interface ChaosModel {
  sim: Sim;
  regions: RegionParts[];
  users: UserParts[];
  monkey: ChaosMonkey;
  health: RegionHealthChecker;
  meter: AvailabilityMeter;
  /** Every instance in every region, in region order: the monkey's targets. */
  instances: Server[];
}

/** The target as a share: "99.9" is 0.999 (rounded, so it prints as 0.999, not 0.99900...01). */
export const sloOf = (p: Params): number => Math.round(Number(str(p, 'slo')) * 1e4) / 1e6;
export const hasCache = (p: Params, layer: 'device' | 'cdn' | 'app'): boolean =>
  set(p, 'caches').includes(layer);
const seconds = (p: Params, name: string): number => num(p, name) * 1000;
/** A seed-dependent salt for a cache's choice of which requests it holds. */
const saltFor = (sim: Sim, name: string): number => sim.rng.stream(name).int(4294967296);

function buildRegion(sim: Sim, site: RegionSite, p: Params, onChange: () => void): RegionParts {
  const cache = new CacheShare(
    saltFor(sim, `${names.region(site.id)}/app-cache`),
    hasCache(p, 'app') ? FIXED.appHit : 0,
  );
  const db = new Server(sim, {
    name: names.db(site.id),
    kind: 'database',
    workers: FIXED.dbWorkers,
    queueLimit: FIXED.dbQueue,
    service: exponential(FIXED.dbMs),
  });
  const instances = Array.from(
    { length: num(p, 'instances') },
    (_, i) =>
      new Server(sim, {
        name: names.instance(site.id, i),
        workers: FIXED.instanceWorkers,
        queueLimit: FIXED.instanceQueue,
        service: exponential(FIXED.instanceMs),
        downstream: db,
        needsDownstream: cache.needsDatabase,
      }),
  );
  const lb = new LoadBalancer(sim, {
    name: names.lb(site.id),
    strategy: 'round-robin',
    backends: instances,
    healthCheckMs: seconds(p, 'healthCheckS'),
  });
  const region = new Region(sim, {
    name: names.region(site.id),
    parts: [lb, ...instances, db],
    onChange,
  });
  return { site, region, lb, instances, db, cache };
}

/** Wires users, caches, DNS, regions and the monkey together from the parameters. */
export function buildChaosModel(p: Params, ctx: BuildContext): ChaosModel {
  const sim = new Sim({ seed: ctx.seed, traceCapacity: ctx.traceCapacity });
  const sites = regionsFor(num(p, 'regions'));
  const meter = new AvailabilityMeter({
    slo: sloOf(p),
    plannedRequests: num(p, 'rps') * (ctx.durationMs / 1000),
  });
  const regions = sites.map((site) =>
    buildRegion(sim, site, p, () => {
      if (regions.some((r) => !r.region.alive)) meter.markOutage(sim.now);
    }),
  );
  const health = new RegionHealthChecker(sim, {
    name: names.health,
    probes: regions.map(
      (r) => () => r.region.alive && r.lb.alive && r.instances.some((s) => s.alive),
    ),
    probeMs: FIXED.probeMs,
    detectMs: seconds(p, 'detectS'),
  });
  const entries = regions.map((r) => ({ node: r.lb as Component, at: r.site.place }));
  const users = sites.map((site, i): UserParts => {
    const router = new FailoverRouter(sim, {
      name: names.dns(site.users.id),
      at: site.users,
      regions: entries,
      home: i,
      failover: bool(p, 'failover'),
      beliefs: health,
      propagationMs: seconds(p, 'dnsTtlS'),
    });
    const cdn = new CacheShare(saltFor(sim, `${names.edge(site.users.id)}/holds`), FIXED.cdnHit);
    const edge = hasCache(p, 'cdn')
      ? new EdgeServer(sim, {
          name: names.edge(site.users.id),
          workers: 64,
          queueLimit: 1000,
          service: constant(FIXED.edgeMs),
          origin: router,
          hitRatio: FIXED.cdnHit,
          holds: (req) => cdn.holds(req),
        })
      : null;
    const client = new RetryingClient(sim, {
      name: names.users(site.users.id),
      rps: num(p, 'rps') / sites.length,
      target: edge ?? router,
      region: i,
      client: i,
      deviceHitRatio: hasCache(p, 'device') ? FIXED.deviceHit : 0,
      timeoutMs: num(p, 'timeoutMs'),
      retries: num(p, 'retries'),
      backoffMs: num(p, 'backoffMs'),
      onEnd: (req) => meter.record(sim.now, req.outcome === Outcome.ok),
    });
    sim.link(client, edge ?? router, () => FIXED.lastMileMs);
    return { site, client, edge, router };
  });
  const instances = regions.flatMap((r) => r.instances);
  const regionOf = new Map<Component, Region>();
  for (const r of regions) for (const s of r.instances) regionOf.set(s, r.region);
  const monkey = new ChaosMonkey(sim, {
    name: names.monkey,
    targets: instances,
    everyMs: seconds(p, 'killEveryS'),
    healMs: seconds(p, 'healS'),
    canHeal: (t) => regionOf.get(t)?.alive ?? true,
  });
  const downAt = seconds(p, 'regionDownAtS');
  // A scripted outage is an ordinary kill command, so it behaves exactly like the button.
  if (downAt > 0)
    sim.applyCommands([{ at: downAt, node: names.region(sites[0]!.id), action: 'kill' }]);
  return { sim, regions, users, monkey, health, meter, instances };
}
