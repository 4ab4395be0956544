import { useEffect } from 'react';
import { writeAutosave } from '../persistence/browser-storage';
import { browserStorage, STORAGE_UNAVAILABLE } from '../persistence/local-storage';
import type { AppStore } from '../state/app-store';
import { hasChangedIn, pickKeptIn } from '../state/storage-plan';

const DELAY_MS = 400;

/**
 * Keeps in this browser what the storage plan marks for it, whenever any of it changes. Only a valid model
 * is written, so a half-typed figure never replaces the last good autosave. A failure is shown, never
 * swallowed.
 */
export function useAutosave(store: AppStore): void {
  useEffect(() => {
    let timer: number | undefined;
    let lastError: string | null = null;
    const save = () => {
      const state = store.getState();
      if (state.problems.length > 0) return;
      const { file, savedModel } = pickKeptIn(state, 'browser');
      const storage = browserStorage();
      const outcome = storage
        ? writeAutosave(storage, {
            savedAt: new Date().toISOString(),
            file,
            savedModelId: savedModel?.id ?? null,
            revision: savedModel?.revision ?? null,
          })
        : { ok: false as const, message: STORAGE_UNAVAILABLE };
      if (!outcome.ok && outcome.message !== lastError)
        state.setNotice({ kind: 'error', message: `Autosave failed. ${outcome.message}` });
      lastError = outcome.ok ? null : outcome.message;
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (!hasChangedIn('browser', state, previous)) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(save, DELAY_MS);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);
}
