import { wrap, type Remote } from 'comlink';
import type { RunInput, RunResult } from '../scenarios/session';
import type { SimWorkerApi } from './simWorker';

let api: Remote<SimWorkerApi> | null = null;

/**
 * Runs whole simulations headless and returns their results: in a Web Worker of its own when
 * the platform has one (so the page and the player's worker stay free), else right here.
 */
export async function computeResults(inputs: readonly RunInput[]): Promise<RunResult[]> {
  const plain = JSON.parse(JSON.stringify(inputs)) as RunInput[];
  // Without workers (Node), here; loaded on demand, since it brings every scenario's model.
  if (typeof Worker === 'undefined') return plain.map((await import('../scenarios/run')).runToEnd);
  api ??= wrap<SimWorkerApi>(
    new Worker(new URL('./simWorker.ts', import.meta.url), { type: 'module' }),
  );
  return api.results(plain);
}
