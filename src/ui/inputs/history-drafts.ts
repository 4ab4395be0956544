import type { AppStore } from '../../state/app-store';

/**
 * Forgets unfinished text typed into a stream's history (or every stream's, when `index` is null).
 * Rows are addressed by position, so after a row moves or goes, an old draft would sit on the wrong one.
 */
export function clearHistoryDrafts(store: AppStore, index: number | null): void {
  const prefix = index === null ? 'streams[' : `streams[${index}].history`;
  const { drafts, setDraft } = store.getState();
  for (const path of Object.keys(drafts)) if (path.startsWith(prefix)) setDraft(path, null);
}
