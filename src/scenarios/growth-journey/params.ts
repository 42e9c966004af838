import type { ParamSpec, Params } from '../params';
import { num, set } from '../scenario';

/** The chapter's standard fixes, in the order the options list them (and links write them). */
export const FIXES = [
  'lb',
  'pool',
  'cache',
  'replicas',
  'cdn',
  'queue',
  'shards',
  'limiter',
] as const;
export type FixId = (typeof FIXES)[number];

/** The stops of the journey's slider: each about three times the one before. */
export const STOPS = [100, 300, 1_000, 3_000, 10_000, 30_000, 100_000] as const;
export const LAST_STOP = STOPS[STOPS.length - 1]!;

export const params: ParamSpec[] = [
  {
    name: 'users',
    kind: 'number',
    label: 'Users',
    default: 100,
    min: 100,
    max: 100_000,
    integer: true,
    scale: 'log',
    unit: 'users',
    description:
      'People using the app at once; each clicks about every 10 s and waits for the answer before reading on.',
  },
  {
    name: 'fixes',
    kind: 'set',
    label: 'Fixes applied',
    default: [],
    options: FIXES,
    description:
      'Standard fixes in place: load balancer, connection pool, cache, read replicas, CDN, message queue, shards, rate limiter.',
  },
];

export const usersOf = (p: Params): number => num(p, 'users');
export const fixesOf = (p: Params): readonly FixId[] => set(p, 'fixes') as readonly FixId[];
export const has = (p: Params, fix: FixId): boolean => fixesOf(p).includes(fix);

/** The slider stop at or below a user count (the CLI accepts any count in between). */
export function stopIndex(users: number): number {
  let i = 0;
  STOPS.forEach((s, k) => {
    if (users >= s) i = k;
  });
  return i;
}
