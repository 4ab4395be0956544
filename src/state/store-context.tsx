/** The React side of the store: a context so each test (or app) supplies its own store, and small hooks. */
import {
  createContext,
  useContext,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useShallow } from 'zustand/react/shallow';
import type { Problem } from '../model/model';
import type { ModelFile } from '../model/model-file';
import { readModel } from '../model/read-model';
import type { ModelState, ModelStore } from './model-store';
import { createResultsDeriver, type Derived } from './results-deriver';

type Context = {
  store: ModelStore;
  derive: ReturnType<typeof createResultsDeriver>;
  /** Validation problems of a file, worked out once per file however many fields ask. */
  validate: (file: ModelFile) => Problem[];
  problems: StoreApi<ProblemsState>;
};

function createValidator(): (file: ModelFile) => Problem[] {
  const cache = new WeakMap<ModelFile, Problem[]>();
  return (file) => {
    let problems = cache.get(file);
    if (!problems) {
      const read = readModel(file);
      problems = read.ok ? [] : read.problems;
      cache.set(file, problems);
    }
    return problems;
  };
}

const StoreContext = createContext<Context | null>(null);

type ProblemsState = { all: Problem[]; byPath: ReadonlyMap<string, string> };

/** Works out the problems once per change and publishes them, so each field re-renders only for its own. */
function ProblemsPublisher({ problems }: { problems: StoreApi<ProblemsState> }) {
  const current = useCurrentProblems();
  useLayoutEffect(() => {
    const byPath = new Map<string, string>();
    for (const problem of current)
      if (!byPath.has(problem.path)) byPath.set(problem.path, problem.message);
    problems.setState({ all: current, byPath });
  }, [current, problems]);
  return null;
}

export function ModelStoreProvider({
  store,
  children,
}: {
  store: ModelStore;
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({
      store,
      derive: createResultsDeriver(),
      validate: createValidator(),
      problems: createStore<ProblemsState>()(() => ({ all: [], byPath: new Map() })),
    }),
    [store],
  );
  return (
    <StoreContext.Provider value={value}>
      <ProblemsPublisher problems={value.problems} />
      {children}
    </StoreContext.Provider>
  );
}

function useContextValue(): Context {
  const value = useContext(StoreContext);
  if (!value) throw new Error('useModel must be used inside <ModelStoreProvider>.');
  return value;
}

/** Reads from the store through a selector; arrays and objects are compared shallowly. */
export function useModel<T>(selector: (state: ModelState) => T): T {
  return useStore(useContextValue().store, useShallow(selector));
}

export function useModelStore(): ModelStore {
  return useContextValue().store;
}

/** Problems of the model as typed, including number fields whose text cannot be stored yet. */
function draftProblems(drafts: Record<string, string>): Problem[] {
  return Object.entries(drafts).map(([path, message]) => ({ path, message }));
}

/**
 * Results for display. Worked out from a deferred copy of the model, so typing is never held up by the
 * calculation: React renders the keystroke first and the new figures straight after.
 */
export function useResults(): Derived {
  const { store, derive } = useContextValue();
  const file = useStore(store, (s) => s.file);
  const drafts = useStore(store, (s) => s.drafts);
  const deferredFile = useDeferredValue(file);
  const deferredDrafts = useDeferredValue(drafts);
  const derived = useMemo(
    () => derive(deferredFile, draftProblems(deferredDrafts)),
    [derive, deferredFile, deferredDrafts],
  );
  const isPending = deferredFile !== file || deferredDrafts !== drafts;
  return isPending ? { ...derived, isOutOfDate: true } : derived;
}

/**
 * Problems of the model as typed, for messages beside fields and the error summary. Only validation runs
 * on each keystroke (about a millisecond); problems found by the calculation itself arrive with the results.
 */
function useCurrentProblems(): Problem[] {
  const { store, validate } = useContextValue();
  const file = useStore(store, (s) => s.file);
  const drafts = useStore(store, (s) => s.drafts);
  const { problems: calculationProblems } = useResults();
  return useMemo(() => {
    const invalid = validate(file);
    const found = [...draftProblems(drafts), ...invalid];
    return invalid.length === 0 ? [...found, ...calculationProblems] : found;
  }, [validate, file, drafts, calculationProblems]);
}

/** Every problem in the model as typed, for the error summary. */
export function useProblems(): Problem[] {
  return useStore(useContextValue().problems, (s) => s.all);
}

/** The message for one field, by the JSON path the validator reports it at; null when it is fine. */
export function useProblemAt(path: string): string | null {
  return useStore(useContextValue().problems, (s) => s.byPath.get(path) ?? null);
}

/** Whether the model as typed has no problems; re-renders only when that answer changes. */
export function useIsModelValid(): boolean {
  return useStore(useContextValue().problems, (s) => s.all.length === 0);
}
