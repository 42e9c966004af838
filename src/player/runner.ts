import type { Scenario } from '../scenarios/scenario';
import type { RunInput } from '../scenarios/session';
import { openSession, runOnMainThread, type RunCallbacks } from './sessions';
import { WorkerRunner } from './workerRunner';

/** Starts runs and delivers their chunks; `start` returns a cancel function. */
export interface Runner {
  /** `scenario` is the one named by `input.scenario` (the worker looks it up itself). */
  start(input: RunInput, cb: RunCallbacks, scenario: Scenario): () => void;
  dispose(): void;
}

/**
 * Every run goes to a Web Worker when the platform has one, however small: even a short run
 * costs the main thread hundreds of milliseconds on a slow phone, while the page is loading
 * and the reader is trying to scroll. Without workers (Node, tests) it runs here at once.
 */
export class AutoRunner implements Runner {
  private worker: WorkerRunner | null = null;
  private cancelWorkerRun: () => void = () => {};

  start(input: RunInput, cb: RunCallbacks, scenario: Scenario): () => void {
    this.cancelWorkerRun();
    if (typeof Worker === 'undefined') {
      const session = openSession(scenario, input, cb);
      if (session) runOnMainThread(session, cb);
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
