import type { RunInput } from '../scenarios/run';
import { expectedRequests, openSession, runOnMainThread, type RunCallbacks } from './sessions';
import { WorkerRunner } from './workerRunner';

/** Starts runs and delivers their chunks; `start` returns a cancel function. */
export interface Runner {
  start(input: RunInput, cb: RunCallbacks): () => void;
  dispose(): void;
}

/**
 * Runs up to this many expected requests on the main thread at once (a few tens of
 * milliseconds); bigger runs go to the worker so the page never stalls.
 */
export const MAIN_THREAD_LIMIT = 40_000;

/** Small runs here and now; large ones in a Web Worker when the platform has one. */
export class AutoRunner implements Runner {
  private worker: WorkerRunner | null = null;
  private cancelWorkerRun: () => void = () => {};

  start(input: RunInput, cb: RunCallbacks): () => void {
    this.cancelWorkerRun();
    const session = openSession(input, cb);
    if (!session) return () => {};
    if (expectedRequests(session) <= MAIN_THREAD_LIMIT || typeof Worker === 'undefined') {
      runOnMainThread(session, cb);
      return () => {};
    }
    this.worker ??= new WorkerRunner();
    this.cancelWorkerRun = this.worker.start(input, cb);
    return this.cancelWorkerRun;
  }

  dispose(): void {
    this.cancelWorkerRun();
    this.worker?.dispose();
    this.worker = null;
  }
}
