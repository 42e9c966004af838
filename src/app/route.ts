import { useSyncExternalStore } from 'react';
import { splitHash } from '../player/hash';

/**
 * Routes live in the hash (#/lab/caching?seed=7), so the static build works from any folder
 * or file server without rewrite rules, and a copied link carries the whole state.
 */
export type Route =
  | { name: 'home' }
  | { name: 'lab'; id: string; query: URLSearchParams; embed: boolean }
  | { name: 'design'; query: URLSearchParams }
  | { name: 'page'; id: 'cheat-sheet' }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const { path, query } = splitHash(hash);
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'home' };
  if (parts.length === 1 && parts[0] === 'cheat-sheet') return { name: 'page', id: 'cheat-sheet' };
  if ((parts[0] === 'lab' || parts[0] === 'embed') && parts.length === 2) {
    const embed =
      parts[0] === 'embed' || query.get('embed') === '1' || query.get('embed') === 'true';
    return { name: 'lab', id: decodeURIComponent(parts[1]!), query, embed };
  }
  // The exercise's design canvas; `?d=` may carry a shared design.
  if (parts[0] === 'design' && parts.length === 1) return { name: 'design', query };
  return { name: 'not-found', path };
}

/**
 * Counts navigations (hashchange events: links, Back, a hand-edited address). The app's own
 * URL rewrites use replaceState, which fires no event, so they do not count.
 */
let navigations = 0;
const subscribe = (onChange: () => void) => {
  const on = () => {
    navigations++;
    onChange();
  };
  window.addEventListener('hashchange', on);
  return () => window.removeEventListener('hashchange', on);
};

/**
 * The route as of the last navigation, and that navigation's number. A page keyed by the
 * number is rebuilt from the URL when the user navigates, and left alone when the app
 * rewrites its own URL.
 */
export function useRoute(): { route: Route; navigation: number } {
  const navigation = useSyncExternalStore(subscribe, () => navigations);
  return { route: parseRoute(window.location.hash), navigation };
}

export const labHref = (id: string, query = ''): string => `#/lab/${id}${query ? `?${query}` : ''}`;

/**
 * Replaces the URL's query without adding history entries or firing a route change, but only
 * while the URL is still `path`'s: a page's delayed write must never drag the reader back to
 * it after they have followed a link away (the page unmounts a moment after the hash changes).
 */
export function replaceQuery(path: string, query: string): void {
  if (splitHash(window.location.hash).path !== path) return;
  const url = `${window.location.pathname}${window.location.search}#${path}${query ? `?${query}` : ''}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
    window.history.replaceState(window.history.state, '', url);
}
