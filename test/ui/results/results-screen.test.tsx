// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../../src/model/evaluate';
import { compareScenarios } from '../../../src/model/headline';
import type { Results } from '../../../src/model/results';
import { ResultsScreen } from '../../../src/ui/results/results-screen';
import { formatMoney } from '../../../src/ui/shared/format';
import { renderWithStore, workedExample } from '../render-with-store';
import { twoValueTypesModel } from './two-value-types-model';

function engineResults(): Results {
  const evaluation = evaluateModel(workedExample());
  if (!evaluation.ok) throw new Error('worked example is invalid');
  return evaluation.results;
}

/** The financial case's table (or the economic case's), found by its caption. */
function caseTable(kind: 'Financial' | 'Economic' = 'Financial'): HTMLElement {
  return screen.getByRole('table', { name: new RegExp(`^${kind} case: headline figures`) });
}

/** The cells of a row of a headline table, found by its heading. */
function headlineCells(label: RegExp, kind: 'Financial' | 'Economic' = 'Financial'): string[] {
  const table = caseTable(kind);
  const row = within(table).getByRole('rowheader', { name: label }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

/** The short- against long-term sentence of one case. */
function sentence(kind: 'Financial' | 'Economic'): HTMLElement {
  const label = screen.getByText(new RegExp(`^${kind} case \\(`), { selector: 'strong' });
  return label.closest('p')!;
}

describe('Results screen', () => {
  it('shows the headline figures in present value, then in cash terms', async () => {
    const user = userEvent.setup();
    const results = engineResults();
    renderWithStore(<ResultsScreen />);
    expect(screen.getByRole('radio', { name: 'Present value' })).toBeChecked();
    expect(caseTable()).toHaveAccessibleName(
      /Present value at 2026\/27 prices, discounted at 3.5%/,
    );
    expect(headlineCells(/^Service cost/)).toEqual([
      '£0',
      ...results.scenarios.map((s) => formatMoney(s.financial.headline.service.pv)),
    ]);
    expect(headlineCells(/^Net saving/)).toEqual([
      '£0',
      ...results.scenarios.map((s) => formatMoney(s.financial.headline.netSaving.pv)),
    ]);
    expect(headlineCells(/^Net saving/, 'Economic')).toEqual([
      '£0',
      ...results.scenarios.map((s) => formatMoney(s.headline.netSaving.pv)),
    ]);

    await user.click(screen.getByRole('radio', { name: 'Cash terms' }));
    expect(caseTable('Economic')).toHaveAccessibleName(/Cash terms \(2% inflation\)/);
    expect(headlineCells(/^Cost avoided/, 'Economic')).toEqual([
      '£0',
      ...results.scenarios.map((s) => formatMoney(s.headline.avoided.cash)),
    ]);
    expect(headlineCells(/^Cost of doing nothing/, 'Economic')[0]).toBe(
      formatMoney(results.doNothing.totals.cash),
    );
    expect(headlineCells(/^Cost of doing nothing/)[0]).toBe(
      formatMoney(results.doNothing.valueTypes.fiscal.totals.cash),
    );
    // Every chart says which basis it is in.
    const figures = screen.getAllByRole('figure');
    expect(figures.length).toBe(4);
    for (const figure of figures.slice(0, 3))
      expect(figure).toHaveTextContent(/Cash terms \(2% inflation\)/);
  });

  it('shows pence when asked', async () => {
    const user = userEvent.setup();
    const results = engineResults();
    renderWithStore(<ResultsScreen />);
    await user.click(screen.getByRole('checkbox', { name: 'Show pence' }));
    expect(headlineCells(/^Service cost/)[1]).toBe(
      formatMoney(results.scenarios[0]!.financial.headline.service.pv, { pence: true }),
    );
  });

  it('compares short- and long-term funding in both cases, following the chosen scenarios', async () => {
    const user = userEvent.setup();
    const results = engineResults();
    const [annual, three, five] = results.scenarios;
    renderWithStore(<ResultsScreen />);
    const pv = compareScenarios(five!.financial.headline, annual!.financial.headline)
      .netSavingDifference.pv;
    expect(sentence('Financial')).toHaveTextContent(
      `Financial case (fiscal values): ${annual!.name} would save ${formatMoney(pv)} less over 10 years than ${five!.name} (present value).`,
    );
    const economicPv = compareScenarios(five!.headline, annual!.headline).netSavingDifference.pv;
    expect(sentence('Economic')).toHaveTextContent(
      `Economic case (all value types): ${annual!.name} would save ${formatMoney(economicPv)} less over 10 years than ${five!.name} (present value).`,
    );

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Long-term funding' }),
      three!.name,
    );
    const real = compareScenarios(three!.headline, annual!.headline).netSavingDifference.real;
    await user.click(screen.getByRole('radio', { name: 'Real terms' }));
    expect(sentence('Economic')).toHaveTextContent(
      `${annual!.name} would save ${formatMoney(real)} less over 10 years than ${three!.name} (real terms).`,
    );
  });

  it('marks the figures out of date when the model becomes invalid, and keeps the last ones', () => {
    const results = engineResults();
    const { store } = renderWithStore(<ResultsScreen />);
    expect(
      screen.getByRole('status', { name: 'Whether the figures are up to date' }),
    ).toHaveTextContent('');
    act(() => {
      store.getState().edit((d) => {
        d.costLines[0]!.unitCost = 'abc';
      });
    });
    expect(
      screen.getByRole('status', { name: 'Whether the figures are up to date' }),
    ).toHaveTextContent(
      'These figures are out of date: fix the problems listed above to update them.',
    );
    expect(screen.getByRole('status', { name: 'Whether the figures are up to date' })).toHaveClass(
      'out-of-date',
    );
    expect(headlineCells(/^Service cost/)[1]).toBe(
      formatMoney(results.scenarios[0]!.financial.headline.service.pv),
    );
  });

  it('says there are no results yet when the model has never been valid', () => {
    const file = workedExample();
    file.costLines[0]!.unitCost = 'abc';
    renderWithStore(<ResultsScreen />, file);
    expect(screen.getByText(/There are no results yet/)).toBeInTheDocument();
    expect(
      screen.getByRole('status', { name: 'Whether the figures are up to date' }),
    ).toHaveTextContent(/out of date/);
  });

  it('gives every chart a summary and a table of the same figures', async () => {
    const user = userEvent.setup();
    renderWithStore(<ResultsScreen />);
    const figure = screen.getByRole('figure', { name: /The cost of doing nothing, by partner/ });
    await user.click(within(figure).getByText('Show the table'));
    const table = within(figure).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 10 + 1);
    expect(within(table).getByRole('rowheader', { name: '2026/27' })).toBeInTheDocument();
  });

  it('shows the financial case and the economic case side by side, worked by hand', () => {
    // Figures worked by hand in two-value-types-model.ts. Financial case (fiscal line alone), PV:
    // doing nothing 1,000 + 1,000 × 0.8 = 1,800; avoided 500 + 400 = 900 (two-year contract) and
    // 500 + 250 × 0.8 = 700 (pilot), all cashable; service 600 + 300 × 0.8 = 840 and 600; net saving 60
    // and 100; BCR 900 / 840 = 1.07 and 700 / 600 = 1.17; payback 2027/28 for both.
    const evaluation = evaluateModel(twoValueTypesModel());
    if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
    const [two, pilot] = evaluation.results.scenarios;
    renderWithStore(<ResultsScreen />, twoValueTypesModel());
    expect(
      screen.getByRole('heading', {
        name: 'Financial case — what lands in partners’ budgets (fiscal values)',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: 'Economic case — all value types (fiscal, economic and social)',
      }),
    ).toBeInTheDocument();
    const financial = {
      doNothing: ['£1,800', '£1,800', '£1,800'],
      avoided: ['£0', '£900', '£700'],
      cashable: ['£0', '£900', '£700'],
      service: ['£0', '£840', '£600'],
      net: ['£0', '£60', '£100'],
      bcr: ['–', '1.07', '1.17'],
      payback: ['–', '2027/28', '2027/28'],
    };
    expect(headlineCells(/^Cost of doing nothing/)).toEqual(financial.doNothing);
    expect(headlineCells(/^Cost avoided/)).toEqual(financial.avoided);
    expect(headlineCells(/^Cashable cost avoided/)).toEqual(financial.cashable);
    expect(headlineCells(/^Service cost/)).toEqual(financial.service);
    expect(headlineCells(/^Net saving/)).toEqual(financial.net);
    expect(headlineCells(/^Benefit–cost ratio/)).toEqual(financial.bcr);
    expect(headlineCells(/^Payback year/)).toEqual(financial.payback);
    // The hand figures are the engine's financial headline.
    expect(financial.net.slice(1)).toEqual(
      [two!, pilot!].map((s) => formatMoney(s.financial.headline.netSaving.pv)),
    );
    expect(financial.avoided.slice(1)).toEqual(
      [two!, pilot!].map((s) => formatMoney(s.financial.headline.avoided.pv)),
    );
    expect([two!, pilot!].map((s) => s.financial.headline.paybackYear)).toEqual([2027, 2027]);

    // Economic case (every value type), PV: doing nothing 1,800 + 500 + 400 = 2,700; avoided
    // 900 + 200 + 160 = 1,260 and 700 + 200 + 100 × 0.8 = 980; net saving 420 and 380; BCR 1.50 and
    // 1.63; payback 2026/27 (700 − 600 = 100 ≥ 0 in the first year).
    expect(headlineCells(/^Cost of doing nothing/, 'Economic')).toEqual([
      '£2,700',
      '£2,700',
      '£2,700',
    ]);
    expect(headlineCells(/^Cost avoided/, 'Economic')).toEqual(['£0', '£1,260', '£980']);
    expect(headlineCells(/^Net saving/, 'Economic')).toEqual(['£0', '£420', '£380']);
    expect(headlineCells(/^Benefit–cost ratio/, 'Economic')).toEqual(['–', '1.50', '1.63']);
    expect(headlineCells(/^Payback year/, 'Economic')).toEqual(['–', '2026/27', '2026/27']);

    // By value type: fiscal 1,800 | 900 | 700; economic 900 | 360 | 280.
    const byType = screen.getByRole('table', { name: /by value type/ });
    const economicRow = within(byType)
      .getByRole('rowheader', { name: /^Economic/ })
      .closest('tr')!;
    expect(
      within(economicRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['£900', '£360', '£280']);
  });

  it('draws the financial case by default and switches the charts to the economic case', async () => {
    const user = userEvent.setup();
    renderWithStore(<ResultsScreen />, twoValueTypesModel());
    const netSaving = () => screen.getByRole('figure', { name: /Cumulative net saving/ });
    expect(screen.getByRole('radio', { name: /^Financial case/ })).toBeChecked();
    expect(netSaving()).toHaveTextContent(/financial case \(fiscal values\)/);
    // Financial: the pilot ends highest, on 100 (the two-year contract on 60); economic: the two-year
    // contract, on 420 (the pilot on 380).
    expect(netSaving()).toHaveTextContent(/£100 by 2027\/28 \(present value, fiscal values\)/);
    await user.click(screen.getByRole('radio', { name: /^Economic case/ }));
    expect(netSaving()).toHaveTextContent(/economic case \(all value types\)/);
    expect(netSaving()).toHaveTextContent(/£420 by 2027\/28 \(present value, all value types\)/);
  });

  it('labels the operating level and shows who is helped and benefiting under the chosen scenario', async () => {
    const user = userEvent.setup();
    renderWithStore(<ResultsScreen />, twoValueTypesModel());
    expect(
      screen.getByRole('figure', { name: /Operating level of the services/ }),
    ).toBeInTheDocument();
    await user.selectOptions(
      within(screen.getByRole('region', { name: 'Who the services help' })).getByRole('combobox', {
        name: 'Funding scenario',
      }),
      'One-year pilot',
    );
    const table = screen.getByRole('table', { name: /IDVA service under One-year pilot/ });
    const row = (year: string) =>
      within(within(table).getByRole('rowheader', { name: year }).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // Helped while the pilot runs, then not; last year's cases still benefit at half weight.
    expect(row('2026/27')).toEqual(['100%', '100%']);
    expect(row('2027/28')).toEqual(['0%', '50%']);
  });
});
