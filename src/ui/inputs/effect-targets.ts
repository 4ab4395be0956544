/**
 * What a service's effect can reduce: one cost line, or every line following a caseload stream. The
 * select stores both in one value, "costLine:ta" or "stream:marac".
 */
import type { EffectFile, ModelFile } from '../../model/model-file';
import { createEffect } from '../../model/records/effect';

export type TargetOption = { value: string; label: string };
export type TargetGroups = { costLines: TargetOption[]; streams: TargetOption[] };

export function effectTargetGroups(file: Pick<ModelFile, 'costLines' | 'streams'>): TargetGroups {
  return {
    costLines: file.costLines.map((l) => ({ value: `costLine:${l.id}`, label: l.name || l.id })),
    streams: file.streams.map((s) => ({
      value: `stream:${s.id}`,
      label: `All lines for: ${s.name || s.id}`,
    })),
  };
}

export function effectTargetValue(effect: EffectFile): string {
  return 'costLine' in effect ? `costLine:${effect.costLine}` : `stream:${effect.stream}`;
}

/**
 * The effect a chosen value means. An effect moved to another target keeps its reduction, deadweight,
 * attribution and source (`keep`); a new one starts from the defaults. Null for a value that names nothing.
 */
export function effectFromTarget(value: string, keep?: EffectFile): EffectFile | null {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  if (id === '' || (kind !== 'costLine' && kind !== 'stream')) return null;
  const effect = createEffect(kind, id, keep?.reduction);
  if (!keep) return effect;
  const { deadweight, attribution, source } = keep;
  return {
    ...effect,
    ...(deadweight === undefined ? {} : { deadweight }),
    ...(attribution === undefined ? {} : { attribution }),
    ...(source === undefined ? {} : { source }),
  };
}

/**
 * The streams a service's effects work on, each once, in the order first named: a stream effect's own
 * stream, a line effect's line's stream. Effects naming nothing that exists are passed over.
 */
export function streamsEffectsName(
  file: Pick<ModelFile, 'costLines' | 'streams'>,
  effects: readonly EffectFile[],
): string[] {
  const lineStreams = new Map(file.costLines.map((l) => [l.id, l.stream]));
  const known = new Set(file.streams.map((s) => s.id));
  const named = new Set<string>();
  for (const effect of effects) {
    const stream = 'costLine' in effect ? lineStreams.get(effect.costLine) : effect.stream;
    if (stream !== undefined && known.has(stream)) named.add(stream);
  }
  return [...named];
}

/** A target for a new effect: the first cost line no effect names yet, else the first stream. */
export function newEffectTarget(
  file: Pick<ModelFile, 'costLines' | 'streams'>,
  effects: readonly EffectFile[],
): EffectFile | null {
  const named = new Set(effects.map(effectTargetValue));
  const { costLines, streams } = effectTargetGroups(file);
  const free = [...costLines, ...streams].find((o) => !named.has(o.value));
  const chosen = free ?? costLines[0] ?? streams[0];
  return chosen ? effectFromTarget(chosen.value) : null;
}
