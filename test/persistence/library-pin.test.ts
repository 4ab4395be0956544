/**
 * Links name cost lines taken from the unit-cost library by the entry's id, and fill in its name, figure,
 * price year, unit and source from the library when they open. So a shipped entry may never change: a link
 * sent last year must open with the same figures. A corrected figure gets a new id; new entries are free.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNIT_COST_LIBRARY } from '../../src/model/reference/unit-cost-library';

type PinnedEntry = {
  id: string;
  name: string;
  unitCost: string;
  priceYear: number;
  unit: string;
  source: string;
};

const pinned = JSON.parse(
  readFileSync(new URL('../fixtures/library-pin.json', import.meta.url), 'utf8'),
) as PinnedEntry[];

const WHY =
  'share links refer to library entries by id, so an entry that has shipped may never change or go away; ' +
  'restore it, and give a corrected figure a new id (then add the new entry to test/fixtures/library-pin.json)';

describe('unit-cost library pin', () => {
  it('pins at least every entry that shipped with link format 1', () => {
    expect(pinned.length).toBeGreaterThan(0);
    expect(new Set(pinned.map((entry) => entry.id)).size).toBe(pinned.length);
  });

  it('keeps ids unique, so an id names one entry', () => {
    const ids = UNIT_COST_LIBRARY.map((entry) => entry.id);
    expect(new Set(ids).size, 'two library entries share an id').toBe(ids.length);
  });

  for (const pin of pinned) {
    it(`keeps "${pin.id}" exactly as shipped`, () => {
      const entry = UNIT_COST_LIBRARY.find((candidate) => candidate.id === pin.id);
      expect(entry, `library entry "${pin.id}" was removed: ${WHY}`).toBeDefined();
      if (!entry) return;
      const { id, name, unitCost, priceYear, unit, source } = entry;
      expect(
        { id, name, unitCost, priceYear, unit, source },
        `library entry "${pin.id}" changed: ${WHY}`,
      ).toStrictEqual(pin);
    });
  }
});
