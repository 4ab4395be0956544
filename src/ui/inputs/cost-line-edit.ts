import { useCallback } from 'react';
import type { CostLineFile, ModelFile } from '../../model/model-file';
import { useAppStore } from '../../state/store-context';

/**
 * Edits one cost line found by id (its position can change when another line is removed). `field`
 * names the undo step, so typing into one box is one step; null makes a step of its own.
 */
export function useCostLineEdit(lineId: string) {
  const store = useAppStore();
  return useCallback(
    (field: string | null, recipe: (line: CostLineFile) => void) => {
      const change = (draft: ModelFile) => {
        const line = draft.costLines.find((l) => l.id === lineId);
        if (line) recipe(line);
      };
      // Adding or removing a row is always its own undo step.
      if (field === null) store.getState().edit(change);
      else store.getState().edit(change, `costLines.${lineId}.${field}`);
    },
    [store, lineId],
  );
}
