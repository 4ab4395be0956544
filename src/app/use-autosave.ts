import { useEffect } from 'react';
import { readModel } from '../model/read-model';
import { writeAutosave } from '../persistence/browser-storage';
import { browserStorage, STORAGE_UNAVAILABLE } from '../persistence/local-storage';
import type { ModelStore } from '../state/model-store';
import type { SessionStore } from '../state/session-store';

const DELAY_MS = 400;

/**
 * Keeps the current model in this browser as it changes. Only a valid model is written, so a half-typed
 * figure never replaces the last good autosave. A failure is shown, never swallowed.
 */
export function useAutosave(store: ModelStore, session: SessionStore): void {
  useEffect(() => {
    let timer: number | undefined;
    let lastError: string | null = null;
    const save = () => {
      const { file } = store.getState();
      if (!readModel(file).ok) return;
      const storage = browserStorage();
      const saved = session.getState().savedModel;
      const outcome = storage
        ? writeAutosave(storage, {
            savedAt: new Date().toISOString(),
            file,
            savedModelId: saved?.id ?? null,
            revision: saved?.revision ?? null,
          })
        : { ok: false as const, message: STORAGE_UNAVAILABLE };
      if (!outcome.ok && outcome.message !== lastError)
        session
          .getState()
          .setNotice({ kind: 'error', message: `Autosave failed. ${outcome.message}` });
      lastError = outcome.ok ? null : outcome.message;
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.file === previous.file) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(save, DELAY_MS);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [store, session]);
}
