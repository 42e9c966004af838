import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/theme/theme.css';
import './app.css';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';

// Loaded after the page: the service worker is never on the critical path.
const UpdatePrompt = lazy(() => import('./UpdatePrompt'));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary where="Scale Lab">
        <App />
      </ErrorBoundary>
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    </StrictMode>,
  );
}
