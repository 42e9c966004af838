/// <reference lib="webworker" />
import { expose, transfer } from 'comlink';
import { getScenario } from '../scenarios/registry';
import { runToEnd, type RunInput, type RunResult } from '../scenarios/run';
import { ChunkReader, layoutOf, type Chunk, type RunLayout } from './chunk';
import { openSession } from './sessions';

/** Wall-clock budget per slice: long enough to be efficient, short enough to cancel quickly. */
const SLICE_MS = 40;

let current = 0;

const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function transferables(c: Chunk): Transferable[] {
  const h = c.hops;
  return [h.req, h.from, h.to, h.t0, h.t1, h.phase, h.outcome].map((a) => a.buffer as ArrayBuffer);
}

const api = {
  /** Runs `input` in slices, streaming chunks; a newer call or cancel() stops it. */
  async simulate(
    runId: number,
    input: RunInput,
    onLayout: (l: RunLayout) => void,
    onChunk: (c: Chunk) => void,
    onError: (m: string) => void,
  ): Promise<void> {
    current = runId;
    const scenario = getScenario(input.scenario);
    if (!scenario) return onError(`unknown scenario "${input.scenario}"`);
    const session = openSession(scenario, input, { onLayout, onChunk, onError });
    if (!session) return;
    onLayout(layoutOf(session));
    const reader = new ChunkReader(session);
    let step = 250;
    while (!session.done) {
      const started = performance.now();
      session.advance(session.now + step);
      const spent = performance.now() - started;
      // Aim each slice at SLICE_MS of work whatever the load.
      step = Math.max(10, Math.min(10_000, step * (spent > 0 ? SLICE_MS / spent : 2)));
      const chunk = reader.read();
      onChunk(transfer(chunk, transferables(chunk)));
      await yieldToMessages();
      if (current !== runId) return;
    }
  },
  cancel(runId: number): void {
    if (current === runId) current = 0;
  },
  /** Whole runs, headless (predictions, comparisons of final figures). */
  results(inputs: RunInput[]): RunResult[] {
    return inputs.map(runToEnd);
  },
};

export type SimWorkerApi = typeof api;

expose(api);
