import { renderToString } from 'react-dom/server';
import { Home } from './Home';
import { SiteHeader } from './SiteHeader';

/**
 * The landing page as static HTML, written into index.html at build time (scripts/indexHtml.ts)
 * so a phone on a slow network sees the page before any script has run. main.tsx then renders
 * the same page with React, which replaces this markup. Deep links hide it meanwhile (the
 * inline script in index.html), so a chapter's link never flashes the home page.
 */
export function renderLanding(): string {
  return renderToString(
    <>
      <SiteHeader current={null} />
      <main id="main" className="page">
        <Home />
      </main>
    </>,
  );
}
