import { FIXES_FOR, type BottleneckId } from './bottleneck';
import { FIXES, LAST_STOP, type FixId } from './params';

/**
 * The learner's path, kept apart from the page so it can be tested: what each finished run
 * showed, and each fix tried against the bottleneck on screen at the time. The URL holds only
 * where the learner is now (users and fixes); this holds how they got there.
 */

export type Seen = BottleneckId | 'none';

export interface Observation {
  users: number;
  fixes: readonly FixId[];
  bottleneck: Seen;
}

export interface FixTry {
  fix: FixId;
  users: number;
  /** The bottleneck shown when the fix was added ('none' when nothing was broken). */
  against: Seen;
  /** Whether the chapter names this fix for that bottleneck. */
  right: boolean;
}

export interface Journey {
  seen: readonly Observation[];
  tries: readonly FixTry[];
}

export const EMPTY_JOURNEY: Journey = { seen: [], tries: [] };

const sameFixes = (a: readonly FixId[], b: readonly FixId[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Records a finished run's verdict; the same state seen twice in a row counts once. */
export function observe(j: Journey, o: Observation): Journey {
  const last = j.seen[j.seen.length - 1];
  if (
    last &&
    last.users === o.users &&
    last.bottleneck === o.bottleneck &&
    sameFixes(last.fixes, o.fixes)
  )
    return j;
  return { ...j, seen: [...j.seen, { ...o, fixes: [...o.fixes] }] };
}

/** Records a fix the learner added while `against` was the bottleneck on screen. */
export function tryFix(j: Journey, fix: FixId, users: number, against: Seen): Journey {
  const right = against !== 'none' && FIXES_FOR[against].includes(fix);
  return { ...j, tries: [...j.tries, { fix, users, against, right }] };
}

export interface Met {
  bottleneck: BottleneckId;
  /** Users when it was first seen. */
  users: number;
}

export interface Summary {
  /** Most users served with acceptable latency. */
  reached: number;
  /** Each bottleneck, once, in the order it was first met. */
  met: Met[];
  /** The fixes in place now, in the order they were last added (any from a shared link last). */
  applied: FixId[];
  /** Fixes added against a bottleneck they do not address (or when nothing was broken). */
  wrong: FixTry[];
  done: boolean;
}

/** The path so far, as the end-of-journey summary tells it. */
export function summarize(j: Journey, fixesNow: readonly FixId[]): Summary {
  const met: Met[] = [];
  let reached = 0;
  for (const o of j.seen) {
    if (o.bottleneck === 'none') reached = Math.max(reached, o.users);
    else if (!met.some((m) => m.bottleneck === o.bottleneck))
      met.push({ bottleneck: o.bottleneck, users: o.users });
  }
  // A fix taken out and added again counts from when it was last added.
  const lastTry = (f: FixId) => j.tries.map((t) => t.fix).lastIndexOf(f);
  const applied: FixId[] = FIXES.filter((f) => fixesNow.includes(f) && lastTry(f) >= 0).sort(
    (a, b) => lastTry(a) - lastTry(b),
  );
  for (const f of FIXES) if (fixesNow.includes(f) && !applied.includes(f)) applied.push(f);
  return {
    reached,
    met,
    applied,
    wrong: j.tries.filter((t) => !t.right),
    done: reached >= LAST_STOP,
  };
}

/** The journey ends when the last stop runs with acceptable latency. */
export const isJourneyEnd = (users: number, seen: Seen | null): boolean =>
  users >= LAST_STOP && seen === 'none';
