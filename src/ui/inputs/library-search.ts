/**
 * Finds figures in the unit-cost library by what a person types: every word must appear in the entry's
 * name, the agency the source names, its value type (fiscal, economic, social) or the kinds of partner it
 * is shared between. Case and apostrophe
 * style are ignored, so "childrens" and "children’s" both match.
 */
import { PARTNER_KIND_LABELS } from '../../model/reference/partner-kinds';
import type { UnitCostEntry } from '../../model/reference/unit-cost-library';

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’'`]/g, '');
}

function haystackOf(entry: UnitCostEntry): string {
  const kinds = entry.bearers.map((b) => PARTNER_KIND_LABELS[b.kind]);
  return normalise([entry.name, entry.bearerLabel, entry.valueType, ...kinds].join(' '));
}

/** Entries matching every word of `query`, in library order; an empty query returns the whole library. */
export function searchLibrary(
  query: string,
  library: readonly UnitCostEntry[],
): readonly UnitCostEntry[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return library;
  return library.filter((entry) => {
    const haystack = haystackOf(entry);
    return words.every((word) => haystack.includes(word));
  });
}
