import {
  ClosedLoopUsers,
  OpenLoopSource,
  Server,
  constant,
  exponential,
  lognormal,
  makeProfile,
  meanOf,
  round,
  Sim,
  type Dist,
  type ProfileName,
} from '../../engine';
import type { ParamSpec, Params } from '../params';
import { num, str, type Scenario } from '../scenario';

export const SERVICE_DISTS = ['exponential', 'constant', 'lognormal'] as const;

const params: ParamSpec[] = [
  {
    name: 'users',
    kind: 'number',
    label: 'Users',
    default: 100,
    min: 0,
    max: 100_000,
    integer: true,
    scale: 'log',
    unit: 'users',
    description:
      'People using the app at once: each clicks, waits for the page, reads it, clicks again.',
  },
  {
    name: 'rps',
    kind: 'number',
    label: 'Arrival rate',
    default: 0,
    min: 0,
    max: 100_000,
    unit: 'requests/s',
    description:
      'Requests per second arriving regardless of answers; when above 0 it replaces users.',
  },
  {
    name: 'thinkMs',
    kind: 'number',
    label: 'Think time',
    default: 5000,
    // Not 0: a user with no think time who is refused at once (full queue, dead server)
    // asks again at the same instant, forever, and simulated time never advances.
    min: 1,
    max: 600_000,
    unit: 'ms',
    description: 'How long a user reads a page before the next click (average).',
  },
  {
    name: 'serviceMs',
    kind: 'number',
    label: 'Service time',
    default: 200,
    min: 0.1,
    max: 60_000,
    unit: 'ms',
    description: 'Average work the server does for one request.',
  },
  {
    name: 'serviceDist',
    kind: 'enum',
    label: 'Service time shape',
    default: 'exponential',
    options: SERVICE_DISTS,
    description:
      'How service times vary: exponential (memoryless), constant, or lognormal (a long tail).',
  },
  {
    name: 'workers',
    kind: 'number',
    label: 'Workers',
    default: 8,
    min: 1,
    max: 1024,
    integer: true,
    description: 'Requests the server works on at the same time (threads or cores).',
  },
  {
    name: 'queueLimit',
    kind: 'number',
    label: 'Queue limit',
    default: 500,
    min: 0,
    max: 1_000_000,
    integer: true,
    unit: 'requests',
    description: 'Requests allowed to wait; past this, new arrivals get an error page at once.',
  },
  {
    name: 'timeoutMs',
    kind: 'number',
    label: 'Client timeout',
    default: 20_000,
    min: 1,
    max: 600_000,
    unit: 'ms',
    description: 'How long a client waits before giving up on an answer.',
  },
  {
    name: 'profile',
    kind: 'enum',
    label: 'Traffic shape',
    default: 'constant',
    options: ['constant', 'ramp', 'spike', 'wave'],
    description:
      'Constant load, a ramp up, a 5x launch-day spike mid-run, or a compressed daily wave.',
  },
];

export function serviceDist(p: Params): Dist {
  const mean = num(p, 'serviceMs');
  switch (str(p, 'serviceDist')) {
    case 'constant':
      return constant(mean);
    case 'lognormal':
      return lognormal(mean, 1.5);
    default:
      return exponential(mean);
  }
}

/** Requests per second the server can finish at most: workers / service time. */
export const capacityRps = (p: Params): number => (num(p, 'workers') * 1000) / num(p, 'serviceMs');

export const singleServer: Scenario = {
  id: 'single-server',
  title: 'The lemonade stand',
  tagline: 'One server meets its launch day',
  order: 1,
  durationS: 60,
  params,
  notices(p) {
    return num(p, 'rps') > 0
      ? ['Arrival rate is above 0, so it drives the traffic and Users is ignored.']
      : [];
  },
  build(p, ctx) {
    const sim = new Sim({ seed: ctx.seed, traceCapacity: ctx.traceCapacity });
    const server = new Server(sim, {
      name: 'server',
      workers: num(p, 'workers'),
      queueLimit: num(p, 'queueLimit'),
      service: serviceDist(p),
    });
    const profile = makeProfile(str<ProfileName>(p, 'profile'), ctx.durationMs);
    const rps = num(p, 'rps');
    const users = num(p, 'users');
    const think = exponential(num(p, 'thinkMs'));
    let expectedRps: number;
    if (rps > 0) {
      new OpenLoopSource(sim, {
        name: 'users',
        rps,
        profile,
        target: server,
        timeoutMs: num(p, 'timeoutMs'),
      });
      expectedRps = rps;
    } else {
      new ClosedLoopUsers(sim, {
        name: 'users',
        users,
        think,
        profile,
        target: server,
        timeoutMs: num(p, 'timeoutMs'),
      });
      expectedRps = users / ((meanOf(think) + num(p, 'serviceMs')) / 1000);
    }
    return {
      sim,
      expectedRps,
      extras: (until) => ({
        capacityRps: round(capacityRps(p)),
        offeredRps: round(sim.metrics.arrived / Math.max(1e-9, until / 1000)),
        errorRate: round(
          (sim.metrics.rejected + sim.metrics.timedOut + sim.metrics.failed) /
            Math.max(1, sim.metrics.ended),
          4,
        ),
      }),
    };
  },
};
