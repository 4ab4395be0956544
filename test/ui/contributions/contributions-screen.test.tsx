// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Dec, sum } from '../../../src/model/decimal';
import { evaluateModel } from '../../../src/model/evaluate';
import type { Results } from '../../../src/model/results';
import { inBasis } from '../../../src/model/year-factors';
import { ContributionsScreen } from '../../../src/ui/contributions/contributions-screen';
import { formatMoney } from '../../../src/ui/shared/format';
import { renderWithStore, workedExample } from '../render-with-store';
import { twoValueTypesModel } from '../results/two-value-types-model';

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

    // The pool's PV: each year's pool in whole pennies, discounted.
    const pool = sum(inBasis(first.ledger.real.pool.byYear, 'pv', results.doNothing.factors));
    const bodyRows = within(table).getAllByRole('row').slice(2, -1);
    expect(bodyRows).toHaveLength(7);
    const columns = [0, 2, 4].map((k) => sum(bodyRows.map((row) => money(cellsOf(row)[k]!))));
    // Each partner's PV is the PV of its yearly pennies, shown rounded to the penny: the shown column adds
    // up to the pool to within half a penny a row.
    for (const total of columns)
      expect(total.minus(pool).abs().lte(new Dec('0.005').times(bodyRows.length))).toBe(true);
    const totalRow = within(table)
      .getByRole('rowheader', { name: 'Total: the pool' })
      .closest('tr')!;
    expect(cellsOf(totalRow)).toEqual(Array(3).fill(formatMoney(pool, { pence: true })));
    // The current rule's column matches the engine's contributions, for every partner but those of kind
    // society, who never pay and are not listed.
    const model = workedExample();
    const payers = new Set(model.partners.filter((p) => p.kind !== 'society').map((p) => p.id));
    expect(bodyRows.map((row) => cellsOf(row)[2])).toEqual(
      first.partnerSummaries
        .filter((p) => payers.has(p.partnerId))
        .map((p) => formatMoney(p.contribution.pv, { pence: true })),
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
      // Worked in contributions-data.test.ts: 670,000 pooled against 455,000 offered.
      screen.getByText(/The offers leave a shortfall of £215,000.00 over 10 years/),
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

  it('argues who pays on fiscal values, with society among the bearers but never the payers', async () => {
    // Worked by hand in test/ui/results/two-value-types-model.ts (two-year contract, PV): the council
    // bears 1,800 of fiscal cost, pays 840 and avoids 900 (net benefit 60); victims and families bear 900
    // of economic cost, none of it fiscal, avoid 360 of it, and never pay.
    const user = userEvent.setup();
    renderWithStore(<ContributionsScreen />, twoValueTypesModel());
    const borne = screen.getByRole('table', {
      name: /Cost borne and cost avoided by each partner/,
    });
    const row = (table: HTMLElement, name: RegExp) =>
      cellsOf(within(table).getByRole('rowheader', { name }).closest('tr')!);
    expect(row(borne, /^Victims and families/)).toEqual(['£0.00', '£0.00', '£900.00', '£360.00']);
    expect(row(borne, /^Council/)).toEqual(['£1,800.00', '£900.00', '£1,800.00', '£900.00']);
    expect(
      within(borne).getByRole('rowheader', {
        name: 'Victims and families (bears costs, never pays)',
      }),
    ).toBeInTheDocument();

    // Not among the payers: not in the rule comparison, nor in the yearly contributions.
    const rules = screen.getByRole('table', { name: /Who would pay what under each rule/ });
    expect(within(rules).queryByRole('rowheader', { name: /Victims/ })).toBeNull();
    expect(row(rules, /^Council$/)[0]).toBe('£840.00');
    expect(screen.getByText(/Victims and families bears costs but never pays/)).toBeInTheDocument();
    const yearly = screen.getByRole('table', { name: /Contributions by year/ });
    expect(within(yearly).queryByRole('rowheader', { name: /Victims/ })).toBeNull();

    // The balance table, behind "Show the table": fiscal cost borne, contribution, fiscal cost avoided,
    // net benefit (fiscal) and net benefit of all value types.
    const figure = screen.getByRole('figure', {
      name: /pays in against the fiscal cost it avoids/,
    });
    await user.click(within(figure).getByText('Show the table'));
    const balance = within(figure).getByRole('table');
    expect(within(balance).queryByRole('rowheader', { name: /Victims/ })).toBeNull();
    expect(row(balance, /^Council$/)).toEqual([
      '£1,800.00',
      '£840.00',
      '£900.00',
      '£60.00',
      '£60.00',
    ]);
  });
});
