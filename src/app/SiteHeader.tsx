import { useEffect, useRef } from 'react';
import { chapterParts } from './chapters';
import { ThemeToggle } from './ThemeToggle';

/** The top bar: the name, every built chapter (grouped, in a menu), and the theme. */
export function SiteHeader({ current }: { current: string | null }) {
  const menu = useRef<HTMLDetailsElement>(null);
  // Close the menu after navigating, and on Escape.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [current]);
  const parts = chapterParts();
  const title = parts.flatMap((p) => p.chapters).find((s) => s.id === current)?.title;
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <a className="brand" href="#/" aria-label="Scale Lab home">
        <img src="./favicon.svg" alt="" width="28" height="28" />
        <span>Scale Lab</span>
      </a>
      <nav aria-label="Chapters">
        <details
          ref={menu}
          className="chapter-menu"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && menu.current?.open) {
              menu.current.open = false;
              menu.current.querySelector('summary')?.focus();
            }
          }}
        >
          <summary>{title ? `Chapters: ${title}` : 'Chapters'}</summary>
          <div className="chapter-menu-panel">
            {parts.map((p) => (
              <div key={p.title}>
                <h2>{p.title}</h2>
                <ol>
                  {p.chapters.map((s) => (
                    <li key={s.id}>
                      <a href={s.href} aria-current={current === s.id ? 'page' : undefined}>
                        {s.title}
                      </a>
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </div>
        </details>
      </nav>
      <ThemeToggle />
    </header>
  );
}
