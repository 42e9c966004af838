import { CHAPTERS, type ChapterModule } from '../views';

const cache = new Map<string, Promise<ChapterModule>>();

/** One promise per chapter, so React's `use` sees the same promise on every render. */
export function loadChapter(id: string): Promise<ChapterModule> {
  let p = cache.get(id);
  if (!p) {
    const load = CHAPTERS[id];
    p = load ? load() : Promise.reject(new Error(`no page for "${id}"`));
    cache.set(id, p);
  }
  return p;
}
