import { CATALOG } from './catalog';
import { hasChapter } from './views';
import { labHref } from './route';

/** A page in the chapter menu: a simulation, or a page of its own (cheat sheet, the exercise). */
export interface ChapterLink {
  id: string;
  title: string;
  tagline: string;
  order: number;
  href: string;
}

/** Pages that are not a single simulation, with where they live. */
export const PAGES: readonly ChapterLink[] = [
  {
    id: 'cheat-sheet',
    title: 'Cheat sheet',
    tagline: 'Every problem and its fix, each one a pair of runs',
    order: 14,
    href: '#/cheat-sheet',
  },
  {
    id: 'url-shortener',
    title: 'Design a URL shortener',
    tagline: 'Build it on a canvas, then load-test your design',
    order: 15,
    href: '#/design',
  },
];

/** The parts of the chapter, in its order; each page belongs to one by its id. */
export const PARTS: ReadonlyArray<{ title: string; ids: readonly string[] }> = [
  { title: 'Where it starts', ids: ['single-server'] },
  { title: 'The request path', ids: ['load-balancing', 'caching', 'cdn', 'rate-limiting'] },
  {
    title: 'The data path',
    ids: ['message-queues', 'read-replicas', 'sharding', 'connection-pooling', 'cap'],
  },
  { title: 'The whole system', ids: ['growth-journey', 'order-flow', 'chaos', 'cheat-sheet'] },
  { title: 'The exercise', ids: ['url-shortener'] },
];

/** Built pages, in the chapter's order. */
export function builtChapters(): ChapterLink[] {
  const sims = CATALOG.filter((s) => hasChapter(s.id)).map((s) => ({
    id: s.id,
    title: s.title,
    tagline: s.tagline,
    order: s.order,
    href: labHref(s.id),
  }));
  return [...sims, ...PAGES].sort((a, b) => a.order - b.order);
}

/** Built pages grouped by part (parts with nothing built yet are left out). */
export function chapterParts(): Array<{ title: string; chapters: ChapterLink[] }> {
  const built = builtChapters();
  const grouped = PARTS.map((p) => ({
    title: p.title,
    chapters: built.filter((s) => p.ids.includes(s.id)),
  }));
  const placed = new Set(PARTS.flatMap((p) => p.ids));
  const rest = built.filter((s) => !placed.has(s.id));
  if (rest.length) grouped.push({ title: 'More', chapters: rest });
  return grouped.filter((g) => g.chapters.length > 0);
}

/** The pages before and after this one, for "previous / next" links. */
export function neighbours(id: string): { prev?: ChapterLink; next?: ChapterLink } {
  const list = builtChapters();
  const i = list.findIndex((s) => s.id === id);
  if (i < 0) return {};
  const out: { prev?: ChapterLink; next?: ChapterLink } = {};
  if (i > 0) out.prev = list[i - 1]!;
  if (i < list.length - 1) out.next = list[i + 1]!;
  return out;
}
