import type { Ms } from '../../engine';
import type { BudgetBar, BudgetReading } from './results';
import { stepWords, type StepWords } from './stepText';

/** One stop of the walkthrough: a bar of the budget with its words and where to look. */
export interface WalkStep extends BudgetBar {
  /** On your way (you wait for it) or after the confirmation (you do not). */
  kind: 'path' | 'after';
  words: StepWords;
  /** The simulated moment to show: the middle of the step, when its dot is on the way. */
  at: Ms;
  /** Time since you opened the app when this step is over. */
  elapsedMs: Ms;
}

/** The walkthrough's stops, in order: every bar of your journey, then the work it set off. */
export function walkSteps(b: BudgetReading): WalkStep[] {
  const make = (s: BudgetBar, kind: WalkStep['kind']): WalkStep => ({
    ...s,
    kind,
    words: stepWords(s.id, kind === 'after'),
    at: b.startedAtMs + s.startMs + s.ms / 2,
    elapsedMs: s.startMs + s.ms,
  });
  return [...b.steps.map((s) => make(s, 'path')), ...b.after.map((s) => make(s, 'after'))];
}
