import { INTERACTIVE, RunSession, type RunInput } from '../scenarios/run';
import { ChunkReader, layoutOf, type Chunk, type RunLayout } from './chunk';

/** Where a run's output goes, whichever thread computes it. */
export interface RunCallbacks {
  onLayout(layout: RunLayout): void;
  onChunk(chunk: Chunk): void;
  onError(message: string): void;
}

/** Builds a session, reporting a build error (a bad combination) instead of throwing. */
export function openSession(input: RunInput, cb: RunCallbacks): RunSession | null {
  try {
    return new RunSession(input, INTERACTIVE);
  } catch (e) {
    cb.onError((e as Error).message);
    return null;
  }
}

/** Runs the whole session synchronously and delivers it as one chunk. */
export function runOnMainThread(session: RunSession, cb: RunCallbacks): void {
  try {
    cb.onLayout(layoutOf(session));
    session.advance(session.durationMs);
    cb.onChunk(new ChunkReader(session).read());
  } catch (e) {
    cb.onError((e as Error).message);
  }
}
