import { SCENARIOS } from '../scenarios/registry';
import type { Scenario } from '../scenarios/scenario';
import { hasChapter } from './views';

/** The parts of the chapter, in its order; each simulation belongs to one by its id. */
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

/** Built chapters, in the chapter's order. */
export function builtChapters(): Scenario[] {
  return SCENARIOS.filter((s) => hasChapter(s.id));
}

/** Built chapters grouped by part (parts with nothing built yet are left out). */
export function chapterParts(): Array<{ title: string; chapters: Scenario[] }> {
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

/** The chapters before and after this one, for "previous / next" links. */
export function neighbours(id: string): { prev?: Scenario; next?: Scenario } {
  const list = builtChapters();
  const i = list.findIndex((s) => s.id === id);
  if (i < 0) return {};
  const out: { prev?: Scenario; next?: Scenario } = {};
  if (i > 0) out.prev = list[i - 1]!;
  if (i < list.length - 1) out.next = list[i + 1]!;
  return out;
}
