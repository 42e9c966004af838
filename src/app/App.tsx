import { lazy, Suspense } from 'react';
import { catalogEntry } from './catalog';
import { Home } from './Home';
import { NotFound } from './NotFound';
import { SiteHeader } from './SiteHeader';
import { useRoute } from './route';
import { hasChapter } from './views';
import { ErrorBoundary } from './ErrorBoundary';

const LabRoute = lazy(() => import('./lab/LabRoute'));
const CheatSheet = lazy(() => import('./cheatsheet/CheatSheet'));
const CanvasPage = lazy(() => import('../canvas/ui/CanvasPage'));

export function App() {
  const { route, navigation } = useRoute();
  if (route.name === 'lab') {
    const scenario = catalogEntry(route.id);
    if (!scenario || !hasChapter(route.id))
      return <NotFound what={`simulation called "${route.id}"`} />;
    const page = (
      <ErrorBoundary where={scenario.title} resetKey={route.id}>
        <Suspense fallback={<p className="loading">Loading {scenario.title}…</p>}>
          <LabRoute
            key={`${route.id}#${navigation}`}
            id={route.id}
            query={route.query}
            embed={route.embed}
          />
        </Suspense>
      </ErrorBoundary>
    );
    if (route.embed) return <main className="embed">{page}</main>;
    return (
      <>
        <SiteHeader current={route.id} />
        <main id="main" className="page">
          {page}
        </main>
      </>
    );
  }
  return (
    <>
      <SiteHeader
        current={
          route.name === 'page' ? route.id : route.name === 'design' ? 'url-shortener' : null
        }
      />
      <main id="main" className="page">
        {route.name === 'home' && <Home />}
        {route.name === 'page' && (
          <ErrorBoundary where="the cheat sheet">
            <Suspense fallback={<p className="loading">Loading…</p>}>
              <CheatSheet />
            </Suspense>
          </ErrorBoundary>
        )}
        {route.name === 'design' && (
          <ErrorBoundary where="the design canvas">
            <Suspense fallback={<p className="loading">Loading the design canvas…</p>}>
              <CanvasPage key={navigation} query={route.query} />
            </Suspense>
          </ErrorBoundary>
        )}
        {route.name === 'not-found' && <NotFound what={`page "${route.path}"`} />}
      </main>
    </>
  );
}
