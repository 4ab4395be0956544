/**
 * Works out the "what if" figures on a copy of the model. The calculation follows a deferred copy of the
 * changes, so typing in a box never waits for it (a large model takes about a tenth of a second).
 */
import { useDeferredValue, useMemo } from 'react';
import { evaluateModel } from '../../model/evaluate';
import type { Model, Problem } from '../../model/model';
import type { ModelFile } from '../../model/model-file';
import type { Results } from '../../model/results';
import { hasChanges, withChanges, type WhatIfChanges } from './what-if';

export type WhatIfFigures =
  | { kind: 'none' }
  | { kind: 'figures'; model: Model; results: Results }
  | { kind: 'problems'; problems: Problem[] };

export function useWhatIf(
  file: ModelFile,
  changes: WhatIfChanges,
): { figures: WhatIfFigures; isWorking: boolean } {
  const deferred = useDeferredValue(changes);
  const deferredFile = useDeferredValue(file);
  const figures = useMemo((): WhatIfFigures => {
    if (!hasChanges(deferred)) return { kind: 'none' };
    const evaluated = evaluateModel(withChanges(deferredFile, deferred));
    return evaluated.ok
      ? { kind: 'figures', model: evaluated.model, results: evaluated.results }
      : { kind: 'problems', problems: evaluated.problems };
  }, [deferredFile, deferred]);
  return { figures, isWorking: deferred !== changes || deferredFile !== file };
}
