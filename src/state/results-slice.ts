/**
 * What the screens show of the model as typed: its problems (worked out once per change) and the results
 * of the last valid model. The calculation runs through a `Calculator`, off the main thread in the app;
 * while it runs the last results stay on screen, marked as updating.
 */
import type { Model, Problem } from '../model/model';
import type { ModelFile } from '../model/model-file';
import { readModel, type ReadModelResult } from '../model/read-model';
import { DESCRIPTIVE_FIELDS, MODEL_NOTE_FIELDS } from '../model/records/record-fields';
import type { Results } from '../model/results';
import type { Calculator } from './calculator';
import type { ModelSlice } from './model-slice';
import type { SliceCreator } from './slice';

export type Valid = { model: Model; results: Results };

export type ResultsSlice = {
  /** Every problem in the model as typed: untypable drafts, validation, then the calculation's own. */
  problems: Problem[];
  /** The first message at each JSON path, for the message beside a field. */
  problemsByPath: ReadonlyMap<string, string>;
  /** Results of the current model when valid and calculated, else of the last one that was. */
  shown: Valid | null;
  /** True while the results of the current model are being worked out. */
  isUpdating: boolean;
};

export function createResultsSlice(): SliceCreator<ResultsSlice> {
  return () => ({ problems: [], problemsByPath: new Map(), shown: null, isUpdating: false });
}

/**
 * Whether two versions of the model differ anywhere but in the `ignored` fields. Parts the edit did not
 * touch are the very same objects (immer), so this walks only the edited path: cheap at any model size.
 */
export function differsOutside(
  before: unknown,
  after: unknown,
  ignored: ReadonlySet<string>,
): boolean {
  if (before === after) return false;
  if (Array.isArray(before) && Array.isArray(after))
    return (
      before.length !== after.length ||
      after.some((item, i) => differsOutside(before[i], item, ignored))
    );
  if (isRecord(before) && isRecord(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys)
      if (!ignored.has(key) && differsOutside(before[key], after[key], ignored)) return true;
    return false;
  }
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Results carry each scenario's name: a renamed scenario gets its new name without recalculating. */
function withScenarioNames(results: Results, model: Model): Results {
  const names = new Map(model.scenarios.map((s) => [s.id, s.name]));
  const scenarios = results.scenarios.map((scenario) => {
    const name = names.get(scenario.scenarioId) ?? scenario.name;
    return name === scenario.name ? scenario : { ...scenario, name };
  });
  return scenarios.every((s, i) => s === results.scenarios[i])
    ? results
    : { ...results, scenarios };
}

function isSameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return (
    a.length === b.length && a.every((p, i) => p.path === b[i]?.path && p.message === b[i].message)
  );
}

type Store = {
  getState: () => ModelSlice & ResultsSlice;
  setState: (partial: Partial<ResultsSlice>) => void;
  subscribe: (listener: (state: ModelSlice & ResultsSlice) => void) => () => void;
};

/**
 * Keeps the results slice in step with the model: validates each change once, and asks the calculator
 * only when a figure could change. Returns a function that disconnects it.
 */
export function connectCalculation(store: Store, calculator: Calculator): () => void {
  let file: ModelFile | null = null;
  let drafts: Record<string, string> | null = null;
  let read: ReadModelResult | null = null;
  /** The model last sent for calculation, and the one whose names are on screen. */
  let calculated: ModelFile | null = null;
  let named: ModelFile | null = null;
  let request = 0;
  let calculationProblems: Problem[] = [];
  let results: Results | null = null;
  let replacements = 0;

  const publish = (changes: Partial<ResultsSlice>) => {
    const draftProblems = Object.entries(drafts ?? {}).map(([path, message]) => ({
      path,
      message,
    }));
    const problems = [
      ...draftProblems,
      ...(read?.ok === false ? read.problems : calculationProblems),
    ];
    const current = store.getState();
    const next: Partial<ResultsSlice> = { ...changes };
    // Unchanged problems keep their objects, so no field or summary re-renders for them.
    if (!isSameProblems(problems, current.problems)) {
      const problemsByPath = new Map<string, string>();
      for (const problem of problems)
        if (!problemsByPath.has(problem.path)) problemsByPath.set(problem.path, problem.message);
      Object.assign(next, { problems, problemsByPath });
    }
    if (next.isUpdating === current.isUpdating) delete next.isUpdating;
    if (Object.keys(next).length > 0) store.setState(next);
  };

  const update = (state: ModelSlice) => {
    if (state.file === file && state.drafts === drafts) return;
    drafts = state.drafts;
    if (state.replacements !== replacements) {
      // Another model took this one's place: the last figures belong to it, not to what is on screen.
      replacements = state.replacements;
      request += 1;
      results = null;
      calculated = null;
      named = null;
      store.setState({ shown: null });
    }
    if (state.file === file) {
      publish({});
      return;
    }
    file = state.file;
    read = readModel(file);
    if (!read.ok) {
      publish({ isUpdating: false });
      return;
    }
    const model = read.model;
    if (calculated && !differsOutside(calculated, file, DESCRIPTIVE_FIELDS)) {
      // Only words changed: the figures stand, and the model shown takes the new names.
      const isNamesChanged = named === null || differsOutside(named, file, MODEL_NOTE_FIELDS);
      named = file;
      if (isNamesChanged && results) {
        results = withScenarioNames(results, model);
        publish({ shown: { model, results } });
      } else publish({});
      return;
    }
    calculated = file;
    named = file;
    const asked = (request += 1);
    publish({ isUpdating: true });
    calculator.request({ file, model }, (answer) => {
      if (asked !== request) return;
      const latest = read?.ok ? read.model : model;
      if (answer.ok) {
        results = answer.results;
        calculationProblems = [];
        publish({ shown: { model: latest, results }, isUpdating: false });
      } else {
        calculationProblems = answer.problems;
        publish({ isUpdating: false });
      }
    });
  };

  update(store.getState());
  const unsubscribe = store.subscribe(update);
  return () => {
    unsubscribe();
    request += 1;
  };
}
