import type { RunResult } from '../run';
import type { Leg, Part } from './budget';

/** One bar of your order's budget as the results carry it (times in ms). */
export interface BudgetBar {
  id: string;
  leg: Leg;
  part: Part;
  /** From the moment you opened the app. */
  startMs: number;
  ms: number;
}

/** Your order's budget, read back from a run's results (the page and the CLI share them). */
export interface BudgetReading {
  outcome: string;
  failedLeg: Leg | null;
  startedAtMs: number;
  totalMs: number;
  underTwoSeconds: boolean;
  steps: BudgetBar[];
  /** The consumers' work after the confirmation, in order of start. */
  after: BudgetBar[];
}

const bar = (id: string, startMs: number, ms: number): BudgetBar => {
  const [leg, rest] = id.split(':') as [Leg, string];
  return { id, leg, part: rest.split('#')[0] as Part, startMs, ms };
};

/** The budget in a run's results, or null when the run has none yet. */
export function readBudget(result: RunResult | null | undefined): BudgetReading | null {
  const b = result?.budget as
    | {
        outcome: string;
        failedLeg: Leg | null;
        startedAtMs: number;
        totalMs: number;
        underTwoSeconds: boolean;
        steps: Array<{ id: string; startMs: number; ms: number }>;
        afterConfirmation: Record<string, { startMs: number; ms: number }>;
      }
    | undefined;
  if (!b || !Array.isArray(b.steps)) return null;
  return {
    outcome: b.outcome,
    failedLeg: b.failedLeg,
    startedAtMs: b.startedAtMs,
    totalMs: b.totalMs,
    underTwoSeconds: b.underTwoSeconds,
    steps: b.steps.map((s) => bar(s.id, s.startMs, s.ms)),
    after: Object.entries(b.afterConfirmation ?? {})
      .map(([job, s]) => bar(`order:${job}`, s.startMs, s.ms))
      .sort((x, y) => x.startMs - y.startMs),
  };
}
