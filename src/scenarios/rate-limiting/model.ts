import {
  burstTimes,
  type BurstPlan,
  type LimiterAlgorithm,
  type LimiterSettings,
} from '../../engine';
import type { Params } from '../params';
import type { RunResult } from '../run';
import { num, str } from '../scenario';
import type { Role } from './clients';

/** One-way time between a client and the limiter: enough for requests to be seen moving. */
export const CLIENT_LINK_MS = 20;
/** The limiter sits next to the server. */
export const SERVER_LINK_MS = 1;
/** Clients give up after this long; with the default server it never comes to that. */
export const CLIENT_TIMEOUT_MS = 10_000;

export const algorithmOf = (p: Params): LimiterAlgorithm => str<LimiterAlgorithm>(p, 'algorithm');

export const settingsOf = (p: Params): LimiterSettings => ({
  limit: num(p, 'limit'),
  windowMs: num(p, 'windowMs'),
  capacity: num(p, 'capacity'),
  refillPerSec: num(p, 'refillPerSec'),
});

/** The bursty job as the limiter sees it: bursts centred on every tick of its clock. */
export const burstPlanOf = (p: Params): BurstPlan => ({
  size: num(p, 'burstSize'),
  everyMs: num(p, 'burstEveryS') * 1000,
  spreadMs: num(p, 'burstSpreadMs'),
});

/** The long-run rate one client gets through the limiter (Infinity with none). */
export function allowedRps(p: Params): number {
  switch (algorithmOf(p)) {
    case 'none':
      return Infinity;
    case 'fixed-window':
    case 'sliding-window':
      return (num(p, 'limit') * 1000) / num(p, 'windowMs');
    case 'token-bucket':
    case 'leaky-bucket':
      return num(p, 'refillPerSec');
  }
}

/** Requests a second the server can finish at most. */
export const serverCapacityRps = (p: Params): number =>
  (num(p, 'workers') * 1000) / num(p, 'serviceMs');

/** Seconds the attacker is active in a run of `seconds`. */
export const attackSeconds = (p: Params, seconds: number): number =>
  Math.max(0, seconds - num(p, 'attackStartS'));

/** The bursty job's plan as it sends: a link's latency early, so bursts land centred on the tick. */
export const sentPlanOf = (p: Params): BurstPlan => ({
  ...burstPlanOf(p),
  offsetMs: -CLIENT_LINK_MS,
});

/**
 * When the bursty job's requests reach the limiter, computed exactly as the simulation does
 * (send time, clamped to 0 as the kernel does, plus the link), so replaying them through a
 * fresh limiter gives the run's own decisions for that client.
 */
export const burstArrivals = (p: Params, untilMs: number): number[] =>
  burstTimes(sentPlanOf(p), untilMs)
    .map((t) => Math.max(0, t) + CLIENT_LINK_MS)
    // A run handles events up to and including its end.
    .filter((t) => t <= untilMs);

/** The per-group figures in the results (`groups.steady`, `groups.bursty`, `groups.attacker`). */
export interface GroupFigures {
  clients: number;
  /** Let in by the limiter. */
  accepted: number;
  /** Turned away by the limiter (429). */
  rejected: number;
  answered: number;
  /** Every request that ended without an answer: 429s, a full server queue, failures. */
  errors: number;
  errorRate: number;
  p50Ms: number;
  p99Ms: number;
  /** The most one client of the group got through within any window of windowMs. */
  maxInAnyWindow: number;
}

export const groupOf = (r: RunResult, role: Role): GroupFigures =>
  (r.groups as Record<Role, GroupFigures>)[role];

const ALGORITHM_NAMES: Record<LimiterAlgorithm, string> = {
  none: 'No limiter',
  'fixed-window': 'Fixed window',
  'sliding-window': 'Sliding window',
  'token-bucket': 'Token bucket',
  'leaky-bucket': 'Leaky bucket',
};

const seconds = (ms: number) => `${+(ms / 1000).toFixed(3)} s`;

/** The limiter in words: its name, and its allowance per client ("10 per 1 s"). */
export function describeLimiter(p: Params): { name: string; allowance: string } {
  const a = algorithmOf(p);
  const c = num(p, 'capacity');
  const r = num(p, 'refillPerSec');
  const allowance =
    a === 'none'
      ? 'everything passes'
      : a === 'token-bucket'
        ? `bucket ${c}, +${r}/s`
        : a === 'leaky-bucket'
          ? `holds ${c}, ${r}/s out`
          : `${num(p, 'limit')} per ${seconds(num(p, 'windowMs'))}`;
  return { name: ALGORITHM_NAMES[a], allowance };
}
