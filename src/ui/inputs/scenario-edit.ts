import { useCallback } from 'react';
import type { ContributionsFile, ModelFile, ScenarioFile } from '../../model/model-file';
import { createContributions } from '../../model/records/contributions';
import { useAppStore } from '../../state/store-context';

/**
 * Edits one scenario found by id. `field` names the undo step so typing into one box is one step; null
 * (adding or removing something) makes a step of its own.
 */
export function useScenarioEdit(scenarioId: string) {
  const store = useAppStore();
  return useCallback(
    (field: string | null, recipe: (scenario: ScenarioFile) => void) => {
      const change = (draft: ModelFile) => {
        const scenario = draft.scenarios.find((s) => s.id === scenarioId);
        if (scenario) recipe(scenario);
      };
      if (field === null) store.getState().edit(change);
      else store.getState().edit(change, `scenarios.${scenarioId}.${field}`);
    },
    [store, scenarioId],
  );
}

/** The scenario's contributions, made explicit (the file may leave them out: equal shares for all). */
export function contributionsOf(scenario: ScenarioFile): ContributionsFile {
  scenario.contributions ??= createContributions();
  return scenario.contributions;
}
