import { useEffect } from 'react';
import type { CanvasStore } from './store';

/** Keys typed into a field belong to the field. */
export function isTypingTarget(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable) return true;
  if (t.tagName === 'TEXTAREA' || t.tagName === 'SELECT') return true;
  if (t.tagName !== 'INPUT') return false;
  const type = (t as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'file'].includes(type);
}

/**
 * The page's keys: undo and redo, delete, copy and paste, select all, escape. React Flow keeps
 * its own (Tab, Enter, arrows, Shift); its Delete is off so that a delete is always one step.
 */
export function useCanvasKeys(store: CanvasStore, onEscape: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target)) return;
      const s = store.getState();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;
      if (mod && key === 'z' && !e.shiftKey) s.undo();
      else if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) s.redo();
      else if (mod && key === 'c') {
        if (s.copy() === 0) handled = false; // nothing selected: let the browser copy text
      } else if (mod && key === 'v') s.paste();
      else if (mod && key === 'a')
        s.select(
          s.history.present.parts.map((p) => p.id),
          s.history.present.wires.map((w) => w.id),
        );
      else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) {
        if (s.selectedParts.length + s.selectedWires.length === 0) handled = false;
        else s.removeSelected();
      } else if (e.key === 'Escape') {
        onEscape();
        handled = false;
      } else handled = false;
      if (handled) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, onEscape]);
}
