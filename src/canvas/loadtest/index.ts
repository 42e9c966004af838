import type { LoadTestResult } from '../design/contract';
import type { Design } from '../design/types';
import { loadTest } from './loadTest';
import type { WorkerOut } from './worker';

export { loadTest, InvalidDesignError, type LoadTestOptions } from './loadTest';
export { findBottleneck } from './bottleneck';
export { CHALLENGES, type Challenge } from './challenges';

/**
 * Runs the load test off the main thread, in a Web Worker of its own; where there are no
 * workers (Node, jsdom) it runs here instead, after yielding once so callers still get a
 * promise that settles later. Rejects with the design's first problem when it has errors.
 */
export function runLoadTest(
  design: Design,
  onProgress?: (done: number) => void,
): Promise<LoadTestResult> {
  if (typeof Worker === 'undefined') {
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        try {
          resolve(loadTest(design, { onProgress }));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }, 0),
    );
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerOut>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress?.(m.done);
      else {
        worker.terminate();
        if (m.type === 'result') resolve(m.result);
        else reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the load test stopped unexpectedly'));
    };
    worker.postMessage({ design });
  });
}
