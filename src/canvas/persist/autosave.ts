import { get as idbGet, set as idbSet } from 'idb-keyval';
import type { Design } from '../design/types';

/**
 * Autosave: the design is written after every change (debounced) to IndexedDB, with
 * localStorage as the fallback when IndexedDB is missing or refuses (private modes, quotas).
 * When the page is hidden or closed it is also written to localStorage at once, because an
 * IndexedDB write started then may never finish. Loading takes the newest copy of the two.
 */

export const DESIGN_KEY = 'scale-lab:design';
/** The design that a sample, an import or a reference replaced, kept in case Undo is gone. */
export const PREVIOUS_KEY = 'scale-lab:design:previous';

/** What is stored: the design as JSON text (checked by the schema on the way back) and when. */
export interface Saved {
  savedAt: number;
  json: string;
}

export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: Saved): Promise<void>;
}

export const idbStore: KeyValue = {
  get: (key) => idbGet(key),
  set: (key, value) => idbSet(key, value),
};

export const localStore: KeyValue = {
  get: async (key) => {
    const text = globalThis.localStorage?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  },
  set: async (key, value) => {
    if (!globalThis.localStorage) throw new Error('no localStorage');
    globalThis.localStorage.setItem(key, JSON.stringify(value));
  },
};

const isSaved = (v: unknown): v is Saved =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Saved).savedAt === 'number' &&
  typeof (v as Saved).json === 'string';

/** Writes to the first store that accepts; false when none does. */
export async function save(
  key: string,
  d: Design,
  stores: readonly KeyValue[] = [idbStore, localStore],
  now = Date.now(),
): Promise<boolean> {
  const value: Saved = { savedAt: now, json: JSON.stringify(d) };
  for (const s of stores) {
    try {
      await s.set(key, value);
      return true;
    } catch {
      // Try the next store.
    }
  }
  return false;
}

/** The newest saved design text in any store, or null. Never throws. */
export async function load(
  key: string,
  stores: readonly KeyValue[] = [idbStore, localStore],
): Promise<string | null> {
  let best: Saved | null = null;
  for (const s of stores) {
    try {
      const v = await s.get(key);
      if (isSaved(v) && (!best || v.savedAt > best.savedAt)) best = v;
    } catch {
      // A store that cannot be read holds nothing for us.
    }
  }
  return best?.json ?? null;
}

/** Writes straight to localStorage; for pagehide, when async work may not finish. */
export function saveNow(key: string, d: Design, now = Date.now()): void {
  try {
    globalThis.localStorage?.setItem(
      key,
      JSON.stringify({ savedAt: now, json: JSON.stringify(d) }),
    );
  } catch {
    // Full or disabled: the debounced IndexedDB copy is all we have.
  }
}

/** Debounces saves: `schedule` on every change, `flush` when the page goes away. */
export function createAutosaver(
  write: (d: Design) => unknown,
  delayMs = 400,
): { schedule(d: Design): void; flush(): Design | null; cancel(): void } {
  let pending: Design | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const d = pending;
    pending = null;
    if (d) write(d);
    return d;
  };
  return {
    schedule(d) {
      pending = d;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
