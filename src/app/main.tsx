import { lazy, startTransition, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/theme/theme.css';
import './app.css';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';

// Loaded after the page: the service worker is never on the critical path.
const UpdatePrompt = lazy(() => import('./UpdatePrompt'));

const root = document.getElementById('root');
if (root) {
  const reactRoot = createRoot(root);
  // As a transition, the first render yields to the browser every few milliseconds instead of
  // holding a slow phone's main thread for the whole page (the prerendered landing page, or the
  // header on a deep link, stays on screen meanwhile).
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <ErrorBoundary where="Scale Lab">
          <App />
        </ErrorBoundary>
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      </StrictMode>,
    ),
  );
}
