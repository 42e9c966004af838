import {
  LoadBalancer,
  OpenLoopSource,
  Sim,
  TagLatency,
  buildFarm,
  exponential,
  farmWeights,
  makeProfile,
  round,
  sharesOf,
  strandedRequests,
  workersForWeight,
  type BalancerStrategy,
  type Gauge,
  type LatencySummary,
} from '../../engine';
import type { Params } from '../params';
import { list, num, str, type Scenario } from '../scenario';
import { params } from './params';

/** Each server's weight: the list as given, 1 for servers it leaves out. */
export const weightsOf = (p: Params): number[] =>
  farmWeights(num(p, 'servers'), list(p, 'weights'));

export const workersOf = (p: Params): number[] =>
  weightsOf(p).map((w) => workersForWeight(w, num(p, 'workersPerWeight')));

/** Average work per request, light and heavy mixed. */
export const meanServiceMs = (p: Params): number => {
  const h = num(p, 'heavyFraction');
  return (1 - h) * num(p, 'lightMs') + h * num(p, 'heavyMs');
};

/** Requests per second the whole farm can finish at most: all workers / mean service time. */
export const capacityRps = (p: Params): number =>
  (workersOf(p).reduce((a, b) => a + b, 0) * 1000) / meanServiceMs(p);

export const serverName = (i: number): string => `server-${i + 1}`;
/** The gauge holding 1 while the balancer believes server i is up. */
export const checkedGauge = (i: number): string => `checked-${serverName(i)}`;

const latencyFigures = (s: LatencySummary) => ({
  count: s.count,
  p50: round(s.p50),
  p99: round(s.p99),
});

export const loadBalancing: Scenario = {
  id: 'load-balancing',
  title: 'The floor manager',
  tagline: 'One balancer spreads the requests over many servers',
  order: 2,
  durationS: 60,
  params,
  notices(p) {
    const out: string[] = [];
    const given = list(p, 'weights').length;
    const servers = num(p, 'servers');
    if (given > servers)
      out.push(
        `Weights lists ${given} servers but there are ${servers}; the extra weights are ignored.`,
      );
    if (num(p, 'healthCheckMs') === 0)
      out.push(
        'Health checks are off: a dead server keeps getting its share of requests for good.',
      );
    if (num(p, 'heavyFraction') > 0 && num(p, 'heavyMs') < num(p, 'lightMs'))
      out.push('Heavy requests are set to take less time than light ones.');
    if (num(p, 'rps') > capacityRps(p))
      out.push(
        `${num(p, 'rps')} requests/s is more than these servers can finish (about ${Math.round(capacityRps(p))}/s): lines will grow whatever the strategy.`,
      );
    return out;
  },
  build(p, ctx) {
    const sim = new Sim({ seed: ctx.seed, traceCapacity: ctx.traceCapacity });
    const weights = weightsOf(p);
    const servers = buildFarm(sim, {
      prefix: 'server-',
      weights,
      workersPerWeight: num(p, 'workersPerWeight'),
      queueLimit: num(p, 'queueLimit'),
      light: exponential(num(p, 'lightMs')),
      heavy: exponential(num(p, 'heavyMs')),
    });
    const lb = new LoadBalancer(sim, {
      name: 'lb',
      strategy: str<BalancerStrategy>(p, 'strategy'),
      backends: servers,
      weights,
      healthCheckMs: num(p, 'healthCheckMs'),
    });
    const crashAt = num(p, 'crashAtS') * 1000;
    // A scripted crash is an ordinary kill command, so it behaves exactly like the button.
    if (crashAt > 0) sim.applyCommands([{ at: crashAt, node: serverName(0), action: 'kill' }]);
    const byType = new TagLatency();
    const rps = num(p, 'rps');
    new OpenLoopSource(sim, {
      name: 'users',
      rps,
      profile: makeProfile('constant', ctx.durationMs),
      target: lb,
      timeoutMs: num(p, 'timeoutMs'),
      heavyFraction: num(p, 'heavyFraction'),
      onEnd: (req) => byType.record(req),
    });
    const count = (xs: ArrayLike<number>) => {
      let n = 0;
      for (let i = 0; i < xs.length; i++) if (xs[i]) n++;
      return n;
    };
    const gauges: Gauge[] = [
      {
        name: 'up',
        label: 'Servers up',
        unit: 'servers',
        kind: 'level',
        read: () => servers.filter((s) => s.alive).length,
      },
      {
        name: 'believed',
        label: 'Servers the balancer thinks are up',
        unit: 'servers',
        kind: 'level',
        read: () => count(lb.healthy),
      },
      {
        name: 'stranded',
        label: 'Waiting while a worker elsewhere is idle',
        unit: 'requests',
        kind: 'level',
        read: () => strandedRequests(servers),
      },
      // One per server, so the view can tell "down, still being sent requests" from "down and
      // taken out of rotation".
      ...servers.map((s, i): Gauge => ({
        name: checkedGauge(i),
        label: `Balancer counts ${s.name} as up`,
        unit: '',
        kind: 'level',
        read: () => lb.healthy[i]!,
      })),
    ];
    return {
      sim,
      expectedRps: rps,
      gauges,
      extras: (until) => {
        const m = sim.metrics;
        const share = sharesOf(lb.sent);
        const weightShare = sharesOf(weights);
        const types = byType.summary();
        return {
          capacityRps: round(capacityRps(p)),
          offeredRps: round(m.arrived / Math.max(1e-9, until / 1000)),
          errorRate: round((m.rejected + m.timedOut + m.failed) / Math.max(1, m.ended), 4),
          latencyByType: {
            light: latencyFigures(types.light),
            heavy: latencyFigures(types.heavy),
          },
          servers: servers.map((s, i) => ({
            id: s.name,
            alive: s.alive,
            weight: weights[i]!,
            workers: s.workers,
            sent: lb.sent[i]!,
            share: round(share[i]!, 4),
            weightShare: round(weightShare[i]!, 4),
            served: s.stats!.served,
            failedOrRejected: s.stats!.dropped,
            utilization: round(s.stats!.utilization(until), 4),
          })),
        };
      },
    };
  },
};
