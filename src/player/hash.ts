/**
 * The hash part of a link, split. On its own (no engine, no scenarios) because the router on
 * the landing page needs it, and the landing page must stay small.
 */

/** Splits "#/lab/x?a=1" into its path and query. */
export function splitHash(hash: string): { path: string; query: URLSearchParams } {
  const h = hash.replace(/^#/, '');
  const q = h.indexOf('?');
  const path = (q < 0 ? h : h.slice(0, q)) || '/';
  return { path, query: new URLSearchParams(q < 0 ? '' : h.slice(q + 1)) };
}
