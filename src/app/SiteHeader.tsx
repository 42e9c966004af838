import { SCENARIOS } from '../scenarios/registry';
import { hasChapter } from './views';
import { labHref } from './route';
import { ThemeToggle } from './ThemeToggle';

/** The top bar: the name, and the chapters that are built, in the chapter's order. */
export function SiteHeader({ current }: { current: string | null }) {
  const built = SCENARIOS.filter((s) => hasChapter(s.id));
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
        <ol className="chapter-nav">
          {built.map((s) => (
            <li key={s.id}>
              <a href={labHref(s.id)} aria-current={current === s.id ? 'page' : undefined}>
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <ThemeToggle />
    </header>
  );
}
