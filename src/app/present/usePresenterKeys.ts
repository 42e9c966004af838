import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../ui/hooks/useShortcuts';

interface Keys {
  next(): void;
  back(): void;
  blank(): void;
  notes(): void;
  exit(): void;
  /** While the screen is blank, any key brings it back (and does nothing else). */
  blanked: boolean;
}

/**
 * A presenter's keys, including what clickers send: → / Page Down / "." for the next beat,
 * ← / Page Up / "," for the previous one, B to blank, N for notes, Escape to leave. They are
 * handled before the player's shortcuts (capture phase) and marked handled, so the player's
 * keys still work for everything else: Space plays, Shift + arrows step the simulation.
 */
export function usePresenterKeys(keys: Keys): void {
  const ref = useRef(keys);
  useEffect(() => {
    ref.current = keys;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      const k = ref.current;
      if (k.blanked) {
        e.preventDefault();
        k.blank();
        return;
      }
      if (e.shiftKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) return;
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
        case '.':
          k.next();
          break;
        case 'ArrowLeft':
        case 'PageUp':
        case ',':
          k.back();
          break;
        case 'b':
        case 'B':
          k.blank();
          break;
        case 'n':
        case 'N':
          k.notes();
          break;
        case 'Escape':
          k.exit();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
