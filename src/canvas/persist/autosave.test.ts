import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDesign } from '../ui/edits';
import { createAutosaver, load, save, type KeyValue, type Saved } from './autosave';

function memory(fail = false): KeyValue & { data: Map<string, Saved> } {
  const data = new Map<string, Saved>();
  return {
    data,
    get: async (k) => {
      if (fail) throw new Error('refused');
      return data.get(k);
    },
    set: async (k, v) => {
      if (fail) throw new Error('refused');
      data.set(k, v);
    },
  };
}

describe('autosave', () => {
  afterEach(() => vi.useRealTimers());

  it('saves to the first store, and falls back to the next when it refuses', async () => {
    const idb = memory(true);
    const local = memory();
    expect(await save('k', emptyDesign('A'), [idb, local], 5)).toBe(true);
    expect(local.data.get('k')).toMatchObject({ savedAt: 5 });
    expect(await load('k', [idb, local])).toBe(JSON.stringify(emptyDesign('A')));
  });

  it('loads the newest copy of all stores', async () => {
    const a = memory();
    const b = memory();
    await save('k', emptyDesign('old'), [a], 1);
    await save('k', emptyDesign('new'), [b], 2);
    expect(JSON.parse((await load('k', [a, b]))!).name).toBe('new');
  });

  it('finds nothing, without throwing, when stores hold junk or nothing', async () => {
    const junk: KeyValue = { get: async () => ({ savedAt: 'x' }), set: async () => {} };
    expect(await load('k', [junk, memory(true), memory()])).toBeNull();
  });

  it('debounces: many changes, one write of the last; flush writes at once', () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const saver = createAutosaver((d) => writes.push(d.name), 400);
    for (const n of ['a', 'b', 'c']) saver.schedule(emptyDesign(n));
    vi.advanceTimersByTime(399);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual(['c']);
    saver.schedule(emptyDesign('d'));
    expect(saver.flush()?.name).toBe('d');
    expect(writes).toEqual(['c', 'd']);
    vi.advanceTimersByTime(1000);
    expect(writes).toEqual(['c', 'd']);
  });
});
