/**
 * The one store: the model as typed (with undo), the session (saves and notices), how results are viewed,
 * and what is derived from the model. Made by a factory, so every test and every app gets its own.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ModelFile } from '../model/model-file';
import { createInlineCalculator, type Calculator } from './calculator';
import { createModelSlice, type ModelSlice } from './model-slice';
import { connectCalculation, createResultsSlice, type ResultsSlice } from './results-slice';
import { createSessionSlice, type SessionSlice, type SessionStart } from './session-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AppState = ModelSlice & SessionSlice & ViewSlice & ResultsSlice;

export type AppStore = StoreApi<AppState> & {
  /** Stops the calculation that keeps results in step (the store itself stays usable). */
  disconnect: () => void;
};

export type AppStoreOptions = {
  file: ModelFile;
  session?: Partial<SessionStart>;
  /** Where results are worked out; inline (on this thread) unless said. */
  calculator?: Calculator;
  /** The clock used to group keystrokes into one undo step. */
  now?: () => number;
};

export function createAppStore({
  file,
  session = {},
  calculator = createInlineCalculator(),
  now = Date.now,
}: AppStoreOptions): AppStore {
  const store = createStore<AppState>()((set, get) => ({
    ...createModelSlice(file, now)(set, get),
    ...createSessionSlice(session)(set, get),
    ...createViewSlice()(set, get),
    ...createResultsSlice()(set, get),
  }));
  const disconnect = connectCalculation(store, calculator);
  return Object.assign(store, { disconnect });
}
