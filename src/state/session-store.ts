/**
 * The storage side of a session: which saved model (and revision) the current work belongs to, the notice
 * shown after opening something, and a model waiting for the user's permission to replace their work.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ModelFile } from '../model/model-file';

export type Notice = {
  kind: 'info' | 'error';
  message: string;
  /** Itemised detail, such as every problem found in a file. */
  details?: string[];
};

export type PendingReplacement = {
  file: ModelFile;
  /** Where it came from, in words: "a link", "the file ashdown.json". */
  source: string;
  /** Set when the model is a named save, so later saves go back to it. */
  saved: { id: string; name: string; revision: number } | null;
};

export type SessionState = {
  savedModel: { id: string; name: string; revision: number } | null;
  notice: Notice | null;
  pendingReplacement: PendingReplacement | null;
  setSavedModel: (saved: SessionState['savedModel']) => void;
  setNotice: (notice: Notice | null) => void;
  setPendingReplacement: (pending: PendingReplacement | null) => void;
};

export type SessionStore = ReturnType<typeof createSessionStore>;

export function createSessionStore() {
  return createStore<SessionState>()((set) => ({
    savedModel: null,
    notice: null,
    pendingReplacement: null,
    setSavedModel: (savedModel) => {
      set({ savedModel });
    },
    setNotice: (notice) => {
      set({ notice });
    },
    setPendingReplacement: (pendingReplacement) => {
      set({ pendingReplacement });
    },
  }));
}

export function useSession<T>(store: SessionStore, selector: (state: SessionState) => T): T {
  return useStore(store, selector);
}
