import { useEffect } from 'react';
import { createAutosaver, DESIGN_KEY, save, saveNow } from '../persist/autosave';
import type { CanvasStore } from './store';

/**
 * Saves the design after every change (debounced), and at once when the tab is hidden or
 * closed, so a reload, a crash or a closed tab loses nothing.
 */
export function useAutosave(store: CanvasStore, saveAtOnce = false): void {
  useEffect(() => {
    const saver = createAutosaver((d) => void save(DESIGN_KEY, d), 400);
    let last = store.getState().history.present;
    // A design that came from outside (a share link) is saved before any edit.
    if (saveAtOnce) saver.schedule(last);
    const unsubscribe = store.subscribe((s) => {
      if (s.history.present !== last) {
        last = s.history.present;
        saver.schedule(last);
      }
    });
    const now = () => {
      saver.flush();
      saveNow(DESIGN_KEY, store.getState().history.present);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') now();
    };
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unsubscribe();
      saver.flush();
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store, saveAtOnce]);
}
