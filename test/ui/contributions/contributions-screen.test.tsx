// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Dec, sum, toPennies } from '../../../src/model/decimal';
import { evaluateModel } from '../../../src/model/evaluate';
import type { Results } from '../../../src/model/results';
import { ContributionsScreen } from '../../../src/ui/contributions/contributions-screen';
import { formatMoney } from '../../../src/ui/shared/format';
import { renderWithStore, workedExample } from '../render-with-store';

function engineResults(): Results {
  const evaluation = evaluateModel(workedExample());
  if (!evaluation.ok) throw new Error('worked example is invalid');
  return evaluation.results;
}

/** "£1,018,038.55" or "−£12.00" as an exact decimal. */
function money(text: string | null): Dec {
  const clean = (text ?? '').replace(/[£,]/g, '').replace('−', '-');
  return new Dec(clean);
}

function cellsOf(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('Who pays screen', () => {
  it('shows every rule side by side, the current one marked, each column adding up to the pool', () => {
    const results = engineResults();
    const first = results.scenarios[0]!;
    renderWithStore(<ContributionsScreen />);
    const table = screen.getByRole('table', { name: /Who would pay what under each rule/ });
    const [groupRow] = within(table).getAllByRole('row');
    const groups = within(groupRow!)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(groups).toEqual(['Partner', 'Equal shares', 'By cost borne Current rule', 'By benefit']);
    expect(first.rule).toBe('costBorne');

    const pool = toPennies(first.headline.service.pv);
    const bodyRows = within(table).getAllByRole('row').slice(2, -1);
    expect(bodyRows).toHaveLength(7);
    const columns = [0, 2, 4].map((k) => sum(bodyRows.map((row) => money(cellsOf(row)[k]!))));
    for (const total of columns) expect(total.toFixed(2)).toBe(pool.toFixed(2));
    const totalRow = within(table)
      .getByRole('rowheader', { name: 'Total: the pool' })
      .closest('tr')!;
    expect(cellsOf(totalRow)).toEqual(Array(3).fill(formatMoney(pool, { pence: true })));
    // The current rule's column matches the engine's contributions.
    expect(bodyRows.map((row) => cellsOf(row)[2])).toEqual(
      first.partnerSummaries.map((p) => formatMoney(p.contribution.pv, { pence: true })),
    );
  });

  it('follows the chosen scenario: its rule, offers and shortfall', async () => {
    const user = userEvent.setup();
    const results = engineResults();
    const pilot = results.scenarios.find((s) => s.scenarioId === 'one-year-pilot')!;
    renderWithStore(<ContributionsScreen />);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Funding scenario' }),
      pilot.name,
    );
    expect(screen.getByText('Current rule: Offers.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Who would pay what under each rule/ });
    const shortfall = within(table)
      .getByRole('rowheader', { name: /^Shortfall/ })
      .closest('tr')!;
    expect(cellsOf(shortfall).at(-1)).toBe(formatMoney(pilot.shortfall!.total.pv, { pence: true }));
    expect(
      screen.getByText(/The offers leave a shortfall of £235,000.00 over 10 years/),
    ).toBeInTheDocument();
  });

  it('reconciles the yearly contributions to the pool in cash terms', async () => {
    const user = userEvent.setup();
    const results = engineResults();
    const first = results.scenarios[0]!;
    renderWithStore(<ContributionsScreen />);
    await user.click(screen.getByRole('radio', { name: 'Cash terms' }));
    const table = screen.getByRole('table', { name: /Contributions by year/ });
    expect(table).toHaveAccessibleName(/Cash terms/);
    const total = within(table)
      .getByRole('rowheader', { name: 'Total contributions' })
      .closest('tr')!;
    const pool = within(table).getByRole('rowheader', { name: /^Pool/ }).closest('tr')!;
    expect(cellsOf(total)).toEqual(cellsOf(pool));
    expect(cellsOf(total).at(-1)).toBe(
      formatMoney(
        first.partnerSummaries.reduce((a, p) => a.plus(p.contribution.cash), new Dec(0)),
        { pence: true },
      ),
    );
    expect(
      screen.getByText('The contributions add up to the pool to the penny in every year.'),
    ).toBeInTheDocument();
  });

  it('marks the figures out of date when the model becomes invalid', () => {
    const { store } = renderWithStore(<ContributionsScreen />);
    act(() => {
      store.getState().edit((d) => {
        d.costLines[0]!.unitCost = 'abc';
      });
    });
    expect(screen.getByRole('status')).toHaveTextContent(/These figures are out of date/);
    expect(screen.getByRole('table', { name: /Who would pay what/ })).toBeInTheDocument();
  });
});
