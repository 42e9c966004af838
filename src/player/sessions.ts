import type { Scenario } from '../scenarios/scenario';
import { INTERACTIVE, ScenarioSession, type RunInput } from '../scenarios/session';
import { ChunkReader, layoutOf, type Chunk, type RunLayout } from './chunk';

/** Where a run's output goes, whichever thread computes it. */
export interface RunCallbacks {
  onLayout(layout: RunLayout): void;
  onChunk(chunk: Chunk): void;
  onError(message: string): void;
}

/** Builds a session, reporting a build error (a bad combination) instead of throwing. */
export function openSession(
  scenario: Scenario,
  input: RunInput,
  cb: RunCallbacks,
): ScenarioSession | null {
  try {
    return new ScenarioSession(scenario, input, INTERACTIVE);
  } catch (e) {
    cb.onError((e as Error).message);
    return null;
  }
}

/** Runs the whole session synchronously and delivers it as one chunk. */
export function runOnMainThread(session: ScenarioSession, cb: RunCallbacks): void {
  try {
    cb.onLayout(layoutOf(session));
    session.advance(session.durationMs);
    cb.onChunk(new ChunkReader(session).read());
  } catch (e) {
    cb.onError((e as Error).message);
  }
}
