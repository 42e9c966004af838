import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker and speaks up twice: once the app can work offline, and when
 * a new version is ready (it waits, so nobody loses a run mid-class; Reload takes it).
 */
export default function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      // Workbox announces "offline ready" when it sees the first worker install, but a worker
      // that installs before it starts watching (a fast local server) is missed. So also say
      // it once the first worker is active and the page has none yet (later visits do).
      if (!registration || navigator.serviceWorker.controller) return;
      void navigator.serviceWorker.ready.then(() => setOfflineReady(true));
    },
  });
  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="toast" role="status">
      {needRefresh ? (
        <>
          <span>A new version of Scale Lab is ready.</span>
          <button type="button" className="primary" onClick={() => void updateServiceWorker(true)}>
            Reload
          </button>
          <button type="button" onClick={() => setNeedRefresh(false)}>
            Later
          </button>
        </>
      ) : (
        <>
          <span>Scale Lab is saved for offline use.</span>
          <button type="button" onClick={() => setOfflineReady(false)}>
            OK
          </button>
        </>
      )}
    </div>
  );
}
