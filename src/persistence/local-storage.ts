import type { KeyValueStorage } from './browser-storage';

/** The browser's localStorage, or null where merely touching it throws (storage disabled). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export const STORAGE_UNAVAILABLE =
  'This browser is not letting the app keep anything (storage may be turned off, or this may be a private window). Download the model file to keep your work.';

/** Asks the browser not to clear this app's storage under pressure; the answer is the browser's to give. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
