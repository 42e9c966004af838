import { runToEnd, type RunInput, type RunResult } from '../run';
import { predictionInputs, type Prediction } from '../teaching';

/** Runs a prediction headless, as the page does in its worker (for tests). */
export function runPrediction(
  p: Prediction,
  base: RunInput,
): { results: RunResult[]; answer: string } {
  const results = predictionInputs(p, base).map(runToEnd);
  return { results, answer: p.answer(results) };
}
