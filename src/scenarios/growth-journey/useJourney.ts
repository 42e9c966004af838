import { useCallback, useState } from 'react';
import type { Player } from '../../player/store';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import type { BottleneckId } from './bottleneck';
import { EMPTY_JOURNEY, observe, tryFix, type Journey, type Seen } from './journey';
import { FIXES, type FixId } from './params';

/** The verdict of the finished run for the parameters on screen (null while it computes). */
export interface ShownVerdict {
  bottleneck: Seen;
  part: string;
  reason: string;
  fixes: readonly FixId[];
  p99Ms: number;
  errorRate: number;
}

const sameList = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);

/** Reads the verdict from the finished run, but only if it was run on the current parameters. */
export function useVerdict(player: Player): ShownVerdict | null {
  const result = usePlayerState(player, (s) => s.data?.result ?? null);
  const users = usePlayerState(player, (s) => s.params.users as number);
  const fixes = usePlayerState(player, (s) => s.params.fixes);
  if (!result || result.params.users !== users || !sameList(result.params.fixes, fixes))
    return null;
  const ms = result.peopleMs as { p99: number } | undefined;
  return {
    bottleneck: result.bottleneck as BottleneckId | 'none',
    part: (result.part as string | undefined) ?? '',
    reason: (result.reason as string | undefined) ?? '',
    fixes: (result.fixesForIt as FixId[] | undefined) ?? [],
    p99Ms: ms?.p99 ?? NaN,
    errorRate: (result.peopleErrorRate as number | undefined) ?? 0,
  };
}

/**
 * The path the learner takes in this visit: every verdict shown, every fix tried. A fix is
 * judged against the last verdict on screen, so one added while a run computes still counts.
 */
export function useJourney(player: Player, verdict: ShownVerdict | null) {
  const [journey, setJourney] = useState<Journey>(EMPTY_JOURNEY);
  const [lastSeen, setLastSeen] = useState<Seen>('none');
  const users = usePlayerState(player, (s) => s.params.users as number);
  const fixes = usePlayerState(player, (s) => s.params.fixes as readonly FixId[]);
  const seen = verdict?.bottleneck ?? null;

  // A new verdict is recorded as it is first rendered (React's "adjust state while
  // rendering" pattern): no effect, so no extra render with a stale journey.
  const key = seen === null ? null : `${users}|${fixes.join(',')}|${seen}`;
  const [recorded, setRecorded] = useState<string | null>(null);
  if (key !== null && seen !== null && key !== recorded) {
    setRecorded(key);
    setLastSeen(seen);
    setJourney((j) => observe(j, { users, fixes, bottleneck: seen }));
  }

  const toggleFix = useCallback(
    (fix: FixId) => {
      const now = player.store.getState().params.fixes as readonly FixId[];
      const adding = !now.includes(fix);
      if (adding) setJourney((j) => tryFix(j, fix, users, seen ?? lastSeen));
      const next = FIXES.filter((f) => (f === fix ? adding : now.includes(f)));
      player.setParam('fixes', next);
    },
    [player, users, seen, lastSeen],
  );

  const restart = useCallback(() => {
    setJourney(EMPTY_JOURNEY);
    setRecorded(null);
  }, []);
  return { journey, toggleFix, restart };
}
