import { useEffect } from 'react';
import type { Player } from '../../player/store';

/** True when the key press belongs to a field, a button or a widget that uses keys itself. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return true;
  return false;
}

/** Controls that Space activates (a disclosure's summary opens, a button presses). */
const OWNS_SPACE =
  'button, summary, a[href], [role="button"], [role="menuitem"], [role="tab"], [role="checkbox"], [role="switch"], [role="radio"], [role="option"]';

/**
 * The player's keys: Space, arrows, + and -, R, and ? for the help card. Ignored while typing
 * in a field or with a modifier held (so browser shortcuts still work).
 */
export function useShortcuts(
  player: Player | null,
  onHelp: () => void,
  enabled = true,
  onPresent?: () => void,
): void {
  useEffect(() => {
    if (!player || !enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target))
        return;
      const onButton = e.target instanceof HTMLElement && e.target.closest(OWNS_SPACE) !== null;
      switch (e.key) {
        case ' ':
        case 'Spacebar':
          if (onButton) return; // the focused button, menu or link takes Space itself
          player.toggle();
          break;
        case 'ArrowRight':
          player.step(e.shiftKey ? 100 : 1000);
          break;
        case 'ArrowLeft':
          player.step(e.shiftKey ? -100 : -1000);
          break;
        case '+':
        case '=':
          player.setSpeed(player.store.getState().speed * 2);
          break;
        case '-':
        case '_':
          player.setSpeed(player.store.getState().speed / 2);
          break;
        case 'r':
        case 'R':
          player.restart();
          break;
        case '?':
          onHelp();
          break;
        case 'p':
        case 'P':
          if (!onPresent) return;
          onPresent();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [player, onHelp, enabled, onPresent]);
}
