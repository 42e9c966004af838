/**
 * Undo and redo over immutable values (designs). Pure: every function returns a new history.
 *
 * Rules:
 * - `commit` is one step. With a `key` equal to the previous commit's key, it folds into that
 *   step instead (typing 1, 10, 100 in one field, or pressing an arrow ten times, is one step).
 * - `preview` changes what is shown without a step (a drag in progress); `settle` then makes
 *   the whole preview one step, or none if it ended where it started.
 * - A new step clears the redo list; the oldest steps drop off past `limit`.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The value before a preview began, or null when no preview is open. */
  base: T | null;
  /** Key of the last commit, for folding repeated edits of the same thing. */
  lastKey: string | null;
  limit: number;
}

export const HISTORY_LIMIT = 100;

export function createHistory<T>(present: T, limit = HISTORY_LIMIT): History<T> {
  return { past: [], present, future: [], base: null, lastKey: null, limit };
}

const push = <T>(past: T[], value: T, limit: number): T[] => {
  const next = [...past, value];
  return next.length > limit ? next.slice(next.length - limit) : next;
};

export function commit<T>(h: History<T>, next: T, key: string | null = null): History<T> {
  const settled = settle(h);
  if (next === settled.present) return settled;
  if (key !== null && key === settled.lastKey && settled.past.length > 0)
    return { ...settled, present: next, future: [] };
  return {
    ...settled,
    past: push(settled.past, settled.present, settled.limit),
    present: next,
    future: [],
    lastKey: key,
  };
}

export function preview<T>(h: History<T>, next: T): History<T> {
  if (next === h.present) return h;
  return { ...h, base: h.base ?? h.present, present: next };
}

export function settle<T>(h: History<T>): History<T> {
  if (h.base === null) return h;
  if (h.base === h.present) return { ...h, base: null };
  return {
    ...h,
    past: push(h.past, h.base, h.limit),
    future: [],
    base: null,
    lastKey: null,
  };
}

export function undo<T>(h: History<T>): History<T> {
  const s = settle(h);
  const prev = s.past[s.past.length - 1];
  if (prev === undefined) return s;
  return {
    ...s,
    past: s.past.slice(0, -1),
    present: prev,
    future: [s.present, ...s.future],
    lastKey: null,
  };
}

export function redo<T>(h: History<T>): History<T> {
  const s = settle(h);
  const [next, ...rest] = s.future;
  if (next === undefined) return s;
  return {
    ...s,
    past: push(s.past, s.present, s.limit),
    present: next,
    future: rest,
    lastKey: null,
  };
}

export const canUndo = <T>(h: History<T>): boolean => h.past.length > 0 || h.base !== null;
export const canRedo = <T>(h: History<T>): boolean => h.future.length > 0;

/** Ends folding: the next commit is a step of its own even with the same key. */
export const breakFold = <T>(h: History<T>): History<T> =>
  h.lastKey === null ? h : { ...h, lastKey: null };
