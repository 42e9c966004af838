import {
  LoadBalancer,
  OpenLoopSource,
  Server,
  Sim,
  buildMmc,
  exponential,
  makeProfile,
  sampler,
  uniform,
  type Component,
  type LatencyHistogram,
} from '../src/engine';

/** One M/M/c workload, shared by the engine and the simjs model so both do the same work. */
export interface MmcSpec {
  seed: number;
  /** Arrival rate, requests per simulated second. */
  rps: number;
  serviceMs: number;
  c: number;
  durationMs: number;
}

/** The spec for `requests` arrivals (on average) at utilisation `rho`. */
export function mmcSpec(seed: number, c: number, rho: number, serviceMs: number, requests: number) {
  const rps = (rho * c * 1000) / serviceMs;
  return { seed, rps, serviceMs, c, durationMs: (requests / rps) * 1000 } satisfies MmcSpec;
}

export interface EngineMmcResult {
  /** `sim.eventsProcessed`: every event the kernel dispatched (4 per request, see README). */
  events: number;
  arrivals: number;
  completed: number;
  meanResponseMs: number;
  p99ResponseMs: number;
  /** The latency histogram, so runs with different seeds can be pooled. */
  latency: LatencyHistogram;
}

/** Runs `buildMmc` (the engine's own M/M/c model, tracing off) for the spec's duration. */
export function runEngineMmc(spec: MmcSpec): EngineMmcResult {
  const { sim } = buildMmc(spec);
  sim.runUntil(spec.durationMs);
  const m = sim.metrics;
  return {
    events: sim.eventsProcessed,
    arrivals: m.arrived,
    completed: m.completed,
    meanResponseMs: m.latency.mean(),
    p99ResponseMs: m.latency.quantile(0.99),
    latency: m.latency,
  };
}

/** The three-tier system: clients -> load balancer -> app servers -> database. */
export const TIERED = {
  rps: 10_000,
  durationMs: 60_000,
  appServers: 8,
  appWorkers: 16,
  appServiceMs: 5,
  dbConnections: 64,
  dbServiceMs: 2,
  /** One-way latency of every link. */
  link: uniform(0.1, 0.3),
} as const;

export interface TieredResult {
  events: number;
  arrivals: number;
  completed: number;
  meanResponseMs: number;
  p99ResponseMs: number;
  /** Busiest app server's and the database's utilisation, to show the system is not overloaded. */
  appUtilization: number;
  dbUtilization: number;
}

/** 60 s of 10,000 requests/s through a balancer, 8 app servers and a database. */
export function runTiered(seed: number): TieredResult {
  const t = TIERED;
  const sim = new Sim({ seed, traceCapacity: 0 });
  // Each link draws from its own stream, both directions.
  const linkLatency = (a: Component, b: Component) =>
    sim.link(a, b, sampler(t.link, sim.rng.stream(`link/${a.name}-${b.name}`)));

  const db = new Server(sim, {
    name: 'db',
    kind: 'database',
    workers: t.dbConnections,
    queueLimit: Infinity,
    service: exponential(t.dbServiceMs),
  });
  const apps = Array.from(
    { length: t.appServers },
    (_, i) =>
      new Server(sim, {
        name: `app-${i}`,
        workers: t.appWorkers,
        queueLimit: Infinity,
        service: exponential(t.appServiceMs),
        downstream: db,
      }),
  );
  const lb = new LoadBalancer(sim, {
    name: 'lb',
    strategy: 'least-connections',
    backends: apps,
    healthCheckMs: 1000,
  });
  const clients = new OpenLoopSource(sim, {
    name: 'clients',
    rps: t.rps,
    profile: makeProfile('constant', t.durationMs),
    target: lb,
    timeoutMs: Infinity,
  });
  linkLatency(clients, lb);
  for (const app of apps) {
    linkLatency(lb, app);
    linkLatency(app, db);
  }

  sim.runUntil(t.durationMs);
  const m = sim.metrics;
  return {
    events: sim.eventsProcessed,
    arrivals: m.arrived,
    completed: m.completed,
    meanResponseMs: m.latency.mean(),
    p99ResponseMs: m.latency.quantile(0.99),
    appUtilization: Math.max(...apps.map((a) => a.stats!.utilization(t.durationMs))),
    dbUtilization: db.stats!.utilization(t.durationMs),
  };
}
