import {
  LoadBalancer,
  LoadWindow,
  Mark,
  RateLimiterNode,
  Refuser,
  Server,
  Sim,
  type Component,
  type Ms,
} from '../../engine';
import type { Params } from '../params';
import { CpuMeter } from './cpuMeter';
import { buildDataTier, type DataTier } from './dataTier';
import { buildFront, type Front } from './front';
import { has } from './params';
import {
  APP_QUEUE,
  APP_WORKERS,
  LIMIT_BURST,
  LIMIT_PER_SEC,
  WARMUP_MS,
  planOf,
  type Plan,
} from './plan';
import { UserTally } from './tally';
import { FAR_FILES_LIMIT_MS } from './bottleneck';

/** Counters the figures are measured from (their values when measuring began). */
export interface Counters {
  refused: number;
  reads: number;
  scraperReads: number;
  orders: number;
  /** Reads each database node answered (data.members order), and commits per shard. */
  memberReads: number[];
  commits: number[];
}

export const countersOf = (s: Pick<GrowthSystem, 'noConnection' | 'data'>): Counters => ({
  refused: s.noConnection.refused,
  reads: s.data.queries.reads,
  scraperReads: s.data.queries.scraperReads,
  orders: s.data.queries.orders,
  memberReads: s.data.members.map((m) => m.set.members[m.member]!.reads),
  commits: s.data.sets.map((set) => set.log.length),
});

/** Everything a run of the journey is made of, with handles for its figures. */
export interface GrowthSystem {
  sim: Sim;
  plan: Plan;
  servers: Server[];
  balancer: LoadBalancer | null;
  limiter: RateLimiterNode | null;
  noConnection: Refuser;
  cpu: CpuMeter;
  tally: UserTally;
  data: DataTier;
  front: Front;
  appLoad: LoadWindow;
  dbLoad: LoadWindow;
  /** Counters as they stood when measuring began. */
  atStart: Counters;
}

/**
 * The lemonade stand as it grows: the users and the way in (front.ts), an optional rate
 * limiter and load balancer, the app servers, and the data tier behind them (dataTier.ts).
 * Without a shared pool, only the servers whose connections fit under the database's limit
 * reach it; the others answer every data request with an error.
 */
export function buildSystem(p: Params, seed: number, traceCapacity: number, durationMs: Ms) {
  const sim = new Sim({ seed, traceCapacity });
  const plan = planOf(p);
  const link = (a: Component, b: Component) => sim.link(a, b, () => 1);
  const data = buildDataTier(sim, plan, {
    cache: has(p, 'cache'),
    pool: has(p, 'pool'),
    queue: has(p, 'queue'),
  });
  const noConnection = new Refuser(
    sim,
    'no-connection',
    'the database refused this server: too many connections',
  );
  const cpu = new CpuMeter();
  const servers = Array.from({ length: plan.servers }, (_, i) => {
    const name = `app-${i + 1}`;
    const connected = i < plan.connectedServers;
    const server = new Server(sim, {
      name,
      workers: APP_WORKERS,
      queueLimit: APP_QUEUE,
      service: cpu.serviceFor(sim, name),
      downstream: connected ? data.entry : noConnection,
    });
    link(server, connected ? data.entry : noConnection);
    return server;
  });
  let api: Component = servers[0]!;
  let balancer: LoadBalancer | null = null;
  if (has(p, 'lb')) {
    balancer = new LoadBalancer(sim, {
      name: 'lb',
      strategy: 'least-connections',
      backends: servers,
      healthCheckMs: 2000,
    });
    for (const s of servers) link(balancer, s);
    api = balancer;
  }
  let limiter: RateLimiterNode | null = null;
  if (has(p, 'limiter')) {
    limiter = new RateLimiterNode(sim, {
      name: 'limiter',
      algorithm: 'token-bucket',
      settings: {
        limit: LIMIT_BURST,
        windowMs: 1000,
        capacity: LIMIT_BURST,
        refillPerSec: LIMIT_PER_SEC,
      },
      target: api,
      peakWindowMs: 1000,
    });
    link(limiter, api);
    api = limiter;
  }
  const tally = new UserTally(FAR_FILES_LIMIT_MS);
  const front = buildFront(sim, plan, api, tally, has(p, 'cdn'), durationMs);
  const appLoad = new LoadWindow(servers.map((s) => s.stats!));
  const dbLoad = new LoadWindow(data.members.map((m) => m.node.stats!));
  const system: GrowthSystem = {
    sim,
    plan,
    servers,
    balancer,
    limiter,
    noConnection,
    cpu,
    tally,
    data,
    front,
    appLoad,
    dbLoad,
    atStart: countersOf({ noConnection, data }),
  };
  new Mark(sim, 'measure-from', Math.min(WARMUP_MS, durationMs / 2), () => startMeasuring(system));
  return system;
}

function startMeasuring(s: GrowthSystem): void {
  const now = s.sim.now;
  s.tally.start(now);
  s.cpu.start();
  s.appLoad.start(now);
  s.dbLoad.start(now);
  s.atStart = countersOf(s);
}
