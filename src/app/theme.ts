import { useEffect, useState } from 'react';
import type { ThemeChoice } from './embed/presentation';

const KEY = 'scale-lab:theme';

/** Sets the theme on <html>: auto follows the system (prefers-color-scheme). */
export function applyTheme(choice: ThemeChoice): void {
  const el = document.documentElement;
  if (choice === 'auto') delete el.dataset.theme;
  else el.dataset.theme = choice;
}

function saved(): ThemeChoice {
  try {
    const v = window.localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

/** The reader's own theme choice, remembered across visits. */
export function useSiteTheme(): [ThemeChoice, (t: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(saved);
  useEffect(() => {
    applyTheme(choice);
    try {
      window.localStorage.setItem(KEY, choice);
    } catch {
      // Private windows may refuse; the choice still holds for this visit.
    }
  }, [choice]);
  return [choice, setChoice];
}
