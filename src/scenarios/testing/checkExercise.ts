import { runToEnd, type RunInput } from '../run';
import { baselineInput, type Exercise } from '../teaching';

/** Checks an exercise against a headless run of `input`, with its baseline run if it has one,
 * as the page does when a run finishes (for tests). */
export function checkExercise(e: Exercise, input: RunInput): boolean {
  const result = runToEnd(input);
  const base = baselineInput(e, result);
  return e.check(result, input.params, base ? runToEnd(base) : undefined);
}
