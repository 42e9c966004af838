/// <reference lib="webworker" />
import type { Design } from '../design/types';
import { loadTest } from './loadTest';

/**
 * The load test's own worker: one message in (a design), progress messages and one result
 * (or error) out. Nothing shared with the page, so a long test never blocks the canvas.
 */
export type WorkerIn = { design: Design; seed?: number };
export type WorkerOut =
  | { type: 'progress'; done: number }
  | { type: 'result'; result: ReturnType<typeof loadTest> }
  | { type: 'error'; message: string };

const post = (m: WorkerOut) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<WorkerIn>) => {
  let last = -1;
  try {
    const result = loadTest(e.data.design, {
      seed: e.data.seed ?? 1,
      onProgress: (done) => {
        // A message per percent is plenty for a progress bar.
        if (Math.floor(done * 100) !== last) {
          last = Math.floor(done * 100);
          post({ type: 'progress', done });
        }
      },
    });
    post({ type: 'result', result });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
