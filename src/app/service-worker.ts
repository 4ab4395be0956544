import { registerSW } from 'virtual:pwa-register';
import { createUpdateFlow } from './update-flow';

/**
 * Registers the service worker that keeps the app working offline. When a new version is ready,
 * `onUpdateReady` lets the person choose when to reload; nothing is swapped in under them.
 * Not used from a saved single-file copy (file://), where service workers cannot run.
 *
 * Only the tab whose "Reload now" was pressed reloads. The new version takes control of every open tab at
 * once, and by default each of them would then reload; here the others keep their page (and their work)
 * and show the banner, and reload when their person chooses.
 */
export function registerServiceWorker(
  onUpdateReady: (reload: () => void) => void,
  beforeReload: () => void,
): void {
  if (!('serviceWorker' in navigator) || window.location.protocol === 'file:') return;
  const flow = createUpdateFlow({
    reload: () => {
      window.location.reload();
    },
    beforeReload,
  });
  let registration: ServiceWorkerRegistration | undefined;
  const update = registerSW({
    onRegisteredSW(_url, found) {
      registration = found;
    },
    onNeedRefresh() {
      onUpdateReady(() => {
        const waiting = registration?.waiting ?? null;
        flow.reloadNow(waiting !== null, () => {
          // A tab the old version never controlled gets no signal from the library when the new one
          // takes over; the waiting worker becoming active says so for every tab.
          waiting?.addEventListener('statechange', () => {
            if (waiting.state === 'activated') flow.onNewVersionInControl();
          });
          void update(true);
        });
      });
    },
    onNeedReload: flow.onNewVersionInControl,
  });
}
