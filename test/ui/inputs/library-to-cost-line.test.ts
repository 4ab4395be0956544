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
    // An arrest costs the police £342 of £593 (0.5767) and other criminal justice agencies the rest
    // (0.4233). The worked example has a police partner but none of the kind "other", so the police
    // bear 0.5767 + 0.4233 = 1 and the notice names the share that moved: 0.4233 = 42.33%.
    const file = workedExample();
    expect(file.partners.some((p) => p.kind === 'other')).toBe(false);
    expect(entry('arrest-detained').bearers).toEqual([
      { kind: 'police', share: '0.5767' },
      { kind: 'other', share: '0.4233' },
    ]);
    const { line, notices } = costLineFromLibrary(entry('arrest-detained'), file);
    expect(line.bearers).toEqual([{ partner: 'police', share: '1' }]);
    expect(notices.join(' ')).toContain(
      'No partner in this model is of the kind Other (42.33%), so its share went to Ashdown Constabulary: check the bearers.',
    );
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
