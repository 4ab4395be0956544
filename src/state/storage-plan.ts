/**
 * Where each piece of state is kept, in one table typed against the store's own keys: adding a field to
 * the store does not compile until someone decides here whether it travels in a link or file, is kept in
 * this browser, or is never stored (as Excalidraw's APP_STATE_STORAGE_CONF). Autosave keeps exactly the
 * fields marked 'browser', and saves again whenever one of them changes.
 */
import type { AppState } from './app-store';

export type Place = 'link and file' | 'browser';

type DataKeys<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => unknown ? never : K;
}[keyof T];

export const STATE_STORAGE = {
  file: ['link and file', 'browser'],
  past: [],
  future: [],
  drafts: [],
  lastEdit: [],
  replacements: [],
  savedModel: ['browser'],
  notice: [],
  pendingReplacement: [],
  methodChange: [],
  basis: [],
  comparison: [],
  problems: [],
  problemsByPath: [],
  shown: [],
  isUpdating: [],
} as const satisfies Record<DataKeys<AppState>, readonly Place[]>;

type StoredKey = keyof typeof STATE_STORAGE;
export type KeptIn<P extends Place> = {
  [K in StoredKey as P extends (typeof STATE_STORAGE)[K][number] ? K : never]: AppState[K];
};

function keysKeptIn(place: Place): StoredKey[] {
  return (Object.keys(STATE_STORAGE) as StoredKey[]).filter((key) =>
    (STATE_STORAGE[key] as readonly Place[]).includes(place),
  );
}

/** The fields of `state` kept in `place`. */
export function pickKeptIn<P extends Place>(state: AppState, place: P): KeptIn<P> {
  return Object.fromEntries(keysKeptIn(place).map((key) => [key, state[key]])) as KeptIn<P>;
}

/** Whether any field kept in `place` differs between two states. */
export function hasChangedIn(place: Place, state: AppState, previous: AppState): boolean {
  return keysKeptIn(place).some((key) => state[key] !== previous[key]);
}
