/** Removing a cost line also removes the service effects that name it, which would otherwise be invalid. */
import type { ModelFile } from '../../model/model-file';

export type RemovedLine = { name: string; effects: { service: string; count: number }[] };

/** Removes line `lineId` and every effect naming it from `draft`; says what went. */
export function removeCostLine(draft: ModelFile, lineId: string): RemovedLine {
  const line = draft.costLines.find((l) => l.id === lineId);
  draft.costLines = draft.costLines.filter((l) => l.id !== lineId);
  const effects: RemovedLine['effects'] = [];
  for (const service of draft.services) {
    const kept = service.effects.filter((e) => !('costLine' in e && e.costLine === lineId));
    const count = service.effects.length - kept.length;
    if (count > 0) {
      service.effects = kept;
      effects.push({ service: service.name || service.id, count });
    }
  }
  return { name: line?.name ?? lineId, effects };
}

export function removalMessage(removed: RemovedLine): string {
  const what = `Removed the cost line “${removed.name}”`;
  if (removed.effects.length === 0) return `${what}. Undo brings it back.`;
  const total = removed.effects.reduce((n, e) => n + e.count, 0);
  const services = removed.effects.map((e) => `“${e.service}”`).join(' and ');
  const effects = total === 1 ? 'the effect' : `the ${total} effects`;
  return `${what} and ${effects} of ${services} that named it. Undo brings them back.`;
}
