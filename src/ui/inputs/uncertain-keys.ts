/**
 * The keys of uncertain inputs (see UncertainInput) for the figures the editors show, so each range
 * field finds its figure's range. Built from ids as the engine builds them.
 */
import type { EffectFile } from '../../model/model-file';
import { effectTargetValue } from './effect-targets';

/**
 * `effect:<serviceId>:costLine:<lineId>` (or `…:stream:<streamId>`), with `#2`, `#3`… for a second or
 * third effect of the service on the same target; the field (`:reduction` …) is added by the caller.
 */
export function effectInputKey(
  serviceId: string,
  effects: readonly EffectFile[],
  k: number,
): string {
  const effect = effects[k];
  if (!effect) return `effect:${serviceId}:none`;
  const target = effectTargetValue(effect);
  const n = effects.slice(0, k + 1).filter((e) => effectTargetValue(e) === target).length;
  return `effect:${serviceId}:${target}${n > 1 ? `#${n}` : ''}`;
}
