import { proxy, wrap, type Remote } from 'comlink';
import type { RunInput } from '../scenarios/run';
import type { RunCallbacks } from './sessions';
import type { SimWorkerApi } from './simWorker';

/** Runs simulations in one long-lived Web Worker; stale runs are cancelled, not waited for. */
export class WorkerRunner {
  private readonly worker: Worker;
  private readonly api: Remote<SimWorkerApi>;
  private nextId = 1;
  private active = 0;

  constructor() {
    this.worker = new Worker(new URL('./simWorker.ts', import.meta.url), { type: 'module' });
    this.api = wrap<SimWorkerApi>(this.worker);
  }

  start(input: RunInput, cb: RunCallbacks): () => void {
    const id = this.nextId++;
    this.active = id;
    const live = () => this.active === id;
    // Plain data through structured clone: strip anything that is not.
    const plain = JSON.parse(JSON.stringify(input)) as RunInput;
    this.api
      .simulate(
        id,
        plain,
        proxy((l) => live() && cb.onLayout(l)),
        proxy((c) => live() && cb.onChunk(c)),
        proxy((m) => live() && cb.onError(m)),
      )
      .catch((e: unknown) => live() && cb.onError(String((e as Error)?.message ?? e)));
    return () => {
      if (live()) this.active = 0;
      void this.api.cancel(id);
    };
  }

  dispose(): void {
    this.worker.terminate();
  }
}
