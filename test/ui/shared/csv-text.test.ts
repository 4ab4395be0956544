/** Tables written as CSV: quoting, numbers as numbers, formula text neutralised, safe file names. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/decimal';
import {
  moneyCell,
  moneyHeader,
  numberCell,
  percentCell,
  typedNumberCell,
} from '../../../src/ui/shared/csv-cells';
import { csvText, neutraliseText, safeFileName } from '../../../src/ui/shared/csv-text';
import { figureTableCsv } from '../../../src/ui/shared/figure-table-csv';
import { composeChartSvg, escapeXml } from '../../../src/ui/shared/chart-image';

function parse(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV text', () => {
  it('neutralises text a spreadsheet would run, and nothing else', () => {
    expect(neutraliseText('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutraliseText('+1')).toBe("'+1");
    expect(neutraliseText('-2+3')).toBe("'-2+3");
    expect(neutraliseText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseText('\t=1')).toBe("'\t=1");
    expect(neutraliseText('\r=1')).toBe("'\r=1");
    expect(neutraliseText('Ashdown Constabulary')).toBe('Ashdown Constabulary');
    expect(neutraliseText('a=1')).toBe('a=1');
  });

  it('writes a BOM, CRLF lines, quoted text and plain numbers, and reads back the same', async () => {
    const text = await csvText({
      header: ['Partner', moneyHeader('Net saving', 'Real terms, 2026/27 prices'), 'Share (%)'],
      rows: [
        ['=HYPERLINK("http://x")', moneyCell(new Dec('-2.505')), percentCell(new Dec('0.125'))],
        ['+1', moneyCell(new Dec('1234567.891')), null],
        ['Council, "housing"', moneyCell(new Dec('0')), numberCell(new Dec('2026'))],
        ['@SUM(A1)', typedNumberCell('-3.5'), typedNumberCell('=1+1')],
      ],
    });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // A negative amount is written bare, so a spreadsheet reads it as a number, not as text.
    expect(text).toContain(',-2.51,12.5\r\n');
    expect(parse(text)).toEqual([
      ['Partner', 'Net saving (£, real terms, 2026/27 prices)', 'Share (%)'],
      ['\'=HYPERLINK("http://x")', '-2.51', '12.5'],
      ["'+1", '1234567.89', ''],
      ['Council, "housing"', '0.00', '2026'],
      ["'@SUM(A1)", '-3.5', "'=1+1"],
    ]);
    const typed = Papa.parse<unknown[]>(text.replace(/^\uFEFF/, ''), { dynamicTyping: true }).data;
    expect(typed[1]?.[1]).toBe(-2.51);
    expect(typed[4]?.[1]).toBe(-3.5);
  });

  it('makes a file name of safe characters from any title', () => {
    expect(safeFileName('Net saving by year', 'csv')).toBe('net-saving-by-year.csv');
    expect(safeFileName('Contributions by year under ../../=evil<script>', 'csv')).toBe(
      'contributions-by-year-under-evil-script.csv',
    );
    expect(safeFileName('Café “Ashdown” £', 'svg')).toBe('cafe-ashdown.svg');
    expect(safeFileName('***', 'png')).toBe('table.png');
  });
});

describe('a chart’s table as CSV', () => {
  it('puts the unit and basis in each header and writes exact numbers', () => {
    const csv = figureTableCsv(
      {
        rowHeader: 'Year',
        columns: ['Five-year commitment'],
        rows: [{ label: '2026/27', cells: [new Dec('-1234.565')] }],
        foot: [{ label: 'Total', cells: [null] }],
        format: 'money',
      },
      'Real terms, 2026/27 prices',
    );
    expect(csv).toEqual({
      header: ['Year', 'Five-year commitment (£, real terms, 2026/27 prices)'],
      rows: [
        ['2026/27', { number: '-1234.57' }],
        ['Total', null],
      ],
    });
    const shares = figureTableCsv({
      rowHeader: 'Year',
      columns: ['IDVA'],
      rows: [{ label: '2026/27', cells: [new Dec('0.3333333333')] }],
      foot: [],
      format: 'percent',
    });
    expect(shares.header).toEqual(['Year', 'IDVA (%)']);
    expect(shares.rows[0]?.[1]).toEqual({ number: '33.3333' });
  });
});

describe('a chart image', () => {
  it('escapes every string it draws and carries the title, basis and source', () => {
    const image = composeChartSvg(
      {
        svg: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"></svg>',
        width: 400,
        height: 200,
      },
      [{ swatch: '<svg width="32" height="16"></svg>', name: '<script>alert(1)</script> & co' }],
      {
        title: 'Net saving <b>by</b> year',
        basis: 'Real terms, 2026/27 prices',
        source: 'Source: Cost of Inaction model “A & B”, 3 May 2026',
        fontFamily: 'system-ui, "Segoe UI"',
      },
    );
    expect(image.svg).not.toContain('<script');
    expect(image.svg).not.toContain('<b>');
    expect(image.svg).toContain('Net saving &lt;b&gt;by&lt;/b&gt; year');
    expect(image.svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(image.svg).toContain('Source: Cost of Inaction model “A &amp; B”, 3 May 2026');
    expect(image.svg).toContain('font-family="system-ui, &quot;Segoe UI&quot;"');
    expect(image.width).toBe(432);
    expect(image.height).toBeGreaterThan(200);
    expect(escapeXml(`'"<>&`)).toBe('&apos;&quot;&lt;&gt;&amp;');
  });
});
