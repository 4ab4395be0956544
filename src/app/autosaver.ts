/**
 * Keeps the model exactly as typed, problems and all, in this tab's own autosave slot, a moment after
 * each change, and at once when asked (before a reload or on leaving). A failure is reported, never
 * swallowed, and is remembered so that leaving the page can ask first.
 */
import type { ModelFile } from '../model/model-file';
import { writeAutosave, type KeyValueStorage } from '../persistence/browser-storage';
import { STORAGE_UNAVAILABLE } from '../persistence/local-storage';
import type { AppStore } from '../state/app-store';
import { hasChangedIn, pickKeptIn } from '../state/storage-plan';
import { sameModel } from './start-up';

export type AutosaverOptions = {
  tabId: string;
  storage: () => KeyValueStorage | null;
  /** True when this tab already has a slot (its own work, or work it took over). */
  hasSlot: boolean;
  onError: (message: string) => void;
  delayMs?: number;
  now?: () => Date;
};

export type Autosaver = {
  /**
   * Writes now whatever is waiting; given `isClosing`, writes even if nothing is, marking the slot free
   * (true) for a new tab to take over, or in use again (false).
   */
  flush: (isClosing?: boolean) => void;
  /** The model on screen exists nowhere else: not in the autosave, a named save or what was opened. */
  isWorkOnlyHere: () => boolean;
  /** The model on screen now also exists elsewhere (it was just opened from a file, link or save). */
  markKept: (file: ModelFile) => void;
  dispose: () => void;
};

export function createAutosaver(store: AppStore, options: AutosaverOptions): Autosaver {
  const { tabId, storage, onError, delayMs = 400, now = () => new Date() } = options;
  const initial = store.getState().file;
  let hasSlot = options.hasSlot;
  /** The file the slot holds now, if the last write succeeded; null otherwise. */
  let written: ModelFile | null = hasSlot ? initial : null;
  /** The file as last named-saved or opened: it is kept there, whatever autosave manages. */
  let kept: ModelFile = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastError: string | null = null;

  const save = (isClosing: boolean) => {
    clearTimeout(timer);
    timer = undefined;
    const state = store.getState();
    const { file, savedModel } = pickKeptIn(state, 'browser');
    // Never start a slot for a tab that only looked at what it opened with.
    if (!hasSlot && file === initial) return;
    const target = storage();
    const outcome = target
      ? writeAutosave(target, tabId, {
          savedAt: now().toISOString(),
          file,
          savedModelId: savedModel?.id ?? null,
          revision: savedModel?.revision ?? null,
          ...(isClosing ? { isClosed: true } : {}),
        })
      : { ok: false as const, message: STORAGE_UNAVAILABLE };
    if (outcome.ok) hasSlot = true;
    written = outcome.ok ? file : null;
    if (!outcome.ok && outcome.message !== lastError)
      onError(`Autosave failed. ${outcome.message}`);
    lastError = outcome.ok ? null : outcome.message;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.savedModel !== previous.savedModel && state.savedModel) kept = state.file;
    if (!hasChangedIn('browser', state, previous)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      save(false);
    }, delayMs);
  });

  return {
    flush: (isClosing) => {
      if (timer !== undefined || isClosing !== undefined) save(isClosing ?? false);
    },
    /*
     * Leaving asks first exactly when the model on screen differs from the copy it was last opened from or
     * saved as (a named save, a file, a link, or the autosave it started from) AND this tab's autosave does
     * not hold it, because the last write failed (storage full, turned off) or a write is still waiting.
     * Callers flush first, so with storage working the autosave always holds it and nobody is asked.
     */
    isWorkOnlyHere: () => {
      const { file } = store.getState();
      if (written === file && timer === undefined) return false;
      return !sameModel(file, kept);
    },
    markKept: (file) => {
      kept = file;
    },
    dispose: () => {
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
