import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../ui/edits';
import { serializeDesign } from '../design/schema';
import { designFileName, readJsonText } from './files';

describe('design files', () => {
  it('names the file after the design', () => {
    expect(designFileName({ ...emptyDesign(), name: 'My URL shortener!' })).toBe(
      'my-url-shortener.json',
    );
    expect(designFileName({ ...emptyDesign(), name: '***' })).toBe('design.json');
  });

  it('writes JSON that reads back as the same design', () => {
    const d = emptyDesign();
    const r = readJsonText('a.json', serializeDesign(d));
    expect(r).toEqual({ ok: true, value: d });
  });

  it('says clearly when a file is empty or not JSON', () => {
    expect(readJsonText('a.json', '  ')).toEqual({ ok: false, error: 'a.json is empty.' });
    const r = readJsonText('b.json', '{"parts": [');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^b\.json is not a design file: it is not valid JSON/);
  });
});
