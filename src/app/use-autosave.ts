import { useEffect, useRef, type RefObject } from 'react';
import { browserStorage } from '../persistence/local-storage';
import type { AppStore } from '../state/app-store';
import { createAutosaver, type Autosaver } from './autosaver';

/**
 * Keeps this tab's work in its own autosave slot (see `createAutosaver`), writes it at once when the page
 * is left, and asks before leaving only when the work exists nowhere else.
 */
export function useAutosave(
  store: AppStore,
  tabId: string,
  hasSlot: boolean,
): RefObject<Autosaver | null> {
  const autosaver = useRef<Autosaver | null>(null);
  useEffect(() => {
    const created = createAutosaver(store, {
      tabId,
      hasSlot,
      storage: browserStorage,
      onError: (message) => {
        store.getState().setNotice({ kind: 'error', message });
      },
    });
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      created.flush();
      if (!created.isWorkOnlyHere()) return;
      event.preventDefault();
    };
    const onPageHide = () => {
      created.flush(true);
    };
    const onPageShow = (event: PageTransitionEvent) => {
      // Back from the back-forward cache: this tab is open again, so its slot is not free to take over.
      if (event.persisted) created.flush(false);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    autosaver.current = created;
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      created.dispose();
      if (autosaver.current === created) autosaver.current = null;
    };
  }, [store, tabId, hasSlot]);
  return autosaver;
}
