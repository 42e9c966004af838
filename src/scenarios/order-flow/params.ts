import type { ParamSpec } from '../params';
import { MODES, SWITCHABLE } from './parts';

export const params: ParamSpec[] = [
  {
    name: 'mode',
    kind: 'enum',
    label: 'Mode',
    default: 'walkthrough',
    options: MODES,
    description:
      'walkthrough: follow your one order step by step; scale: the same system in a dinner rush.',
  },
  {
    name: 'disable',
    kind: 'set',
    label: 'Switch off',
    default: [],
    options: SWITCHABLE,
    description:
      'Parts taken out: the CDN, the cache, the read replicas, the rate limiter, the event log.',
  },
  {
    name: 'rps',
    kind: 'number',
    label: 'Orders per second',
    default: 2000,
    min: 100,
    max: 5000,
    integer: true,
    scale: 'log',
    unit: 'orders/s',
    description: 'Scale mode: orders placed each second by ordinary customers.',
  },
  {
    name: 'browse',
    kind: 'number',
    label: 'Browsing per order',
    default: 4,
    min: 0,
    max: 10,
    integer: true,
    unit: 'requests',
    description: 'Scale mode: "restaurants near me" requests for every order placed.',
  },
  {
    name: 'abuseRps',
    kind: 'number',
    label: 'Abusive client',
    default: 1000,
    min: 0,
    max: 5000,
    integer: true,
    unit: 'orders/s',
    description: 'Scale mode: one buggy or hostile client hammering the order endpoint (0: none).',
  },
  {
    name: 'warmCache',
    kind: 'boolean',
    label: 'Listing already cached',
    default: false,
    description:
      'Walkthrough: a neighbour looked a moment ago, so your restaurant list is in the cache.',
  },
];
