import type { ParamSpec } from '../params';

/** The layers of cache a request can be answered from before it reaches an app instance. */
export const CACHE_LAYERS = ['device', 'cdn', 'app'] as const;
export type CacheLayer = (typeof CACHE_LAYERS)[number];

/** Availability targets a learner can pick, as percentages. */
export const SLO_OPTIONS = ['99', '99.5', '99.9', '99.95', '99.99'] as const;

export const params: ParamSpec[] = [
  {
    name: 'killEveryS',
    kind: 'number',
    label: 'Chaos monkey: a kill every',
    default: 60,
    min: 0,
    max: 3600,
    unit: 's',
    description:
      'How often the chaos monkey kills one random live instance (each gap varies by half either way); 0 keeps it in its cage.',
  },
  {
    name: 'healS',
    kind: 'number',
    label: 'Replace a killed instance after',
    default: 90,
    min: 0,
    max: 3600,
    unit: 's',
    description:
      'Auto-healing: an instance the monkey killed is replaced by a fresh one this long after; 0 never replaces it.',
  },
  {
    name: 'regionDownAtS',
    kind: 'number',
    label: 'Virginia goes dark at',
    default: 180,
    min: 0,
    max: 3600,
    unit: 's',
    description:
      'When the whole Virginia region fails (balancer, instances and database at once) and stays down; 0 for no outage.',
  },
  {
    name: 'regions',
    kind: 'number',
    label: 'Regions',
    default: 3,
    min: 1,
    max: 3,
    integer: true,
    description:
      'Cloud regions running the service: Virginia, then Frankfurt, then Mumbai, each with its own users nearby.',
  },
  {
    name: 'instances',
    kind: 'number',
    label: 'Instances per region',
    default: 3,
    min: 1,
    max: 6,
    integer: true,
    description:
      'App instances behind each region’s load balancer: 1 means no redundancy, so one kill stops the region.',
  },
  {
    name: 'healthCheckS',
    kind: 'number',
    label: 'Balancer health check every',
    default: 5,
    min: 0,
    max: 120,
    unit: 's',
    description:
      'How often each region’s load balancer checks its instances; a dead one gets requests until the next check. 0 turns checks off.',
  },
  {
    name: 'retries',
    kind: 'number',
    label: 'Retries',
    default: 2,
    min: 0,
    max: 5,
    integer: true,
    description: 'Further attempts a client makes after an attempt fails or times out.',
  },
  {
    name: 'timeoutMs',
    kind: 'number',
    label: 'Timeout per attempt',
    default: 1000,
    min: 50,
    max: 30_000,
    scale: 'log',
    unit: 'ms',
    description:
      'How long a client waits for one attempt before giving up on it (the server is not told and keeps working).',
  },
  {
    name: 'backoffMs',
    kind: 'number',
    label: 'Pause before retrying',
    default: 200,
    min: 0,
    max: 10_000,
    unit: 'ms',
    description:
      'Wait before the first retry, doubled for each one after (randomly shortened by up to half so clients do not retry in step).',
  },
  {
    name: 'failover',
    kind: 'boolean',
    label: 'Regional failover',
    default: true,
    description:
      'DNS sends a region’s users to the nearest healthy region once its health checks fail; off keeps them at home.',
  },
  {
    name: 'detectS',
    kind: 'number',
    label: 'Failover: detect after',
    default: 60,
    min: 0,
    max: 600,
    unit: 's',
    description:
      'How long a region must fail its health checks (probed every 10 s) before DNS declares it down, or back up.',
  },
  {
    name: 'dnsTtlS',
    kind: 'number',
    label: 'Failover: DNS TTL',
    default: 120,
    min: 0,
    max: 900,
    unit: 's',
    description:
      'How long users keep a cached DNS answer: after a change, traffic moves over gradually within this time.',
  },
  {
    name: 'caches',
    kind: 'set',
    label: 'Cache layers',
    default: CACHE_LAYERS,
    options: CACHE_LAYERS,
    description:
      'Caches in front of the app: on the device (answers 20%), at the CDN edge (40% of the rest), in the app (half of the database reads).',
  },
  {
    name: 'rps',
    kind: 'number',
    label: 'Requests',
    default: 30,
    min: 1,
    max: 200,
    unit: 'requests/s',
    description:
      'Requests per second from all users together, split evenly across the regions’ cities.',
  },
  {
    name: 'slo',
    kind: 'enum',
    label: 'Availability target (SLO)',
    default: '99.9',
    options: SLO_OPTIONS,
    description:
      'The promised share of good answers, in percent; the error budget is what the rest allows over this run.',
  },
];
