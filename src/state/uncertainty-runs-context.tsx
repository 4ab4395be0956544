/**
 * The React side of the "How sure" runs: the app supplies runs backed by a Web Worker; without a
 * provider (a test of one screen) the work is done on the page.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createLazyInlineRunner } from './lazy-uncertainty-runner';
import {
  createUncertaintyRuns,
  type UncertaintyRuns,
  type UncertaintyRunsState,
} from './uncertainty-runs';

const RunsContext = createContext<UncertaintyRuns | null>(null);

let inlineRuns: UncertaintyRuns | null = null;

export function UncertaintyRunsProvider({
  runs,
  children,
}: {
  runs: UncertaintyRuns;
  children: ReactNode;
}) {
  return <RunsContext.Provider value={runs}>{children}</RunsContext.Provider>;
}

export function useUncertaintyRunsStore(): UncertaintyRuns {
  const runs = useContext(RunsContext);
  if (runs) return runs;
  inlineRuns ??= createUncertaintyRuns(createLazyInlineRunner());
  return inlineRuns;
}

/** Reads the runs through a selector; arrays and objects are compared shallowly. */
export function useUncertaintyRuns<T>(selector: (state: UncertaintyRunsState) => T): T {
  return useStore(useUncertaintyRunsStore(), useShallow(selector));
}
