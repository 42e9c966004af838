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
  } = useRegisterSW();
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
