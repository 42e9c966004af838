import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CanvasActions, CanvasState, CanvasStore } from './store';

/** The page's one canvas store, handed down to every panel. */
export const CanvasStoreContext = createContext<CanvasStore | null>(null);

export function useCanvasStore(): CanvasStore {
  const store = useContext(CanvasStoreContext);
  if (!store) throw new Error('useCanvasStore outside the design page');
  return store;
}

export function useCanvas<T>(select: (s: CanvasState & CanvasActions) => T): T {
  return useStore(useCanvasStore(), select);
}
