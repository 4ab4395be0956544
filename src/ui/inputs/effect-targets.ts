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
 * The effect a chosen value means, keeping its reduction (a new one's when none is given); null for a
 * value that names nothing.
 */
export function effectFromTarget(value: string, reduction?: string): EffectFile | null {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  if (id === '') return null;
  if (kind === 'costLine' || kind === 'stream') return createEffect(kind, id, reduction);
  return null;
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
