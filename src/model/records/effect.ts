/**
 * An effect: the share of one cost line's, or one whole stream's, cost a service takes away from the
 * cases it helps, net of what would have happened anyway (deadweight) and of what others did
 * (attribution) (MODEL.md, "Effects and costs avoided").
 */
import { ONE, type Dec } from '../decimal';
import { joinPath, type FieldReader } from '../field-reader';
import type { KnownIds } from './record-checks';
import {
  decimalDefault,
  decimalText,
  FRACTION,
  type DecimalString,
  type ShortKeys,
} from './record-fields';

type EffectAdditionality = {
  /** The share of the change that would have happened anyway; defaults to 0. */
  deadweight?: DecimalString;
  /** The share of the change owed to this service rather than others; defaults to 1. */
  attribution?: DecimalString;
  /** Where the reduction, deadweight and attribution come from. */
  source?: string;
};

export type EffectFile = (
  { costLine: string; reduction: DecimalString } | { stream: string; reduction: DecimalString }
) &
  EffectAdditionality;

export type Effect = {
  target: 'costLine' | 'stream';
  id: string;
  reduction: Dec;
  deadweight: Dec;
  attribution: Dec;
  source: string;
};

type EffectKey = 'costLine' | 'stream' | 'reduction' | keyof EffectAdditionality;

export const EFFECT_DEFAULTS = {
  deadweight: '0',
  attribution: '1',
  source: '',
} as const satisfies EffectAdditionality;

const FALLBACK = {
  deadweight: decimalDefault(EFFECT_DEFAULTS.deadweight),
  attribution: decimalDefault(EFFECT_DEFAULTS.attribution),
};

export const EFFECT_SHORT_KEYS: ShortKeys<EffectKey> = {
  costLine: 'l',
  stream: 'S',
  reduction: 'g',
  deadweight: 'dw',
  attribution: 'at',
  source: 'R',
};

/** A new effect on a cost line or stream; it takes nothing away until the user says how much. */
export function createEffect(
  target: Effect['target'],
  id: string,
  reduction: DecimalString = '0',
): EffectFile {
  const named = target === 'costLine' ? { costLine: id, reduction } : { stream: id, reduction };
  return { ...named, ...EFFECT_DEFAULTS };
}

/** `reduction × (1 − deadweight) × attribution`: the share of the cost the service itself takes away. */
export function netEffect(effect: Effect): Dec {
  return effect.reduction.times(ONE.minus(effect.deadweight)).times(effect.attribution);
}

/** Reads one effect; none when it names both a line and a stream, or neither. */
export function readEffect(r: FieldReader, value: unknown, at: string): Effect[] {
  const effect = r.object(value, at, 'An effect');
  if (!effect) return [];
  const reduction = r.decimal(effect, 'reduction', at, 'The reduction', FRACTION);
  const deadweight = r.decimal(
    effect,
    'deadweight',
    at,
    'The deadweight',
    FRACTION,
    FALLBACK.deadweight,
  );
  const attribution = r.decimal(
    effect,
    'attribution',
    at,
    'The attribution',
    FRACTION,
    FALLBACK.attribution,
  );
  const source = r.text(effect, 'source', at, 'The source', 500);
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
      deadweight,
      attribution,
      source,
    },
  ];
}

/** The stream an effect reaches: its own, or its cost line's; null when the line does not exist. */
export function effectStream(effect: Effect, known: KnownIds): string | null {
  if (effect.target === 'stream') return effect.id;
  return known.lineStreams.get(effect.id) ?? null;
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
  const additionality = {
    deadweight: decimalText(effect.deadweight),
    attribution: decimalText(effect.attribution),
    source: effect.source,
  };
  const reduction = decimalText(effect.reduction);
  return effect.target === 'costLine'
    ? { costLine: effect.id, reduction, ...additionality }
    : { stream: effect.id, reduction, ...additionality };
}
