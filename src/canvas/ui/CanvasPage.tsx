import '@xyflow/react/dist/style.css';
import './canvas.css';
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { replaceQuery } from '../../app/route';
import { PREVIOUS_KEY, save } from '../persist/autosave';
import { bootDesign, type Boot } from '../persist/boot';
import { CanvasStoreContext } from './context';
import { DesignWorkspace } from './DesignWorkspace';
import { emptyDesign } from './edits';
import { createCanvasStore, type CanvasStore } from './store';
import { useAutosave } from './useAutosave';

/**
 * The exercise's page (#/design): build a URL shortener on a canvas, then load-test it.
 * Loaded lazily, with React Flow and its styles, so no other page pays for them.
 */
export default function CanvasPage({ query }: { query: URLSearchParams }) {
  const share = query.get('d');
  const [boot, setBoot] = useState<Boot | null>(null);
  useEffect(() => {
    let live = true;
    void bootDesign(share).then((b) => {
      if (live) setBoot(b);
    });
    return () => {
      live = false;
    };
  }, [share]);
  if (!boot) return <p className="loading">Loading your design…</p>;
  return <Workspace boot={boot} />;
}

function openStore(boot: Boot): CanvasStore {
  const store = createCanvasStore(boot.own ?? emptyDesign());
  if (boot.shared) {
    // The learner's own design stays one Undo away, and in a backup slot besides.
    if (boot.own) void save(PREVIOUS_KEY, boot.own);
    store.getState().replace(boot.shared, '');
  }
  const error = boot.notes.find((n) => n.tone === 'error');
  const text = boot.notes.map((n) => n.text).join(' ');
  store.setState({ notice: text ? { text, tone: error ? 'error' : 'info' } : null });
  return store;
}

function Workspace({ boot }: { boot: Boot }) {
  const [store] = useState(() => openStore(boot));
  useAutosave(store, boot.shared !== null);
  useEffect(() => {
    // The shared design is now the saved one: a reload must not apply the link again.
    if (new URLSearchParams(window.location.hash.split('?')[1] ?? '').has('d'))
      replaceQuery('/design', '');
  }, []);
  return (
    <CanvasStoreContext.Provider value={store}>
      <ReactFlowProvider>
        <DesignWorkspace />
      </ReactFlowProvider>
    </CanvasStoreContext.Provider>
  );
}
