import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../app/route';
import { chapterParts } from '../../app/chapters';

describe('the design page in the app', () => {
  it('#/design opens the canvas, with or without a shared design', () => {
    expect(parseRoute('#/design')).toMatchObject({ name: 'design' });
    const shared = parseRoute('#/design?d=N4Ig');
    expect(shared).toMatchObject({ name: 'design' });
    if (shared.name === 'design') expect(shared.query.get('d')).toBe('N4Ig');
    expect(parseRoute('#/design/extra')).toMatchObject({ name: 'not-found' });
  });

  it('the chapter menu lists the exercise under "The exercise", linking to #/design', () => {
    const part = chapterParts().find((p) => p.title === 'The exercise');
    expect(part?.chapters).toEqual([
      expect.objectContaining({ id: 'url-shortener', href: '#/design' }),
    ]);
  });
});
