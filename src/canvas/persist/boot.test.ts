import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPart, emptyDesign } from '../ui/edits';
import { bootDesign } from './boot';
import { encodeDesign } from './shareLink';

const mine = addPart(emptyDesign('Mine'), 'app', { x: 0, y: 0 }).design;
const saved = async () => JSON.stringify(mine);

describe('opening the page', () => {
  it('restores the saved design', async () => {
    const b = await bootDesign(null, saved);
    expect(b).toEqual({ own: mine, shared: null, notes: [] });
  });

  it('a first visit has no design and no notes', async () => {
    expect(await bootDesign(null, async () => null)).toEqual({
      own: null,
      shared: null,
      notes: [],
    });
  });

  it('a share link opens its design on top of the saved one', async () => {
    const other = emptyDesign('Theirs');
    const b = await bootDesign(encodeDesign(other), saved);
    expect(b.own).toEqual(mine);
    expect(b.shared).toEqual(other);
    expect(b.notes[0]!.text).toMatch(
      /Opened the shared design "Theirs". Undo brings back your own/,
    );
  });

  it('a broken link or a corrupt save is reported, and the rest still opens', async () => {
    const b = await bootDesign('garbage!!', saved);
    expect(b.own).toEqual(mine);
    expect(b.shared).toBeNull();
    expect(b.notes).toMatchObject([{ tone: 'error' }]);
    const c = await bootDesign(null, async () => '{"version": 1');
    expect(c.own).toBeNull();
    expect(c.notes[0]!.text).toMatch(/saved design could not be read/);
  });

  it('property: whatever the link and the saved text hold, opening never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(fc.string()), fc.option(fc.string()), async (link, text) => {
        const b = await bootDesign(link, async () => text);
        expect(Array.isArray(b.notes)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
