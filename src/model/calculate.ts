/**
 * The whole calculation: the cost of doing nothing, then each funding scenario's avoided cost, service
 * cost, contributions and headline figures. Pure: a validated model in, plain-data results out.
 */
import { projectDoNothing } from './do-nothing';
import type { Model, Problem } from './model';
import type { DoNothingResult, Results, ScenarioResult } from './results';
import { effectGroups, projectScenario } from './scenario-projection';

export type CalculateResult = { ok: true; results: Results } | { ok: false; problems: Problem[] };

/**
 * Every scenario against a do-nothing projection already made for this model (by `projectDoNothing`),
 * so a caller can keep that projection across edits that touch only services or scenarios. Fails only
 * where MODEL.md calls a rule's weights an error (a zero denominator).
 */
export function calculateScenarios(model: Model, doNothing: DoNothingResult): CalculateResult {
  const groups = effectGroups(model, doNothing);
  const problems: Problem[] = [];
  const scenarios: ScenarioResult[] = [];
  for (const scenario of model.scenarios) {
    const result = projectScenario(model, scenario, doNothing, groups);
    if ('scenarioId' in result) scenarios.push(result);
    else problems.push(result);
  }
  if (problems.length > 0) return { ok: false, problems };
  const warnings = doNothing.streams.flatMap((s, i) =>
    s.warnings.map((message) => ({ path: `streams[${i}].trend`, message })),
  );
  return { ok: true, results: { doNothing, scenarios, warnings } };
}

/** Runs the whole model: `calculateScenarios` on a fresh do-nothing projection. */
export function calculate(model: Model): CalculateResult {
  return calculateScenarios(model, projectDoNothing(model));
}
