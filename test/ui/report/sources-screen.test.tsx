// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HMT_PRICE_INDEX } from '../../../src/model/reference/hmt-price-index';
import { UNIT_COST_LIBRARY } from '../../../src/model/reference/unit-cost-library';
import { SourcesScreen } from '../../../src/ui/report/sources-screen';
import { renderWithStore, workedExample } from '../render-with-store';

describe('Sources screen', () => {
  it('lists every unit cost in the library with its figure, price year and source', () => {
    renderWithStore(<SourcesScreen />);
    expect(screen.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
    const library = screen
      .getAllByRole('table')
      .filter((table) => !table.querySelector('caption')?.textContent.includes('this model'));
    const names = library.flatMap((table) =>
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    );
    expect([...names].sort()).toEqual(UNIT_COST_LIBRARY.map((entry) => entry.name).sort());
    const housing = screen.getByRole('table', { name: /^Housing and homelessness/ });
    const row = within(housing).getByRole('rowheader', {
      name: 'Temporary accommodation: bed and breakfast',
    });
    const cells = within(row.closest('tr') as HTMLElement);
    expect(cells.getByText(/^£334\.95 per /)).toBeInTheDocument();
    expect(cells.getByText('2010/11')).toBeInTheDocument();
  });

  it('gives the credit the database licence asks for, and the price index source', () => {
    renderWithStore(<SourcesScreen />);
    expect(
      screen.getByText(/Contains figures from the GMCA \/ New Economy Unit Cost Database/),
    ).toHaveTextContent(/licensed under the .*CC BY 4\.0/);
    expect(screen.getByText(new RegExp(HMT_PRICE_INDEX.base))).toBeInTheDocument();
  });

  it('filters the library by area', async () => {
    const user = userEvent.setup();
    renderWithStore(<SourcesScreen />);
    const tablesBefore = screen.getAllByRole('table').length;
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Show unit costs for' }),
      'Health',
    );
    expect(screen.getAllByRole('table')).toHaveLength(2);
    expect(screen.getByRole('table', { name: /^Health/ })).toBeInTheDocument();
    expect(tablesBefore).toBeGreaterThan(2);
  });

  it("lists the model's cost lines and flags those with no source", () => {
    const file = workedExample();
    const first = file.costLines[0];
    if (!first) throw new Error('worked example has no cost lines');
    first.source = '  ';
    renderWithStore(<SourcesScreen />, file);
    const table = screen.getByRole('table', { name: /this model’s cost lines/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(file.costLines.length + 1);
    const flagged = within(rows[1]!).getByText('No source given');
    expect(flagged).toBeInTheDocument();
    expect(within(table).getAllByText('No source given')).toHaveLength(1);
    expect(
      screen.getByText(/1 of this model’s \d+ cost lines gives no source/),
    ).toBeInTheDocument();
  });

  it('follows edits to the model', async () => {
    const { store } = renderWithStore(<SourcesScreen />);
    act(() => {
      store.getState().edit((d) => {
        const line = d.costLines[1];
        if (line) line.source = 'Our own audit, 2025';
      });
    });
    expect(await screen.findByText('Our own audit, 2025')).toBeInTheDocument();
  });
});
