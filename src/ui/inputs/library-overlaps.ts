/**
 * Double counting between library figures: some entries certainly include others (the family homelessness
 * application includes the homelessness decision; child in need includes the section 47 enquiry; the
 * all-public-services cost per incident includes its five parts). A model holding lines from both counts
 * the included cost twice. A line counts as taken from an entry while its name, unit cost, price year, unit
 * and source all still match the entry (the same test a share link uses to name the entry by id).
 */
import type { CostLineFile } from '../../model/model-file';
import { UNIT_COST_LIBRARY, type UnitCostEntry } from '../../model/reference/unit-cost-library';

export type LibraryOverlap = {
  /** The entry whose cost is inside the other. */
  inside: UnitCostEntry;
  /** The entry that already includes it. */
  container: UnitCostEntry;
  /** Ids of the model's lines taken from each, in model order. */
  insideLines: string[];
  containerLines: string[];
  message: string;
};

function keyOf(fields: {
  name: string;
  unitCost: string;
  priceYear: number | undefined;
  unit: string;
  source: string;
}): string {
  return JSON.stringify([
    fields.name,
    fields.unitCost,
    fields.priceYear ?? null,
    fields.unit,
    fields.source,
  ]);
}

/** The library entry each line was taken from, by line id; lines changed since, or typed in, have none. */
export function matchLibraryEntries(
  lines: readonly CostLineFile[],
  library: readonly UnitCostEntry[] = UNIT_COST_LIBRARY,
): Map<string, UnitCostEntry> {
  const byKey = new Map<string, UnitCostEntry>();
  for (const entry of library) {
    const key = keyOf(entry);
    if (!byKey.has(key)) byKey.set(key, entry);
  }
  const matched = new Map<string, UnitCostEntry>();
  for (const line of lines) {
    const entry = byKey.get(
      keyOf({
        name: line.name,
        unitCost: line.unitCost,
        priceYear: line.priceYear,
        unit: line.unit ?? '',
        source: line.source ?? '',
      }),
    );
    if (entry) matched.set(line.id, entry);
  }
  return matched;
}

/**
 * One warning for each pair of entries in the model where one certainly includes the other, in the
 * order of the containing entry's first line, then of the contained entry in its `contains` list.
 */
export function findLibraryOverlaps(
  lines: readonly CostLineFile[],
  library: readonly UnitCostEntry[] = UNIT_COST_LIBRARY,
): LibraryOverlap[] {
  const matched = matchLibraryEntries(lines, library);
  const linesOf = new Map<string, string[]>();
  const entries: UnitCostEntry[] = [];
  for (const [lineId, entry] of matched) {
    const ids = linesOf.get(entry.id);
    if (ids) ids.push(lineId);
    else {
      linesOf.set(entry.id, [lineId]);
      entries.push(entry);
    }
  }
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const overlaps: LibraryOverlap[] = [];
  for (const container of entries) {
    for (const insideId of container.contains) {
      const inside = byId.get(insideId);
      if (!inside) continue;
      overlaps.push({
        inside,
        container,
        insideLines: linesOf.get(inside.id) ?? [],
        containerLines: linesOf.get(container.id) ?? [],
        message: `“${inside.name}” is already inside “${container.name}”: counting both counts it twice.`,
      });
    }
  }
  return overlaps;
}
