import { CONSISTENCY_MODES } from '../../engine';
import type { ParamSpec } from '../params';
import { MAX_DISHES, PARTITION_NAMES } from './cities';

export const params: ParamSpec[] = [
  {
    name: 'mode',
    kind: 'enum',
    label: 'Mode',
    default: 'cp',
    options: CONSISTENCY_MODES,
    description:
      'cp: two of three restaurants must agree on every order, or it is refused; ap: each answers from its own menu.',
  },
  {
    name: 'partition',
    kind: 'enum',
    label: 'Partition',
    default: 'isolate-mumbai',
    options: PARTITION_NAMES,
    description:
      'Which phone lines the storm cuts: cut one city off, cut all three apart, cut one line, or none.',
  },
  {
    name: 'partitionAtS',
    kind: 'number',
    label: 'Storm starts at',
    default: 10,
    min: 0,
    max: 3600,
    unit: 's',
    description: 'Simulated second the lines go down.',
  },
  {
    name: 'healAtS',
    kind: 'number',
    label: 'Lines back at',
    default: 20,
    min: 0,
    max: 3600,
    unit: 's',
    description: 'Simulated second the lines come back (must be after the storm starts).',
  },
  {
    name: 'rps',
    kind: 'number',
    label: 'Orders per city',
    default: 100,
    min: 1,
    max: 2000,
    scale: 'log',
    unit: 'requests/s',
    description: 'Requests per second from the customers of each city, to their own restaurant.',
  },
  {
    name: 'writeRatio',
    kind: 'number',
    label: 'Price changes',
    default: 0.1,
    min: 0,
    max: 1,
    step: 0.05,
    description: 'Share of requests that change a price (writes); the rest read the menu.',
  },
  {
    name: 'dishes',
    kind: 'number',
    label: 'Dishes',
    default: 6,
    min: 1,
    max: MAX_DISHES,
    integer: true,
    description: 'Dishes on the menu; the first is the most ordered and the most often changed.',
  },
];
