import { describe, expect, it } from 'vitest';
import { addPart, emptyDesign } from './edits';
import { freeSpot } from './placement';

describe('freeSpot: where a part added in the middle goes', () => {
  it('takes the spot asked for on an empty canvas', () => {
    expect(freeSpot(emptyDesign(), { x: 10, y: 20 })).toEqual({ x: 10, y: 20 });
  });

  it('never puts ten parts added at one spot on top of each other', () => {
    let d = emptyDesign();
    for (let i = 0; i < 10; i++) d = addPart(d, 'app', freeSpot(d, { x: 0, y: 0 })).design;
    for (const a of d.parts)
      for (const b of d.parts)
        if (a !== b) expect(Math.abs(a.x - b.x) >= 200 || Math.abs(a.y - b.y) >= 110).toBe(true);
  });
});
