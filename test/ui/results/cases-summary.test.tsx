// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ResultsScreen } from '../../../src/ui/results/results-screen';
import { renderWithStore } from '../render-with-store';
import { twoValueTypesModel } from './two-value-types-model';

/** The cells of one scenario's row in the side-by-side table. */
function summaryRow(scenario: string): string[] {
  const table = screen.getByRole('table', { name: /financial and economic cases side by side/ });
  const row = within(table).getByRole('rowheader', { name: scenario }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('the two cases side by side', () => {
  it('puts each scenario’s financial net saving, ratio and payback beside its economic ones', async () => {
    renderWithStore(<ResultsScreen />, twoValueTypesModel());
    // Worked in two-value-types-model.ts: two-year contract financial 900 − 840 = 60, 900 / 840 =
    // 1.07, payback 2027/28; economic 1,260 − 840 = 420, 1.50, payback 2026/27.
    expect(
      await screen.findByRole('table', { name: /financial and economic cases side by side/ }),
    ).toBeVisible();
    expect(summaryRow('Two-year contract')).toEqual([
      '£60',
      '1.07',
      '2027/28',
      '£420',
      '1.50',
      '2026/27',
    ]);
    // The pilot: financial 700 − 600 = 100, 1.17, 2027/28; economic 980 − 600 = 380, 1.63, 2026/27.
    expect(summaryRow('One-year pilot')).toEqual([
      '£100',
      '1.17',
      '2027/28',
      '£380',
      '1.63',
      '2026/27',
    ]);
  });

  it('names each case over its columns, the financial case first', async () => {
    renderWithStore(<ResultsScreen />, twoValueTypesModel());
    const table = await screen.findByRole('table', {
      name: /financial and economic cases side by side/,
    });
    const groups = within(table)
      .getAllByRole('columnheader')
      .filter((th) => th.getAttribute('scope') === 'colgroup')
      .map((th) => th.textContent);
    expect(groups).toEqual(['Financial case (fiscal values)', 'Economic case (all value types)']);
  });
});
