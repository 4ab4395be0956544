import { describe, expect, it } from 'vitest';
import { parseHistoryPaste, readCount, readYear } from '../../../src/ui/inputs/history-paste';

const FIVE = [
  { year: 2021, count: '1120' },
  { year: 2022, count: '1180' },
  { year: 2023, count: '1230' },
  { year: 2024, count: '1290' },
  { year: 2025, count: '1345' },
];

describe('parseHistoryPaste', () => {
  it('reads two tab-separated columns copied from Excel', () => {
    const outcome = parseHistoryPaste(
      '2021\t1120\n2022\t1180\n2023\t1230\n2024\t1290\n2025\t1345\n',
      2026,
    );
    expect(outcome).toEqual({
      points: FIVE,
      layout: 'years-and-counts',
      heading: null,
      notUnderstood: [],
    });
  });

  it('skips a heading row and blank lines, and reads "2021/22" years and thousands separators', () => {
    const text =
      'Financial year\tCases\r\n\r\n2021/22\t1,120\r\n2022/23\t"1,180"\r\n\r\n2023-24\t1230\r\n';
    const outcome = parseHistoryPaste(text, 2026);
    expect(outcome.heading).toBe('Financial year\tCases');
    expect(outcome.points).toEqual(FIVE.slice(0, 3));
    expect(outcome.notUnderstood).toEqual([]);
  });

  it('reads comma- and semicolon-separated columns, including unquoted thousands', () => {
    expect(parseHistoryPaste('2021,1120\n2022,1,180', 2026).points).toEqual(FIVE.slice(0, 2));
    expect(parseHistoryPaste('Year;Count\n2021;1120\n2022;1180', 2026).points).toEqual(
      FIVE.slice(0, 2),
    );
    expect(parseHistoryPaste('2021 1120\n2022   1180', 2026).points).toEqual(FIVE.slice(0, 2));
  });

  it('puts counts alone in the years ending the year before the model starts', () => {
    const outcome = parseHistoryPaste('Cases\n1120\n1,180\n\n1230\n1290\n1345', 2026);
    expect(outcome.layout).toBe('counts-only');
    expect(outcome.points).toEqual(FIVE);
    expect(parseHistoryPaste('10\n20', 2030).points).toEqual([
      { year: 2028, count: '10' },
      { year: 2029, count: '20' },
    ]);
  });

  it('reports each line it could not read, and keeps the rest', () => {
    const text =
      '2021\t1120\n2022\tabout 1200\nlast year\t1230\n2024\t-5\n2021\t999\n2025\t1345\textra';
    const outcome = parseHistoryPaste(text, 2026);
    expect(outcome.points).toEqual([FIVE[0], FIVE[4]]);
    expect(outcome.notUnderstood).toEqual([
      'Line 2 ("2022 about 1200"): "about 1200" is not a number of cases.',
      'Line 3 ("last year 1230"): "last year" is not a year such as 2021 or 2021/22.',
      'Line 4 ("2024 -5"): a count cannot be negative.',
      'Line 5 ("2021 999"): 2021 was already given on line 1; the first figure was kept.',
      'Columns after the second were left out.',
    ]);
  });

  it('reports a lone count among year-and-count lines', () => {
    const outcome = parseHistoryPaste('2021\t1120\n1180', 2026);
    expect(outcome.points).toEqual([FIVE[0]]);
    expect(outcome.notUnderstood).toEqual([
      'Line 2 ("1180"): expected a year and a count, as on the first line.',
    ]);
  });

  it('gives nothing for an empty paste', () => {
    expect(parseHistoryPaste('  \n\n', 2026)).toEqual({
      points: [],
      layout: 'empty',
      heading: null,
      notUnderstood: [],
    });
  });
});

describe('readYear and readCount', () => {
  it('takes the first year of a financial year', () => {
    expect(readYear('2021/22')).toBe(2021);
    expect(readYear('FY 2019-2020')).toBe(2019);
    expect(readYear('21/22')).toBeNull();
    expect(readYear('3000')).toBeNull();
  });

  it('accepts grouping commas only where they belong', () => {
    expect(readCount('12,345.5')).toEqual({ ok: true, value: '12345.5' });
    expect(readCount('12,34')).toEqual({ ok: false, reason: '"12,34" is not a number of cases' });
  });
});

describe('parseHistoryPaste with more lines than a history holds', () => {
  /** `n` counts, one a line: 1, 2, 3, … */
  const column = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1)).join('\n');

  it('refuses 3,000 counts at once, naming the limit, and reads none of them', () => {
    const outcome = parseHistoryPaste(column(3000), 2026);
    expect(outcome.layout).toBe('too-many');
    expect(outcome.points).toEqual([]);
    expect(outcome.notUnderstood).toEqual([]);
    expect(outcome.refused).toBe(
      'This paste has 3,000 lines of figures, but a history holds at most 200 years. Paste 200 lines or fewer; the history is unchanged.',
    );
  });

  it('refuses 201 year-and-count lines but takes 200, and a heading does not count', () => {
    // 1900 + 200 = 2100: years 1900 to 2100 are 201 lines.
    const years = (n: number) =>
      Array.from({ length: n }, (_, i) => `${1900 + i}\t${i}`).join('\n');
    expect(parseHistoryPaste(years(201), 2200).refused).toMatch(/^This paste has 201 lines/);
    const fits = parseHistoryPaste(`Year\tCases\n${years(200)}`, 2200);
    expect(fits.refused).toBeUndefined();
    expect(fits.heading).toBe('Year\tCases');
    expect(fits.points).toHaveLength(200);
    expect(fits.points.at(-1)).toEqual({ year: 2099, count: '199' });
  });

  it('ignores blank lines when counting', () => {
    // 200 counts with a blank line after each: 400 lines, 200 of them figures.
    const spaced = Array.from({ length: 200 }, (_, i) => `${i + 1}\n`).join('\n');
    const outcome = parseHistoryPaste(spaced, 2026);
    expect(outcome.layout).toBe('counts-only');
    // 200 counts ending in 2025: 2026 − 200 = 1826 onwards, before 1900 for the first 74 (1826 to 1899).
    expect(outcome.points).toHaveLength(126);
    expect(outcome.points[0]).toEqual({ year: 1900, count: '75' });
  });

  it('leaves out, and names, counts that would fall before 1900', () => {
    // Three counts ending the year before 1901: 1898, 1899 and 1900; the first two are too early.
    const outcome = parseHistoryPaste('10\n20\n30', 1901);
    expect(outcome.points).toEqual([{ year: 1900, count: '30' }]);
    expect(outcome.notUnderstood).toEqual([
      'The first 2 counts would fall before 1900, the earliest year a model can hold, so they were left out.',
    ]);
  });
});
