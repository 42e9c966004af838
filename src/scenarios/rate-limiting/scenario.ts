import {
  ClockBursts,
  constant,
  exponential,
  PoissonClients,
  RateLimiterNode,
  sampler,
  Server,
  Sim,
  type Component,
  type Request,
} from '../../engine';
import type { Params } from '../params';
import { num, type Scenario } from '../scenario';
import { ATTACKER_ID, BURSTY_ID, roleOf, userIds, type Role } from './clients';
import { limiterFigures } from './figures';
import {
  algorithmOf,
  allowedRps,
  burstPlanOf,
  CLIENT_LINK_MS,
  CLIENT_TIMEOUT_MS,
  SERVER_LINK_MS,
  sentPlanOf,
  serverCapacityRps,
  settingsOf,
} from './model';
import { params } from './params';
import { RoleTally } from './tally';

/** Live p99 of the steady users over the last second, for the chart. */
const RECENT_MS = 1000;

export const rateLimiting: Scenario = {
  id: 'rate-limiting',
  title: 'The velvet rope',
  tagline: 'A rate limiter keeps one client from ruining it for everyone',
  order: 10,
  durationS: 30,
  params,
  notices,
  build(p, ctx) {
    const sim = new Sim({ seed: ctx.seed, traceCapacity: ctx.traceCapacity });
    const server = new Server(sim, {
      name: 'server',
      workers: num(p, 'workers'),
      queueLimit: num(p, 'queueLimit'),
      service: exponential(num(p, 'serviceMs')),
    });
    const limiter = new RateLimiterNode(sim, {
      name: 'limiter',
      algorithm: algorithmOf(p),
      settings: settingsOf(p),
      target: server,
      peakWindowMs: num(p, 'windowMs'),
    });
    const tallies: Record<Role, RoleTally> = {
      steady: new RoleTally(RECENT_MS),
      bursty: new RoleTally(),
      attacker: new RoleTally(),
    };
    const common = {
      target: limiter,
      timeoutMs: CLIENT_TIMEOUT_MS,
      onEnd: (req: Request) => tallies[roleOf(req.client)].record(req),
    };
    const users = num(p, 'users');
    const sources: Component[] = [];
    if (users > 0)
      sources.push(
        new PoissonClients(sim, {
          ...common,
          name: 'users',
          clients: userIds(users),
          rpsEach: num(p, 'userRps'),
        }),
      );
    sources.push(
      new ClockBursts(sim, {
        ...common,
        ...sentPlanOf(p),
        name: 'bursty',
        client: BURSTY_ID,
      }),
    );
    sources.push(
      new PoissonClients(sim, {
        ...common,
        name: 'attacker',
        clients: [ATTACKER_ID],
        rpsEach: num(p, 'attackerRps'),
        startAt: num(p, 'attackStartS') * 1000,
      }),
    );
    const rng = sim.rng.stream('links');
    for (const s of sources) sim.link(s, limiter, sampler(constant(CLIENT_LINK_MS), rng));
    sim.link(limiter, server, sampler(constant(SERVER_LINK_MS), rng));

    return {
      sim,
      expectedRps: expectedRps(p, ctx.durationMs),
      ...limiterFigures(sim, p, limiter, tallies),
    };
  },
};

/** The average offered rate over the run: users, bursts, and the attacker while it attacks. */
function expectedRps(p: Params, durationMs: number): number {
  const D = Math.max(1, durationMs);
  const attackShare = Math.max(0, D - num(p, 'attackStartS') * 1000) / D;
  return (
    num(p, 'users') * num(p, 'userRps') +
    num(p, 'burstSize') / num(p, 'burstEveryS') +
    num(p, 'attackerRps') * attackShare
  );
}

function notices(p: Params): string[] {
  const out: string[] = [];
  const plan = burstPlanOf(p);
  if (plan.spreadMs > plan.everyMs)
    out.push('Bursts last longer than the time between them, so each is squeezed to fit.');
  const W = num(p, 'windowMs');
  if (algorithmOf(p) === 'fixed-window' && plan.size > 0 && plan.everyMs % W !== 0)
    out.push(
      'The bursty job fires at a time that is not a whole number of windows, so not every burst falls on a window boundary.',
    );
  const clients = num(p, 'users') + 2;
  const total = allowedRps(p) * clients;
  if (Number.isFinite(total) && total > serverCapacityRps(p))
    out.push(
      `Even if every client keeps to its limit, together they may send ${Math.round(total)} requests a second, more than the server's ${Math.round(serverCapacityRps(p))}: per-client limits do not cap the total.`,
    );
  return out;
}
