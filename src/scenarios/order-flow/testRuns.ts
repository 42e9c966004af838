// Seeded runs shared by this folder's tests, each computed once per test file.
import { defaults, type Params } from '../params';
import { runToEnd, type RunResult } from '../run';
import { params } from './params';
import type { Switchable } from './parts';
import { readBudget, type BudgetReading } from './results';

const cache = new Map<string, RunResult>();

/** A finished run of this page with some parameters changed (walkthrough: 3 s is plenty). */
export function run(set: Params = {}, durationS?: number): RunResult {
  const p = { ...defaults(params), ...set };
  const d = durationS ?? (p.mode === 'scale' ? 1.5 : 3);
  const key = JSON.stringify([p, d]);
  let r = cache.get(key);
  if (!r) {
    r = runToEnd({ scenario: 'order-flow', params: p, seed: 7, durationS: d, commands: [] });
    cache.set(key, r);
  }
  return r;
}

/** The walkthrough's budget with some parts switched off. */
export function walk(off: readonly Switchable[] = [], more: Params = {}): BudgetReading {
  const b = readBudget(run({ mode: 'walkthrough', disable: off, ...more }));
  if (!b) throw new Error('the run has no budget');
  return b;
}

/** A scale run's figures (the extras of the results). */
export function scale(off: readonly Switchable[] = [], more: Params = {}) {
  const r = run({ mode: 'scale', disable: off, ...more }) as RunResult & ScaleFigures;
  return r;
}

interface TallyFigures {
  sent: number;
  ok: number;
  errors: number;
  limited: number;
  errorShare: number;
  p50: number;
  p99: number;
}
export interface ScaleFigures {
  customers: { orders: TallyFigures; browse: TallyFigures };
  abuser: TallyFigures;
  cache: { hits: number; misses: number; hitRatio: number; dbReads: number };
  database: {
    writes: number;
    readsOnPrimaries: number;
    readsOnReplicas: number;
    busiestPrimaryUtilization: number;
    busiestReplicaUtilization: number | null;
    longestQueue: number;
  };
  log: { events: number; maxLag: number; endLag: number } | null;
  jobsDone: Record<string, number>;
  limiterTurnedAway: number;
  budgetMs: Record<string, number>;
}
