import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/theme/theme.css';
import './app.css';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary where="Scale Lab">
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}
