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

function engineResults(): Results {
  const evaluation = evaluateModel(workedExample());
  if (!evaluation.ok) throw new Error('worked example is invalid');
  return evaluation.results;
}

/** The cells of a row of the headline table, found by its heading. */
function headlineCells(label: RegExp): string[] {
  const table = screen.getByRole('table', { name: /Headline figures/ });
  const row = within(table).getByRole('rowheader', { name: label }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('Results screen', () => {
  it('shows the headline figures in present value, then in cash terms', async () => {
    const user = userEvent.setup();
    const results = engineResults();
    renderWithStore(<ResultsScreen />);
    expect(screen.getByRole('radio', { name: 'Present value' })).toBeChecked();
    expect(screen.getByRole('table', { name: /Headline figures/ })).toHaveAccessibleName(
      /Present value at 2026\/27 prices, discounted at 3.5%/,
    );
    expect(headlineCells(/^Service cost/)).toEqual([
      '£0',
      ...results.scenarios.map((s) => formatMoney(s.headline.service.pv)),
    ]);
    expect(headlineCells(/^Net saving/)).toEqual([
      '£0',
      ...results.scenarios.map((s) => formatMoney(s.headline.netSaving.pv)),
    ]);

    await user.click(screen.getByRole('radio', { name: 'Cash terms' }));
    expect(screen.getByRole('table', { name: /Headline figures/ })).toHaveAccessibleName(
      /Cash terms \(2% inflation\)/,
    );
    expect(headlineCells(/^Cost avoided/)).toEqual([
      '£0',
      ...results.scenarios.map((s) => formatMoney(s.headline.avoided.cash)),
    ]);
    expect(headlineCells(/^Cost of doing nothing/)[0]).toBe(
      formatMoney(results.doNothing.totals.cash),
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
      formatMoney(results.scenarios[0]!.headline.service.pv, { pence: true }),
    );
  });

  it('compares short- and long-term funding in a sentence that follows the chosen scenarios', async () => {
    const user = userEvent.setup();
    const results = engineResults();
    const [annual, three, five] = results.scenarios;
    renderWithStore(<ResultsScreen />);
    const pv = compareScenarios(five!.headline, annual!.headline).netSavingDifference.pv;
    expect(
      screen.getByText(
        `${annual!.name} would save ${formatMoney(pv)} less over 10 years than ${five!.name} (present value).`,
      ),
    ).toBeInTheDocument();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Long-term funding' }),
      three!.name,
    );
    const real = compareScenarios(three!.headline, annual!.headline).netSavingDifference.real;
    await user.click(screen.getByRole('radio', { name: 'Real terms' }));
    expect(
      screen.getByText(
        `${annual!.name} would save ${formatMoney(real)} less over 10 years than ${three!.name} (real terms).`,
      ),
    ).toBeInTheDocument();
  });

  it('marks the figures out of date when the model becomes invalid, and keeps the last ones', () => {
    const results = engineResults();
    const { store } = renderWithStore(<ResultsScreen />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    act(() => {
      store.getState().edit((d) => {
        d.costLines[0]!.unitCost = 'abc';
      });
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'These figures are out of date: fix the problems listed above to update them.',
    );
    expect(screen.getByRole('status')).toHaveClass('out-of-date');
    expect(headlineCells(/^Service cost/)[1]).toBe(
      formatMoney(results.scenarios[0]!.headline.service.pv),
    );
  });

  it('says there are no results yet when the model has never been valid', () => {
    const file = workedExample();
    file.costLines[0]!.unitCost = 'abc';
    renderWithStore(<ResultsScreen />, file);
    expect(screen.getByText(/There are no results yet/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/out of date/);
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
});
