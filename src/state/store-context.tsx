/**
 * The React side of the one store: a context, so each test (or app) supplies its own store, and small
 * hooks that read it through selectors. Every component reaches the store this one way.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Problem } from '../model/model';
import type { AppState, AppStore } from './app-store';
import type { ModelSlice } from './model-slice';
import type { Valid } from './results-slice';
import type { SessionSlice } from './session-slice';
import type { ViewSlice } from './view-slice';

const StoreContext = createContext<AppStore | null>(null);

export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for actions and for reading state inside event handlers. */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('The store hooks must be used inside <AppStoreProvider>.');
  return store;
}

/** Reads the store through a selector; arrays and objects are compared shallowly. */
function useSelected<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), useShallow(selector));
}

/** The model as typed, with undo and redo. */
export function useModel<T>(selector: (state: ModelSlice) => T): T {
  return useSelected(selector);
}

/** Saves, notices and a model waiting to replace the current one. */
export function useSession<T>(selector: (state: SessionSlice) => T): T {
  return useSelected(selector);
}

/** How results are viewed. */
export function useView<T>(selector: (state: ViewSlice) => T): T {
  return useSelected(selector);
}

export type Derived = {
  problems: Problem[];
  /** Results of the current model when valid, else of the last valid one. */
  shown: Valid | null;
  /** True while `shown` belongs to an earlier version of the model (a problem, or being recalculated). */
  isOutOfDate: boolean;
  /** The model as typed has problems, so `shown` waits for them to be fixed. */
  hasProblems: boolean;
  /** The figures of the current model are being worked out; `shown` is kept until they arrive. */
  isUpdating: boolean;
};

/** Results for display; they follow the model as typed without ever holding up a keystroke. */
export function useResults(): Derived {
  return useSelected((s) => ({
    problems: s.problems,
    shown: s.shown,
    isOutOfDate: s.isUpdating || s.problems.length > 0,
    hasProblems: s.problems.length > 0,
    isUpdating: s.isUpdating,
  }));
}

/** Part of the shown results; re-renders only when that part changes. */
export function useShown<T>(selector: (shown: Valid | null) => T): T {
  return useSelected((s) => selector(s.shown));
}

/** Every problem in the model as typed, for the error summary. */
export function useProblems(): Problem[] {
  return useSelected((s) => s.problems);
}

/** The message for one field, by the JSON path the validator reports it at; null when it is fine. */
export function useProblemAt(path: string): string | null {
  return useSelected((s) => s.problemsByPath.get(path) ?? null);
}

/** Whether the model as typed has no problems; re-renders only when that answer changes. */
export function useIsModelValid(): boolean {
  return useSelected((s) => s.problems.length === 0);
}
