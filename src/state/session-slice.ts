/**
 * The storage side of a session: which saved model (and revision) the current work belongs to, the notice
 * shown after opening something, a model waiting for the user's permission to replace their work, and
 * the original of a model that opened migrated from an earlier method.
 */
import type { ModelFile } from '../model/model-file';
import type { MethodChange } from '../persistence/method-change';
import type { SliceCreator } from './slice';

export type Notice = {
  kind: 'info' | 'error';
  message: string;
  /** Itemised detail, such as every problem found in a file. */
  details?: string[];
};

export type SavedModelRef = { id: string; name: string; revision: number };

export type PendingReplacement = {
  file: ModelFile;
  /** Where it came from, in words: "a link", "the file ashdown.json". */
  source: string;
  /** Set when the model is a named save, so later saves go back to it. */
  saved: SavedModelRef | null;
  /** Set when the model was made under an earlier method and migrated on opening. */
  methodChange?: MethodChange | null;
};

export type SessionSlice = {
  savedModel: SavedModelRef | null;
  notice: Notice | null;
  pendingReplacement: PendingReplacement | null;
  /** The model on screen was migrated from an earlier method: say so, and keep its original. */
  methodChange: MethodChange | null;
  setSavedModel: (saved: SavedModelRef | null) => void;
  setNotice: (notice: Notice | null) => void;
  setPendingReplacement: (pending: PendingReplacement | null) => void;
  setMethodChange: (change: MethodChange | null) => void;
};

export type SessionStart = Pick<
  SessionSlice,
  'savedModel' | 'notice' | 'pendingReplacement' | 'methodChange'
>;

export function createSessionSlice(start: Partial<SessionStart>): SliceCreator<SessionSlice> {
  return (set) => ({
    savedModel: start.savedModel ?? null,
    notice: start.notice ?? null,
    pendingReplacement: start.pendingReplacement ?? null,
    methodChange: start.methodChange ?? null,
    setSavedModel: (savedModel) => {
      set({ savedModel });
    },
    setNotice: (notice) => {
      set({ notice });
    },
    setPendingReplacement: (pendingReplacement) => {
      set({ pendingReplacement });
    },
    setMethodChange: (methodChange) => {
      set({ methodChange });
    },
  });
}
