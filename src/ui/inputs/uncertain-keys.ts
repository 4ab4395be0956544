/**
 * The keys of uncertain inputs (see UncertainInput) for the figures the editors show, so each range
 * field finds its figure's range: the engine's own key for an effect, from the effects as typed.
 */
import type { EffectFile } from '../../model/model-file';
import { effectInputKey as engineEffectKey } from '../../model/uncertainty/uncertain-inputs';
import { effectTargetValue } from './effect-targets';

/** The key of a service's k-th effect as typed; the field (`:reduction` …) is added by the caller. */
export function effectInputKey(
  serviceId: string,
  effects: readonly EffectFile[],
  k: number,
): string {
  return engineEffectKey(serviceId, effects.map(effectTargetValue), k);
}
