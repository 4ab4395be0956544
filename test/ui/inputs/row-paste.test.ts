import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../../src/model/model-file';
import { previewCostLinePaste } from '../../../src/ui/inputs/row-paste-cost-lines';
import { previewServicePaste } from '../../../src/ui/inputs/row-paste-services';
import {
  headingKey,
  matchColumns,
  parseDelimited,
  readPastedYear,
  readYesNo,
} from '../../../src/ui/inputs/row-paste';
import { workedExample } from '../render-with-store';

describe('Reading rows pasted from a spreadsheet', () => {
  it('splits tab-separated rows, as Excel copies them, dropping blank rows', () => {
    expect(parseDelimited('Name\tRate\r\nPolice\t1\r\n\r\nHealth\t0.5\r\n')).toEqual([
      ['Name', 'Rate'],
      ['Police', '1'],
      ['Health', '0.5'],
    ]);
  });

  it('splits comma-separated rows, keeping commas, quotes and line breaks inside quoted cells', () => {
    const text = 'Name,Unit cost\n"Homelessness, family","£2,501"\n"Say ""hi""","x\ny"\n';
    expect(parseDelimited(text)).toEqual([
      ['Name', 'Unit cost'],
      ['Homelessness, family', '£2,501'],
      ['Say "hi"', 'x\ny'],
    ]);
  });

  it('keeps commas in tab-separated cells and trims unquoted cells', () => {
    expect(parseDelimited(' a , b \t £1,250 ')).toEqual([['a , b', '£1,250']]);
  });

  it('matches headings whatever their case, spacing, punctuation or bracketed units', () => {
    expect(headingKey('Unit cost (£)')).toBe('unitcost');
    const match = matchColumns(['Unit Cost (£)', 'NAME', 'Colour', 'name'], {
      name: ['name'],
      unitCost: ['unit cost'],
    });
    expect(match).toEqual({
      columns: ['unitCost', 'name', null, null],
      unknown: ['Colour'],
      repeated: ['name'],
    });
  });

  it('reads yes or no and financial years', () => {
    expect(['Yes', 'y', 'TRUE', '1', ''].map(readYesNo)).toEqual([true, true, true, true, false]);
    expect(readYesNo('maybe')).toBeNull();
    expect(['2024', '2024/25', '2024-2025', 'last year'].map(readPastedYear)).toEqual([
      2024,
      2024,
      2024,
      null,
    ]);
  });
});

/** Two rows on the worked example (11 lines): a good one and one with three problems. */
const PASTE = [
  'Name,Caseload,Rate,Quantity,Unit,Unit cost,Price year,Value type,Bearer,Cashable,Source',
  'Refuge place,High-risk cases heard at MARAC,0.05,8,week,£450,2024/25,fiscal,Ashdown Council housing options,yes,Local contract',
  'Mystery cost,Refuges,lots,1,,£100,2024,social,Nobody,no,',
].join('\n');

describe('Previewing pasted cost lines', () => {
  it('lists the line a good row makes and the problems of a bad row, by the model’s own checks', () => {
    const file: ModelFile = workedExample();
    const preview = previewCostLinePaste(PASTE, file);
    expect(preview.refused).toBe(false);
    expect(preview.notes).toEqual([]);
    const [good, bad] = preview.rows;
    expect(good?.rowNumber).toBe(2);
    expect(good?.problems).toEqual([]);
    // Names become ids; "£450" becomes 450; 2024/25 is the year 2024; the one bearer bears it all.
    expect(good?.record).toEqual({
      id: 'line-1',
      name: 'Refuge place',
      stream: 'marac',
      rate: '0.05',
      quantity: '8',
      unit: 'week',
      unitCost: '450',
      priceYear: 2024,
      bearers: [{ partner: 'housing', share: '1' }],
      valueType: 'fiscal',
      cashable: true,
      source: 'Local contract',
    });
    expect(bad?.rowNumber).toBe(3);
    expect(bad?.record).toBeNull();
    expect(bad?.problems).toEqual(
      expect.arrayContaining([
        'There is no caseload stream called “Refuges”.',
        expect.stringMatching(/^The rate .*should be a number such as 0.25 or 350.00, not "lots"/),
        'There is no partner called “Nobody”.',
      ]),
    );
    expect(bad?.problems).toHaveLength(3);
    // Nothing changed: the preview works on a copy.
    expect(file.costLines).toHaveLength(workedExample().costLines.length);
  });

  it('reports a share missing between several bearers, and shares that do not total 100%', () => {
    const text = [
      'Name\tCaseload\tRate\tUnit cost\tBearer',
      'Split\tmarac\t1\t10\tpolice 60%; housing',
      'Short\tmarac\t1\t10\tpolice 60%; housing 30%',
      'Whole\tmarac\t1\t10\tpolice 60%; housing 40%',
    ].join('\n');
    const [split, short, whole] = previewCostLinePaste(text, workedExample()).rows;
    expect(split?.problems[0]).toBe(
      'Give housing’s share, e.g. “housing 40%”: there is more than one bearer.',
    );
    // 60% + 30% = 90%.
    expect(short?.problems.join(' ')).toMatch(/bearer shares/i);
    expect(whole?.record?.bearers).toEqual([
      { partner: 'police', share: '0.6' },
      { partner: 'housing', share: '0.4' },
    ]);
  });

  it('refuses a paste without a heading row, and one larger than the model has room for', () => {
    expect(previewCostLinePaste('Police,victims,1,415', workedExample())).toMatchObject({
      refused: true,
      notes: [expect.stringMatching(/^The first row should name the columns/)],
    });
    // The worked example has 11 lines; the model holds at most 500, so 490 rows are one too many.
    const rows = Array.from({ length: 490 }, (_, i) => `Line ${i},marac,1,1,police`);
    const big = previewCostLinePaste(
      ['Name,Caseload,Rate,Unit cost,Bearer', ...rows].join('\n'),
      workedExample(),
    );
    expect(big.refused).toBe(true);
    expect(big.notes[0]).toMatch(/room for 489 more cost lines/);
  });

  it('reads a partner whose name ends in a number whole, not as a share', () => {
    const file = workedExample();
    file.partners.push({ id: 'p1', name: 'Partner 1', kind: 'other' });
    const text =
      'Name,Caseload,Rate,Unit cost,Bearer\nA,marac,1,1,Partner 1\nB,marac,1,1,Partner 1 60%; police 40%';
    const [alone, shared] = previewCostLinePaste(text, file).rows;
    expect(alone?.record?.bearers).toEqual([{ partner: 'p1', share: '1' }]);
    expect(shared?.record?.bearers).toEqual([
      { partner: 'p1', share: '0.6' },
      { partner: 'police', share: '0.4' },
    ]);
  });

  it('says which columns it did not know', () => {
    const preview = previewCostLinePaste(
      'Name,Caseload,Rate,Unit cost,Bearer,Colour\nA,marac,1,1,police,red',
      workedExample(),
    );
    expect(preview.notes).toEqual(['Columns not known, so left out: “Colour”.']);
    expect(preview.rows[0]?.problems).toEqual([]);
  });
});

describe('Previewing pasted services', () => {
  it('reads costs, months and percentages, and lists a bad row’s problems', () => {
    const text = [
      'Name\tAnnual cost\tSet-up\tRenewal\tRamp-up\tBenefit years\tCost optimism bias',
      'Outreach\t£120,000\t£10,000\t£5,000\t3 months\t2\t20%',
      'Helpline\tfree\t0\t0\t6\t99\t10%',
    ].join('\n');
    const [good, bad] = previewServicePaste(text, workedExample()).rows;
    expect(good?.record).toEqual({
      id: 'service-1',
      name: 'Outreach',
      annualCost: '120000',
      setupCost: '10000',
      renewalCost: '5000',
      rampUpMonths: 3,
      costOptimismBias: '0.2',
      benefitYears: 2,
      dropOffPerYear: '0',
      optimismBias: '0',
      effects: [],
    });
    expect(bad?.record).toBeNull();
    // "free" is not a number, and benefit years run from 1 to 50.
    expect(bad?.problems).toHaveLength(2);
    expect(bad?.problems.join(' ')).toMatch(/"free"/);
    expect(bad?.problems.join(' ')).toMatch(/from 1 to 50/);
  });
});
