import { describe, expect, it } from 'vitest';
import { columnLetter, onSheet, range, rowFixed } from '../../src/export/workbook/cell-address';
import { scenarioSheetNames } from '../../src/export/workbook/sheet-names';

describe('cell addresses', () => {
  it('names columns as a spreadsheet does', () => {
    // A…Z, then AA; ZZ is 26 + 26 × 26 = 702, AAA the next.
    expect([1, 26, 27, 52, 702, 703].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'ZZ',
      'AAA',
    ]);
    expect(range(3, 7, 12, 7, true)).toBe('$C$7:$L$7');
    expect(rowFixed(3, 7)).toBe('C$7');
  });

  it('quotes every sheet name in a reference, doubling apostrophes', () => {
    expect(onSheet('Doing nothing', '$C$5')).toBe("'Doing nothing'!$C$5");
    expect(onSheet("O'Brien's plan", 'A1')).toBe("'O''Brien''s plan'!A1");
  });
});

describe('scenario sheet names', () => {
  it('keeps names a spreadsheet accepts: at most 31 characters, none of \\ / ? * [ ] :, unique', () => {
    const names = scenarioSheetNames([
      'One-year grants renewed every year, with a two-month gap',
      'Q1/Q2: [draft] *revised*?',
      'Summary',
      'summary',
      "'quoted'",
      '   ',
      'History',
      'One-year grants renewed every year, with a three-month gap',
    ]);
    expect(names).toEqual([
      'One-year grants renewed every y',
      'Q1 Q2 draft revised',
      'Summary (2)',
      'summary (3)',
      'quoted',
      'Scenario 6',
      'History (2)',
      'One-year grants renewed eve (2)',
    ]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*[\]:]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});
