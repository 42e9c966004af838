import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Design } from '../design/types';

/**
 * Share links carry the whole design in the address: `#/design?d=<lz-string>`. The text is
 * JSON compressed with lz-string's URL-safe alphabet, so it needs no further escaping.
 */

/** Longer addresses get cut by chat apps, mail clients and some browsers; we say so instead. */
export const MAX_LINK_CHARS = 8000;

export const encodeDesign = (d: Design): string => compressToEncodedURIComponent(JSON.stringify(d));

export type Decoded = { ok: true; value: unknown } | { ok: false; error: string };

/** The JSON inside a share link, not yet checked against the design schema. */
export function decodeDesign(text: string): Decoded {
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(text.trim());
  } catch {
    json = null;
  }
  // lz-string answers "" or null for text it cannot read.
  if (!json) return { ok: false, error: 'The link is damaged: its design could not be unpacked.' };
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return { ok: false, error: 'The link is damaged: its design is not readable JSON.' };
  }
}

export type ShareLink =
  { ok: true; url: string; length: number } | { ok: false; length: number; why: string };

/** The share link for a design on a page at `pageUrl` (any hash on it is replaced). */
export function shareLink(d: Design, pageUrl: string, max = MAX_LINK_CHARS): ShareLink {
  const url = `${pageUrl.replace(/#.*$/, '')}#/design?d=${encodeDesign(d)}`;
  if (url.length <= max) return { ok: true, url, length: url.length };
  return {
    ok: false,
    length: url.length,
    why:
      `The link would be ${url.length.toLocaleString('en-US')} characters, over the ` +
      `${max.toLocaleString('en-US')} that links can safely carry. Export the design as a ` +
      `.json file and share that instead.`,
  };
}
