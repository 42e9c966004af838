import { parseTimedCommand, type TimedCommand } from '../engine/kernel/commands';
import type { Params } from './params';
import type { RunInput, RunResult } from './session';

/**
 * "Predict, then run": a question the learner answers before seeing the outcome. The page runs
 * each variant on identical traffic (the same seed) and the answer is read from those results,
 * never hard-coded, so it stays true whatever the other parameters are.
 */
export interface Prediction {
  id: string;
  question: string;
  choices: ReadonlyArray<{ id: string; label: string }>;
  /** The runs that decide it: a label each and parameter overrides on top of the page's. */
  runs: ReadonlyArray<{ label: string; set: Params }>;
  /** The choice the results bear out. */
  answer(results: readonly RunResult[]): string;
  /** Why, in a sentence or two, using the numbers. */
  explain(results: readonly RunResult[]): string;
}

/** "Try this": a goal the page ticks off when a finished run shows it reached. */
export interface Exercise {
  id: string;
  prompt: string;
  hint?: string;
  /**
   * For goals measured against another run ("half of round-robin's p99"): the parameter
   * overrides of that run on identical traffic, or null when the finished run cannot count
   * (the page computes the baseline in a worker, never on the main thread).
   */
  baseline?(result: RunResult, params: Params): Params | null;
  /** `baseline` is the result of the run `baseline` asked for, when the exercise has one. */
  check(result: RunResult, params: Params, baseline?: RunResult): boolean;
}

/**
 * The input of an exercise's baseline run for a finished run, or null for none: the same
 * scenario, seed, length and interventions as the run, with the exercise's overrides.
 */
export function baselineInput(e: Exercise, result: RunResult): RunInput | null {
  const set = e.baseline?.(result, result.params) ?? null;
  if (!set) return null;
  return {
    scenario: result.scenario,
    params: { ...result.params, ...set },
    seed: result.seed,
    durationS: result.simulatedSeconds,
    commands: (result.interventions ?? [])
      .map(parseTimedCommand)
      .filter((c): c is TimedCommand => c !== null),
  };
}

/** The inputs a prediction runs, given the page's own input. */
export function predictionInputs(p: Prediction, base: RunInput): RunInput[] {
  return p.runs.map((r) => ({ ...base, params: { ...base.params, ...r.set } }));
}

/** Index of the smallest value (ties go to the first). */
export function argMin(xs: readonly number[]): number {
  let best = 0;
  xs.forEach((x, i) => {
    if (x < xs[best]!) best = i;
  });
  return best;
}

/** Errors over everything that ended, 0..1. */
export function errorShare(r: RunResult): number {
  const q = r.requests;
  const errors = q.rejected + q.timedOut + q.failed;
  const ended = q.completed + errors;
  return ended > 0 ? errors / ended : 0;
}
