import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that keeps the app working offline. When a new version is ready,
 * `onUpdateReady` lets the person choose when to reload; nothing is swapped in under them.
 * Not used from a saved single-file copy (file://), where service workers cannot run.
 */
export function registerServiceWorker(onUpdateReady: (reload: () => void) => void): void {
  if (!('serviceWorker' in navigator) || window.location.protocol === 'file:') return;
  const update = registerSW({
    onNeedRefresh() {
      onUpdateReady(() => {
        void update(true);
      });
    },
  });
}
