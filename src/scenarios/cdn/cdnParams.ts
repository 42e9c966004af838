import type { ParamSpec } from '../params';
import { EDGE_SET_NAMES, ORIGIN_SITES } from './sites';

export const cdnParams: ParamSpec[] = [
  {
    name: 'cdn',
    kind: 'boolean',
    label: 'CDN',
    default: true,
    description: 'Keep copies on edge servers near users; off sends every request to the origin.',
  },
  {
    name: 'edgeHitRatio',
    kind: 'number',
    label: 'Edge hit ratio',
    default: 0.8,
    min: 0,
    max: 1,
    step: 0.01,
    description:
      'Share of requests an edge answers from the copy it holds; for the rest it asks the origin.',
  },
  {
    name: 'edges',
    kind: 'enum',
    label: 'Edge sites',
    default: 'many',
    options: EDGE_SET_NAMES,
    description: 'Where edge servers stand: 3 cities (few), 8 cities (many), or every user city.',
  },
  {
    name: 'originRegion',
    kind: 'enum',
    label: 'Origin',
    default: 'virginia',
    options: ORIGIN_SITES,
    description: 'The one data centre that holds the originals and does the real work.',
  },
  {
    name: 'rps',
    kind: 'number',
    label: 'Requests',
    default: 400,
    min: 1,
    max: 5000,
    scale: 'log',
    unit: 'requests/s',
    description:
      'Requests per second from all cities together, shared out by how many users each has.',
  },
  {
    name: 'originMs',
    kind: 'number',
    label: 'Origin processing',
    default: 100,
    min: 1,
    max: 2000,
    unit: 'ms',
    description: 'Time the origin spends building one answer.',
  },
  {
    name: 'edgeMs',
    kind: 'number',
    label: 'Edge processing',
    default: 10,
    min: 0.1,
    max: 500,
    unit: 'ms',
    description: 'Time an edge spends finding its copy and sending it.',
  },
  {
    name: 'originWorkers',
    kind: 'number',
    label: 'Origin workers',
    default: 64,
    min: 1,
    max: 1024,
    integer: true,
    description:
      'Requests the origin works on at once; it finishes at most workers ÷ processing time a second.',
  },
];
