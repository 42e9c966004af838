import { parseDesign } from '../design/schema';
import type { Design } from '../design/types';
import { DESIGN_KEY, load } from './autosave';
import { decodeDesign } from './shareLink';

export interface Boot {
  /** The learner's own design from the last visit, or null on a first visit. */
  own: Design | null;
  /** A design from a share link, to open on top of the learner's own (one Undo away). */
  shared: Design | null;
  notes: Array<{ text: string; tone: 'info' | 'error' }>;
}

/** Reads and checks a design from text (autosave, file or link); never throws. */
export function readDesign(
  json: unknown,
): { design: Design; migrated: boolean } | { errors: string[] } {
  const r = parseDesign(json);
  return r.ok ? { design: r.design, migrated: r.migratedFrom !== null } : { errors: r.errors };
}

const first = (errors: string[]) => errors.slice(0, 3).join('; ');

/** What the page opens with: the saved design, and a shared one if the address carries it. */
export async function bootDesign(
  shareParam: string | null,
  loadSaved: () => Promise<string | null> = () => load(DESIGN_KEY),
): Promise<Boot> {
  const notes: Boot['notes'] = [];
  let own: Design | null = null;
  const saved = await loadSaved().catch(() => null);
  if (saved !== null) {
    const r = readDesign(saved);
    if ('design' in r) own = r.design;
    else
      notes.push({
        text: `Your saved design could not be read (${first(r.errors)}).`,
        tone: 'error',
      });
  }
  let shared: Design | null = null;
  if (shareParam !== null) {
    const d = decodeDesign(shareParam);
    if (!d.ok) notes.push({ text: `${d.error} Your own design is unchanged.`, tone: 'error' });
    else {
      const r = readDesign(d.value);
      if ('design' in r) {
        shared = r.design;
        notes.push({
          text: `Opened the shared design "${r.design.name}".${own ? ' Undo brings back your own.' : ''}`,
          tone: 'info',
        });
      } else
        notes.push({
          text: `The shared link holds no usable design (${first(r.errors)}). Your own design is unchanged.`,
          tone: 'error',
        });
    }
  }
  return { own, shared, notes };
}
