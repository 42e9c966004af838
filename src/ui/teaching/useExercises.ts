import { useEffect, useRef, useState } from 'react';
import { computeResults } from '../../player/headless';
import type { Player } from '../../player/store';
import type { RunInput, RunResult } from '../../scenarios/run';
import { baselineInput, type Exercise } from '../../scenarios/teaching';
import { usePlayerState } from '../hooks/usePlayer';
import { loadDone, saveDone } from './progress';

/**
 * Ticks off exercises from the simulation itself: each time a run finishes, every exercise
 * checks the run's results and parameters. Progress is remembered per scenario. Exercises
 * measured against another run get it from a worker first, so the page never stalls.
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

  const tick = (reached: readonly Exercise[]) => {
    if (reached.length === 0) return;
    setDone((d) => new Set([...d, ...reached.map((e) => e.id)]));
    setLatest(reached[reached.length - 1]!.id);
  };

  // A newly finished run is checked once, while rendering (no effect, no extra render pass).
  if (result && result !== checked) {
    setChecked(result);
    tick(exercises.filter((e) => !e.baseline && !done.has(e.id) && safeCheck(e, result, params)));
  }

  // Goals measured against another run wait for it (computed in a worker). The tick belongs
  // to the run that finished, so it lands even if the reader has moved on meanwhile; only
  // leaving the page drops it.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // Each finished run asks for its baselines once (a tick changing `done` must not ask again).
  const asked = useRef<RunResult | null>(null);
  useEffect(() => {
    if (!result || asked.current === result) return;
    asked.current = result;
    const waiting = exercises.flatMap((e) => {
      const base = e.baseline && !done.has(e.id) ? safeBaseline(e, result) : null;
      return base ? [{ e, base }] : [];
    });
    if (waiting.length === 0) return;
    Promise.all(waiting.map((w) => baselineRun(w.base)))
      .then((bases) => {
        if (!mounted.current) return;
        tick(
          waiting.filter((w, i) => safeCheck(w.e, result, result.params, bases[i])).map((w) => w.e),
        );
      })
      .catch(() => {}); // no baseline, no tick: the page goes on
  }, [result, exercises, done]);

  useEffect(() => saveDone(scenario, done), [scenario, done]);

  const reset = () => {
    setDone(new Set());
    setLatest(null);
  };
  return { done, latest, reset };
}

/** Baseline runs already computed (or computing), by input; a few are kept. */
const baselines = new Map<string, Promise<RunResult>>();
const KEEP = 8;

function baselineRun(input: RunInput): Promise<RunResult> {
  const key = JSON.stringify(input);
  let run = baselines.get(key);
  if (!run) {
    run = computeResults([input]).then((r) => r[0]!);
    run.catch(() => {
      if (baselines.get(key) === run) baselines.delete(key);
    });
    baselines.set(key, run);
    if (baselines.size > KEEP) baselines.delete(baselines.keys().next().value!);
  }
  return run;
}

/** A broken check must never break the page: it just does not tick. */
function safeCheck(e: Exercise, ...args: Parameters<Exercise['check']>): boolean {
  try {
    return e.check(...args);
  } catch {
    return false;
  }
}

function safeBaseline(e: Exercise, result: RunResult): RunInput | null {
  try {
    return baselineInput(e, result);
  } catch {
    return null;
  }
}
