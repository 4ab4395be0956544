/**
 * Models kept in the browser (localStorage): an autosave of the current model and a list of named saves.
 * Every write is read back to confirm it; failures (storage full, turned off, private browsing) become
 * plain-English errors for the screen, never silence. Each saved model carries a revision number so a tab
 * can tell when another tab has changed it since it was opened, and not overwrite that work.
 */
import type { ModelFile } from '../model/model-file';
import { openModelJson } from './model-file-io';

/** The part of the Web Storage API used here, so tests can supply a storage that fails. */
export type KeyValueStorage = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

export type SavedModelSummary = { id: string; name: string; savedAt: string; revision: number };
export type SavedModel = SavedModelSummary & { file: ModelFile };
export type Autosave = {
  savedAt: string;
  file: ModelFile;
  savedModelId: string | null;
  revision: number | null;
};

export type StorageOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

const PREFIX = 'cost-of-inaction';
const KEYS = {
  autosave: `${PREFIX}:autosave`,
  index: `${PREFIX}:saved-models`,
  model: (id: string) => `${PREFIX}:saved-model:${id}`,
};

/** Explains a storage exception to a person. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED')
    return 'Your browser’s storage for this app is full, so this was not saved. Delete saved models you no longer need, or download the model file instead.';
  if (name === 'SecurityError')
    return 'This browser is not letting the app save (storage may be turned off, or this may be a private window). Download the model file to keep your work.';
  return 'The browser could not save this. Download the model file to keep your work.';
}

function write(storage: KeyValueStorage, key: string, value: string): StorageOutcome<null> {
  try {
    storage.setItem(key, value);
    // Read it back: some browsers accept a write and drop it (for example when storage is being cleared).
    if (storage.getItem(key) !== value)
      return {
        ok: false,
        message:
          'The browser did not keep what was saved. Download the model file to keep your work.',
      };
    return { ok: true, value: null };
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
}

function read(storage: KeyValueStorage, key: string): StorageOutcome<unknown> {
  try {
    const text = storage.getItem(key);
    return { ok: true, value: text === null ? null : (JSON.parse(text) as unknown) };
  } catch (error) {
    return {
      ok: false,
      message:
        error instanceof SyntaxError
          ? 'A saved model in this browser is damaged and cannot be read.'
          : describeStorageError(error),
    };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function listSavedModels(storage: KeyValueStorage): StorageOutcome<SavedModelSummary[]> {
  const found = read(storage, KEYS.index);
  if (!found.ok) return found;
  if (!Array.isArray(found.value)) return { ok: true, value: [] };
  const items: unknown[] = found.value;
  return {
    ok: true,
    value: items.flatMap((item) =>
      isRecord(item) && typeof item.id === 'string' && typeof item.name === 'string'
        ? [
            {
              id: item.id,
              name: item.name,
              savedAt: typeof item.savedAt === 'string' ? item.savedAt : '',
              revision: typeof item.revision === 'number' ? item.revision : 0,
            },
          ]
        : [],
    ),
  };
}

export function loadSavedModel(storage: KeyValueStorage, id: string): StorageOutcome<SavedModel> {
  const found = read(storage, KEYS.model(id));
  if (!found.ok) return found;
  const value = found.value;
  if (!isRecord(value))
    return { ok: false, message: 'That saved model is no longer in this browser.' };
  const opened = openModelJson(value.file, 'This saved model');
  if (!opened.ok) return { ok: false, message: opened.message };
  return {
    ok: true,
    value: {
      id,
      name: typeof value.name === 'string' ? value.name : 'Untitled',
      savedAt: typeof value.savedAt === 'string' ? value.savedAt : '',
      revision: typeof value.revision === 'number' ? value.revision : 0,
      file: opened.file,
    },
  };
}

function writeIndex(
  storage: KeyValueStorage,
  summaries: SavedModelSummary[],
): StorageOutcome<null> {
  return write(storage, KEYS.index, JSON.stringify(summaries));
}

export type SaveRequest = {
  id: string;
  name: string;
  file: ModelFile;
  /** The revision this tab last read or wrote; null for a new save. A different stored revision is a conflict. */
  expectedRevision: number | null;
  now?: Date;
};

export type SaveResult =
  StorageOutcome<SavedModelSummary> | { ok: false; conflict: SavedModelSummary; message: string };

/** Saves under `id`, refusing (with `conflict`) when another tab saved it since this tab's revision. */
export function saveModel(storage: KeyValueStorage, request: SaveRequest): SaveResult {
  const listed = listSavedModels(storage);
  if (!listed.ok) return listed;
  const current = listed.value.find((s) => s.id === request.id);
  if (current && request.expectedRevision !== null && current.revision !== request.expectedRevision)
    return {
      ok: false,
      conflict: current,
      message: `“${current.name}” was changed in another tab or window since you opened it. Save yours as a copy, or open theirs.`,
    };
  const summary: SavedModelSummary = {
    id: request.id,
    name: request.name,
    savedAt: (request.now ?? new Date()).toISOString(),
    revision: (current?.revision ?? 0) + 1,
  };
  const key = KEYS.model(request.id);
  const previous = readRaw(storage, key);
  const stored = write(storage, key, JSON.stringify({ ...summary, file: request.file }));
  if (!stored.ok) return stored;
  const indexed = writeIndex(storage, [
    ...listed.value.filter((s) => s.id !== request.id),
    summary,
  ]);
  if (!indexed.ok) restore(storage, key, previous);
  return indexed.ok ? { ok: true, value: summary } : indexed;
}

function readRaw(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Puts a key back as it was, so a save that failed half-way leaves the model and the list agreeing. */
function restore(storage: KeyValueStorage, key: string, previous: string | null): void {
  try {
    if (previous === null) storage.removeItem(key);
    else storage.setItem(key, previous);
  } catch {
    // Nothing more can be done; the caller reports the failure.
  }
}

export function renameSavedModel(
  storage: KeyValueStorage,
  id: string,
  name: string,
): StorageOutcome<null> {
  const loaded = loadSavedModel(storage, id);
  if (!loaded.ok) return loaded;
  const saved = saveModel(storage, {
    id,
    name,
    file: loaded.value.file,
    expectedRevision: loaded.value.revision,
  });
  return saved.ok ? { ok: true, value: null } : { ok: false, message: saved.message };
}

export function deleteSavedModel(storage: KeyValueStorage, id: string): StorageOutcome<null> {
  const listed = listSavedModels(storage);
  if (!listed.ok) return listed;
  try {
    storage.removeItem(KEYS.model(id));
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
  return writeIndex(
    storage,
    listed.value.filter((s) => s.id !== id),
  );
}

export function writeAutosave(storage: KeyValueStorage, autosave: Autosave): StorageOutcome<null> {
  return write(storage, KEYS.autosave, JSON.stringify(autosave));
}

export function readAutosave(storage: KeyValueStorage): StorageOutcome<Autosave | null> {
  const found = read(storage, KEYS.autosave);
  if (!found.ok) return found;
  const value = found.value;
  if (!isRecord(value)) return { ok: true, value: null };
  const opened = openModelJson(value.file, 'The autosaved model');
  if (!opened.ok) return { ok: false, message: opened.message };
  return {
    ok: true,
    value: {
      savedAt: typeof value.savedAt === 'string' ? value.savedAt : '',
      file: opened.file,
      savedModelId: typeof value.savedModelId === 'string' ? value.savedModelId : null,
      revision: typeof value.revision === 'number' ? value.revision : null,
    },
  };
}

/** The storage key prefix, for listening to other tabs' changes through the `storage` event. */
export function isSavedModelKey(key: string | null): boolean {
  return key?.startsWith(`${PREFIX}:saved-model`) ?? false;
}

/** A new id for a saved model. */
export function newSavedModelId(random: () => number = Math.random): string {
  return `m${Date.now().toString(36)}${Math.floor(random() * 1e6).toString(36)}`;
}
