import { useCallback } from 'react';
import type { ModelFile, ServiceFile } from '../../model/model-file';
import { useAppStore } from '../../state/store-context';

/**
 * Edits one service found by id. `field` names the undo step so typing into one box is one step; null
 * (adding or removing a row) makes a step of its own.
 */
export function useServiceEdit(serviceId: string) {
  const store = useAppStore();
  return useCallback(
    (field: string | null, recipe: (service: ServiceFile) => void) => {
      const change = (draft: ModelFile) => {
        const service = draft.services.find((s) => s.id === serviceId);
        if (service) recipe(service);
      };
      if (field === null) store.getState().edit(change);
      else store.getState().edit(change, `services.${serviceId}.${field}`);
    },
    [store, serviceId],
  );
}
