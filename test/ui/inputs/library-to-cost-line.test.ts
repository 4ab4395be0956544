import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/decimal';
import type { ModelFile, PartnerFile } from '../../../src/model/model-file';
import { readModel } from '../../../src/model/read-model';
import {
  UNIT_COST_LIBRARY,
  type UnitCostEntry,
} from '../../../src/model/reference/unit-cost-library';
import {
  costLineFromLibrary,
  LIBRARY_DEFAULT_RATE,
  mergeBearers,
} from '../../../src/ui/inputs/library-to-cost-line';
import { workedExample } from '../render-with-store';

function entry(id: string): UnitCostEntry {
  const found = UNIT_COST_LIBRARY.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

function withPartners(partners: PartnerFile[]): ModelFile {
  return { ...workedExample(), partners, costLines: [], services: [], scenarios: [] };
}

const total = (bearers: { share: string }[]) =>
  bearers.reduce((sum, b) => sum.plus(b.share), new Dec(0)).toString();

describe('costLineFromLibrary', () => {
  it('copies the figure and gives each kind to the first partner of that kind', () => {
    const file = workedExample();
    const { line, notices } = costLineFromLibrary(entry('ta-bed-and-breakfast'), file);
    expect(line).toMatchObject({
      id: 'ta-bed-and-breakfast',
      name: 'Temporary accommodation: bed and breakfast',
      unitCost: '334.95',
      priceYear: 2010,
      unit: 'household per week',
      stream: 'victims',
      rate: LIBRARY_DEFAULT_RATE,
      bearers: [{ partner: 'housing', share: '1' }],
    });
    expect(notices.join(' ')).toMatch(/placeholder/);
    expect(notices.join(' ')).not.toMatch(/check the bearers/);
    expect(readModel({ ...file, costLines: [...file.costLines, line] }).ok).toBe(true);
  });

  it('gives the share of a kind the model lacks to the first bearer found, keeping 100%', () => {
    const { line, notices } = costLineFromLibrary(
      entry('ta-private-sector-leased'),
      workedExample(),
    );
    expect(line.bearers).toEqual([{ partner: 'housing', share: '1' }]);
    expect(notices.join(' ')).toMatch(/Other \(50%\).*check the bearers/);
  });

  it('lets the first partner bear 100% when none of the kinds is in the model', () => {
    const file = withPartners([
      { id: 'a', name: 'Alpha', kind: 'council' },
      { id: 'b', name: 'Beta', kind: 'council' },
    ]);
    const { line, notices } = costLineFromLibrary(entry('da-incident-all-services'), file);
    expect(line.bearers).toEqual([{ partner: 'a', share: '1' }]);
    expect(notices.join(' ')).toMatch(/Alpha bears 100%.*check the bearers/);
  });

  it('keeps shares of several kinds that exist, totalling exactly 1', () => {
    const file = withPartners([
      { id: 'h', name: 'Health', kind: 'health' },
      { id: 'p', name: 'Police', kind: 'police' },
      { id: 'p2', name: 'Police 2', kind: 'police' },
    ]);
    const { line } = costLineFromLibrary(entry('da-incident-all-services'), file);
    expect(line.bearers.map((b) => b.partner)).toEqual(['h', 'p']);
    expect(total(line.bearers)).toBe('1');
  });

  it('picks an unused id when the entry is already a line', () => {
    const file = workedExample();
    const first = costLineFromLibrary(entry('ta-hostel'), file).line;
    const second = costLineFromLibrary(entry('ta-hostel'), {
      ...file,
      costLines: [...file.costLines, first],
    }).line;
    expect(second.id).toBe('ta-hostel-1');
  });
});

describe('mergeBearers', () => {
  it('adds the shares of a repeated partner', () => {
    expect(
      mergeBearers([
        { partner: 'a', share: new Dec('0.25') },
        { partner: 'b', share: new Dec('0.5') },
        { partner: 'a', share: new Dec('0.25') },
      ]),
    ).toEqual([
      { partner: 'a', share: '0.5' },
      { partner: 'b', share: '0.5' },
    ]);
  });
});
