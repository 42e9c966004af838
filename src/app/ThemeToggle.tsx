import type { ThemeChoice } from './embed/presentation';
import { useSiteTheme } from './theme';

const NEXT: Record<ThemeChoice, ThemeChoice> = { auto: 'light', light: 'dark', dark: 'auto' };
const LABEL: Record<ThemeChoice, string> = {
  auto: 'Theme: system',
  light: 'Theme: light',
  dark: 'Theme: dark',
};

/** Cycles system, light and dark. */
export function ThemeToggle() {
  const [theme, setTheme] = useSiteTheme();
  return (
    <button
      type="button"
      className="theme-toggle"
      onClick={() => setTheme(NEXT[theme])}
      title="Change the colour theme"
    >
      {LABEL[theme]}
    </button>
  );
}
