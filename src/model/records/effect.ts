/** An effect: the share of one cost line's, or one whole stream's, cost a service takes away. */
import type { Dec } from '../decimal';
import { joinPath, type FieldReader } from '../field-reader';
import type { KnownIds } from './record-checks';
import { decimalText, FRACTION, type DecimalString, type ShortKeys } from './record-fields';

export type EffectFile =
  { costLine: string; reduction: DecimalString } | { stream: string; reduction: DecimalString };

export type Effect = { target: 'costLine' | 'stream'; id: string; reduction: Dec };

type EffectKey = 'costLine' | 'stream' | 'reduction';

export const EFFECT_SHORT_KEYS: ShortKeys<EffectKey> = {
  costLine: 'l',
  stream: 'S',
  reduction: 'g',
};

/** A new effect on a cost line or stream; it takes nothing away until the user says how much. */
export function createEffect(
  target: Effect['target'],
  id: string,
  reduction: DecimalString = '0',
): EffectFile {
  return target === 'costLine' ? { costLine: id, reduction } : { stream: id, reduction };
}

/** Reads one effect; none when it names both a line and a stream, or neither. */
export function readEffect(r: FieldReader, value: unknown, at: string): Effect[] {
  const effect = r.object(value, at, 'An effect');
  if (!effect) return [];
  const reduction = r.decimal(effect, 'reduction', at, 'The reduction', FRACTION);
  const hasLine = effect.costLine !== undefined;
  if (hasLine === (effect.stream !== undefined)) {
    r.report(at, 'An effect names either one cost line or one stream.');
    return [];
  }
  const target = hasLine ? 'costLine' : 'stream';
  return [
    {
      target,
      id: r.reference(effect, target, at, hasLine ? 'cost line' : 'stream'),
      reduction,
    },
  ];
}

/** The cost line or stream an effect names exists. */
export function checkEffectReferences(
  r: FieldReader,
  effect: Effect,
  at: string,
  known: KnownIds,
): void {
  if (effect.id === '') return;
  if (effect.target === 'costLine' && !known.costLines.has(effect.id))
    r.report(joinPath(at, 'costLine'), `There is no cost line with the id "${effect.id}".`);
  if (effect.target === 'stream' && !known.streams.has(effect.id))
    r.report(joinPath(at, 'stream'), `There is no caseload stream with the id "${effect.id}".`);
}

export function writeEffect(effect: Effect): EffectFile {
  return effect.target === 'costLine'
    ? { costLine: effect.id, reduction: decimalText(effect.reduction) }
    : { stream: effect.id, reduction: decimalText(effect.reduction) };
}
