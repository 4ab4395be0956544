import type { ModelFile } from '../model/model-file';
import { newSavedModelId, saveModel } from '../persistence/browser-storage';
import { browserStorage, STORAGE_UNAVAILABLE } from '../persistence/local-storage';
import type { AppStore } from '../state/app-store';

/** Keeps the current work as a named save before something replaces it; false (and a notice) if it could not. */
export function saveBeforeReplacing(file: ModelFile, store: AppStore): boolean {
  const storage = browserStorage();
  if (!storage) {
    store.getState().setNotice({ kind: 'error', message: STORAGE_UNAVAILABLE });
    return false;
  }
  const name = `${file.title || 'Untitled model'} (kept ${new Date().toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })})`;
  // Kept as typed, problems and all (and marked in the list), so Open brings it back to fix.
  const saved = saveModel(storage, {
    id: newSavedModelId(),
    name,
    file,
    expectedRevision: null,
    problemCount: store.getState().problems.length,
  });
  if (!saved.ok) {
    store.getState().setNotice({
      kind: 'error',
      message: `Your work was not saved, so nothing was replaced. ${saved.message}`,
    });
    return false;
  }
  return true;
}
