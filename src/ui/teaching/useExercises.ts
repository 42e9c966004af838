import { useEffect, useState } from 'react';
import type { Player } from '../../player/store';
import type { RunResult } from '../../scenarios/run';
import type { Exercise } from '../../scenarios/teaching';
import { usePlayerState } from '../hooks/usePlayer';
import { loadDone, saveDone } from './progress';

/**
 * Ticks off exercises from the simulation itself: each time a run finishes, every exercise
 * checks the run's results and parameters. Progress is remembered per scenario.
 */
export function useExercises(player: Player, exercises: readonly Exercise[]) {
  const scenario = usePlayerState(player, (s) => s.scenario.id);
  const result = usePlayerState(player, (s) =>
    s.status === 'ready' ? (s.data?.result ?? null) : null,
  );
  const params = usePlayerState(player, (s) => s.params);
  const [done, setDone] = useState<Set<string>>(() => loadDone(scenario));
  const [latest, setLatest] = useState<string | null>(null);
  const [checked, setChecked] = useState<RunResult | null>(null);

  // A newly finished run is checked once, while rendering (no effect, no extra render pass).
  if (result && result !== checked) {
    setChecked(result);
    const reached = exercises.filter((e) => !done.has(e.id) && safeCheck(e, result, params));
    if (reached.length > 0) {
      setDone(new Set([...done, ...reached.map((e) => e.id)]));
      setLatest(reached[reached.length - 1]!.id);
    }
  }

  useEffect(() => saveDone(scenario, done), [scenario, done]);

  const reset = () => {
    setDone(new Set());
    setLatest(null);
  };
  return { done, latest, reset };
}

/** A broken check must never break the page: it just does not tick. */
function safeCheck(e: Exercise, ...args: Parameters<Exercise['check']>): boolean {
  try {
    return e.check(...args);
  } catch {
    return false;
  }
}
