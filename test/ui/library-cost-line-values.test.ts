import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../src/model/model-file';
import { readModel } from '../../src/model/read-model';
import { UNIT_COST_LIBRARY, type UnitCostEntry } from '../../src/model/reference/unit-cost-library';
import { costLineFromLibrary } from '../../src/ui/inputs/library-to-cost-line';
import { workedExample } from './render-with-store';

function entry(id: string): UnitCostEntry {
  const found = UNIT_COST_LIBRARY.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

/** The worked example with its own society partner replaced by one called "victims". */
function withSociety(): ModelFile {
  const file = withoutSociety();
  return {
    ...file,
    partners: [...file.partners, { id: 'victims', name: 'Victims and families', kind: 'society' }],
  };
}

/** The worked example with no partner of kind society (its lines borne by society dropped too). */
function withoutSociety(): ModelFile {
  const file = workedExample();
  const society = new Set(file.partners.filter((p) => p.kind === 'society').map((p) => p.id));
  return {
    ...file,
    partners: file.partners.filter((p) => !society.has(p.id)),
    costLines: file.costLines.filter((line) => !line.bearers.some((b) => society.has(b.partner))),
  };
}

describe('a cost line made from a library entry', () => {
  it('carries the value type and the cashable default of a fiscal entry', () => {
    const { line } = costLineFromLibrary(entry('ta-council-stock'), workedExample());
    expect(line).toMatchObject({
      name: 'Temporary accommodation: council stock',
      unitCost: '98',
      priceYear: 2010,
      valueType: 'fiscal',
      cashable: true,
    });
    expect(costLineFromLibrary(entry('da-incident-police'), workedExample()).line).toMatchObject({
      valueType: 'fiscal',
      cashable: false,
    });
  });

  it('makes economic and social lines never cashable, borne by the society partner', () => {
    const file = withSociety();
    for (const [id, valueType] of [
      ['da-incident-economic', 'economic'],
      ['da-incident-human-harm', 'social'],
      ['da-victim-all-costs', 'social'],
    ] as const) {
      const { line, notices } = costLineFromLibrary(entry(id), file);
      expect(line, id).toMatchObject({
        valueType,
        cashable: false,
        bearers: [{ partner: 'victims', share: '1' }],
      });
      expect(notices.join(' ')).not.toMatch(/check the bearers/);
      expect(readModel({ ...file, costLines: [...file.costLines, line] }).ok, id).toBe(true);
    }
  });

  it('asks for a society partner when the model has none', () => {
    const { line, notices } = costLineFromLibrary(entry('da-incident-economic'), withoutSociety());
    expect(line.valueType).toBe('economic');
    expect(notices.join(' ')).toMatch(
      /This is economic value, not a public body's budget: add a partner of the kind “Society \(victims, families, the economy\)”/,
    );
  });
});
