/**
 * Models kept in the browser (localStorage): an autosave of the current model and a list of named saves.
 * Every write is read back to confirm it; failures (storage full, turned off, private browsing) become
 * plain-English errors for the screen, never silence. Each saved model carries a revision number so a tab
 * can tell when another tab has changed it since it was opened, and not overwrite that work.
 */
import type { Problem } from '../model/model';
import type { ModelFile } from '../model/model-file';
import { methodChangeOf, originalFileName, type MethodChange } from './method-change';
import { modelFileName, openModelAsTyped } from './model-file-io';

/**
 * The part of the Web Storage API used here, so tests can supply a storage that fails. `length` and `key`
 * list what is stored (to find every tab's autosave); a storage without them is read as holding none.
 */
export type KeyValueStorage = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
};

export type SavedModelSummary = {
  id: string;
  name: string;
  savedAt: string;
  revision: number;
  /** How many problems the saved model had; absent when none. */
  problemCount?: number;
};
export type SavedModel = SavedModelSummary & {
  file: ModelFile;
  problems: Problem[];
  /** Set when it was saved under an earlier method and opens migrated (the stored copy is unchanged). */
  methodChange: MethodChange | null;
};
export type Autosave = {
  savedAt: string;
  /** The model exactly as typed, problems and all. */
  file: ModelFile;
  savedModelId: string | null;
  revision: number | null;
  /** Set when the tab that wrote it was closed or left, so a new tab may take the work over. */
  isClosed?: boolean;
};

export type StorageOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

const PREFIX = 'cost-of-inaction';
const KEYS = {
  /** Where one autosave for the whole browser was kept before each tab had its own. */
  legacyAutosave: `${PREFIX}:autosave`,
  autosave: (tabId: string) => `${PREFIX}:autosave:${tabId}`,
  unreadable: (at: string) => `${PREFIX}:unreadable:${at}`,
  index: `${PREFIX}:saved-models`,
  model: (id: string) => `${PREFIX}:saved-model:${id}`,
};

/** The key of one tab's autosave. */
export function autosaveKey(tabId: string): string {
  return KEYS.autosave(tabId);
}

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
              ...(typeof item.problemCount === 'number' && item.problemCount > 0
                ? { problemCount: item.problemCount }
                : {}),
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
  const opened = openModelAsTyped(value.file, 'This saved model');
  if (!opened.ok) return { ok: false, message: opened.message };
  return {
    ok: true,
    value: {
      id,
      name: typeof value.name === 'string' ? value.name : 'Untitled',
      savedAt: typeof value.savedAt === 'string' ? value.savedAt : '',
      revision: typeof value.revision === 'number' ? value.revision : 0,
      ...(opened.problems.length > 0 ? { problemCount: opened.problems.length } : {}),
      file: opened.file,
      problems: opened.problems,
      methodChange: storedMethodChange(opened.migratedFrom, value.file, opened.file),
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
  /** Problems the model has as typed; a model with problems is kept too, and marked. */
  problemCount?: number;
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
    ...(request.problemCount ? { problemCount: request.problemCount } : {}),
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
    problemCount: loaded.value.problems.length,
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

export function writeAutosave(
  storage: KeyValueStorage,
  tabId: string,
  autosave: Autosave,
): StorageOutcome<null> {
  return write(storage, KEYS.autosave(tabId), JSON.stringify(autosave));
}

/** One tab's autosave; `tabId` is null for the one autosave kept before tabs had their own. */
export type AutosaveSlot = {
  key: string;
  tabId: string | null;
  autosave: Autosave;
  problems: Problem[];
  /** Set when the work was typed under an earlier method and reads migrated. */
  methodChange: MethodChange | null;
};

/** The original of a stored model that read migrated, under a name that says which version it is. */
function storedMethodChange(
  migratedFrom: number | null,
  original: unknown,
  file: ModelFile,
): MethodChange | null {
  if (migratedFrom === null) return null;
  return methodChangeOf(
    migratedFrom,
    original,
    originalFileName(modelFileName(file), migratedFrom),
  );
}

/** Something stored that could not be read, kept aside under its own key so nothing overwrites it. */
export type UnreadableEntry = {
  key: string;
  keptAt: string;
  /** What could not be read, exactly as it was stored. */
  text: string;
  /** Why, in a person's words. */
  message: string;
};

/** Every key in storage; none when the storage cannot list them or throws. */
function storedKeys(storage: KeyValueStorage): string[] {
  try {
    const count = storage.length ?? 0;
    const keys: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const key = storage.key?.(i);
      if (typeof key === 'string') keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}

function isAutosaveKey(key: string): boolean {
  return key === KEYS.legacyAutosave || key.startsWith(`${KEYS.legacyAutosave}:`);
}

function tabIdOf(key: string): string | null {
  return key === KEYS.legacyAutosave ? null : key.slice(KEYS.legacyAutosave.length + 1);
}

type SlotRead =
  { ok: true; value: AutosaveSlot | null } | { ok: false; message: string; text: string | null };

/** Reads one autosave; a model with problems is read as typed, only something that is not one fails. */
export function readAutosave(storage: KeyValueStorage, key: string): SlotRead {
  const text = readRaw(storage, key);
  const found = read(storage, key);
  if (!found.ok) return { ok: false, message: found.message, text };
  const value = found.value;
  if (value === null) return { ok: true, value: null };
  if (!isRecord(value))
    return { ok: false, message: 'Unsaved work in this browser is not a model.', text };
  const opened = openModelAsTyped(value.file, 'Unsaved work in this browser');
  if (!opened.ok) return { ok: false, message: opened.message, text };
  return {
    ok: true,
    value: {
      key,
      tabId: tabIdOf(key),
      autosave: {
        savedAt: typeof value.savedAt === 'string' ? value.savedAt : '',
        file: opened.file,
        savedModelId: typeof value.savedModelId === 'string' ? value.savedModelId : null,
        revision: typeof value.revision === 'number' ? value.revision : null,
        ...(value.isClosed === true ? { isClosed: true } : {}),
      },
      problems: opened.problems,
      methodChange: storedMethodChange(opened.migratedFrom, value.file, opened.file),
    },
  };
}

/**
 * Moves what is stored under `key` to an `unreadable:<time>` key, so the autosave that would have
 * replaced it cannot. If the move fails (storage full), it stays where it is, and is reported there.
 */
export function keepAside(
  storage: KeyValueStorage,
  key: string,
  text: string,
  message: string,
  now: Date,
): UnreadableEntry {
  const keptAt = now.toISOString();
  const asideKey = KEYS.unreadable(`${keptAt}:${key.slice(PREFIX.length + 1)}`);
  const entry: UnreadableEntry = { key: asideKey, keptAt, text, message };
  const moved = write(storage, asideKey, JSON.stringify({ keptAt, message, text, from: key }));
  if (!moved.ok) return { ...entry, key };
  try {
    storage.removeItem(key);
  } catch {
    // It is kept aside either way; the original is simply left too.
  }
  return entry;
}

/** Everything kept aside as unreadable, oldest first. */
export function listUnreadable(storage: KeyValueStorage): UnreadableEntry[] {
  return storedKeys(storage)
    .filter((key) => key.startsWith(`${PREFIX}:unreadable:`))
    .flatMap((key) => {
      const found = read(storage, key);
      const value = found.ok ? found.value : null;
      if (!isRecord(value) || typeof value.text !== 'string') return [];
      return [
        {
          key,
          keptAt: typeof value.keptAt === 'string' ? value.keptAt : '',
          text: value.text,
          message: typeof value.message === 'string' ? value.message : '',
        },
      ];
    })
    .sort((a, b) => a.keptAt.localeCompare(b.keptAt));
}

/**
 * Every tab's autosave and the old shared one. What cannot be read is kept aside (see `keepAside`) and
 * listed in `unreadable`, never dropped.
 */
export function readAllAutosaves(
  storage: KeyValueStorage,
  now: Date,
): { slots: AutosaveSlot[]; unreadable: UnreadableEntry[] } {
  const slots: AutosaveSlot[] = [];
  const unreadable: UnreadableEntry[] = [];
  for (const key of storedKeys(storage).filter(isAutosaveKey)) {
    const found = readAutosave(storage, key);
    if (found.ok) {
      if (found.value) slots.push(found.value);
    } else if (found.text !== null) {
      unreadable.push(keepAside(storage, key, found.text, found.message, now));
    }
  }
  return { slots, unreadable };
}

/** Removes one stored entry (an autosave or something kept aside) the person chose to discard. */
export function discardStored(storage: KeyValueStorage, key: string): StorageOutcome<null> {
  try {
    storage.removeItem(key);
    return { ok: true, value: null };
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
}

export const AUTOSAVE_LIMITS = { count: 10, days: 30 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which autosaves to remove so they stay few: any older than 30 days, then the oldest beyond 10 in all.
 * The current tab's is never among them.
 */
export function autosavesBeyondLimits(
  slots: readonly AutosaveSlot[],
  currentKey: string,
  now: Date,
): string[] {
  const others = slots
    .filter((slot) => slot.key !== currentKey)
    .sort((a, b) => b.autosave.savedAt.localeCompare(a.autosave.savedAt));
  const room = AUTOSAVE_LIMITS.count - (slots.some((s) => s.key === currentKey) ? 1 : 0);
  return others
    .filter((slot, rank) => {
      const at = Date.parse(slot.autosave.savedAt);
      const isOld = Number.isNaN(at) || now.getTime() - at > AUTOSAVE_LIMITS.days * DAY_MS;
      return isOld || rank >= room;
    })
    .map((slot) => slot.key);
}

/** The storage key prefix, for listening to other tabs' changes through the `storage` event. */
export function isSavedModelKey(key: string | null): boolean {
  return key?.startsWith(`${PREFIX}:saved-model`) ?? false;
}

/** A new id for a saved model. */
export function newSavedModelId(random: () => number = Math.random): string {
  return `m${Date.now().toString(36)}${Math.floor(random() * 1e6).toString(36)}`;
}
