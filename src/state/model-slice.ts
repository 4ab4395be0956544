/**
 * The model exactly as the user typed it (plain JSON, strings for decimals), with undo and redo. Results
 * are never kept here; the results slice derives them from `file`.
 */
import { produce } from 'immer';
import type { ModelFile } from '../model/model-file';
import type { SliceCreator } from './slice';

export const UNDO_LIMIT = 200;
/** Edits to the same field closer together than this become one undo step, so typing "350" is one step. */
export const COALESCE_MS = 1000;

export type ModelSlice = {
  file: ModelFile;
  past: ModelFile[];
  future: ModelFile[];
  /** Text typed into number fields that cannot yet be stored (e.g. "20x" for a year), by JSON path. */
  drafts: Record<string, string>;
  lastEdit: { key: string; at: number } | null;
  /** How many times the whole model has been replaced: figures of a replaced model are not this one's. */
  replacements: number;
  /** Changes the model through a recipe on a draft (immer); `key` names the field so typing coalesces. */
  edit: (recipe: (draft: ModelFile) => void, key?: string) => void;
  /** Replaces the whole model (opening a file or an example); undoable. */
  replace: (file: ModelFile) => void;
  setDraft: (path: string, message: string | null) => void;
  undo: () => void;
  redo: () => void;
};

export function createModelSlice(initial: ModelFile, now: () => number): SliceCreator<ModelSlice> {
  return (set, get) => ({
    file: initial,
    past: [],
    future: [],
    drafts: {},
    lastEdit: null,
    replacements: 0,
    edit: (recipe, key) => {
      const { file, past, lastEdit } = get();
      // immer keeps every untouched part of the model the same object, so screens re-render only what changed.
      const next = produce(file, recipe);
      if (next === file) return;
      const time = now();
      const coalesce =
        key !== undefined && lastEdit?.key === key && time - lastEdit.at < COALESCE_MS;
      set({
        file: next,
        past: coalesce ? past : [...past, file].slice(-UNDO_LIMIT),
        future: [],
        lastEdit: key === undefined ? null : { key, at: time },
      });
    },
    replace: (next) => {
      const { file, past, replacements } = get();
      set({
        file: next,
        past: [...past, file].slice(-UNDO_LIMIT),
        future: [],
        drafts: {},
        lastEdit: null,
        replacements: replacements + 1,
      });
    },
    setDraft: (path, message) => {
      const rest = Object.fromEntries(Object.entries(get().drafts).filter(([key]) => key !== path));
      set({ drafts: message === null ? rest : { ...rest, [path]: message } });
    },
    undo: () => {
      const { file, past, future } = get();
      const previous = past.at(-1);
      if (!previous) return;
      set({
        file: previous,
        past: past.slice(0, -1),
        future: [file, ...future],
        drafts: {},
        lastEdit: null,
      });
    },
    redo: () => {
      const { file, past, future } = get();
      const [next, ...rest] = future;
      if (!next) return;
      set({ file: next, past: [...past, file], future: rest, drafts: {}, lastEdit: null });
    },
  });
}
