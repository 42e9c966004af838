import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/schema';
import { emptyDesign } from '../ui/edits';
import { designArb } from './designArb';
import { decodeDesign, encodeDesign, MAX_LINK_CHARS, shareLink } from './shareLink';

describe('share-link codec', () => {
  it('property: any design survives compress and decompress unchanged', () => {
    fc.assert(
      fc.property(designArb(), (d) => {
        const back = decodeDesign(encodeDesign(d));
        expect(back).toEqual({ ok: true, value: d });
      }),
      { numRuns: 100 },
    );
  });

  it('property: a design from a link passes the schema as the same design', () => {
    fc.assert(
      fc.property(designArb(8), (d) => {
        const back = decodeDesign(encodeDesign(d));
        if (!back.ok) throw new Error(back.error);
        const r = parseDesign(back.value);
        expect(r).toMatchObject({ ok: true, design: d });
      }),
      { numRuns: 100 },
    );
  });

  it('uses only characters that need no escaping in an address', () => {
    fc.assert(
      fc.property(designArb(6), (d) => {
        expect(encodeDesign(d)).toMatch(/^[A-Za-z0-9+\-$]*$/);
      }),
      { numRuns: 50 },
    );
  });

  it('property: damaged or random text never throws, it says the link is damaged', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = decodeDesign(s);
        if (!r.ok) expect(r.error).toMatch(/damaged/);
      }),
    );
    expect(decodeDesign('')).toMatchObject({ ok: false });
    expect(decodeDesign('not-a-design')).toMatchObject({ ok: false });
  });

  it('builds #/design?d=… on the page address, replacing any hash', () => {
    const r = shareLink(emptyDesign(), 'http://x.test/lab/index.html#/design?d=old');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.url).toMatch(/^http:\/\/x\.test\/lab\/index\.html#\/design\?d=[\w+\-$]+$/);
  });

  it('refuses a link over the limit and says how long it would be', () => {
    const big = { ...emptyDesign(), name: 'x'.repeat(20) };
    const r = shareLink(big, 'http://x.test/', 50);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.why).toMatch(/characters, over the 50/);
      expect(r.why).toMatch(/\.json file/);
    }
    expect(MAX_LINK_CHARS).toBe(8000);
  });
});
