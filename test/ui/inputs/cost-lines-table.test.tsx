// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CostLinesScreen } from '../../../src/ui/inputs/cost-lines-screen';
import { fieldId } from '../../../src/ui/shared/use-field-problem';
import { renderWithStore, workedExample } from '../render-with-store';

const TA = 'Temporary accommodation: bed and breakfast';

function table() {
  return screen.getByRole('table', { name: /^Cost lines/ });
}

/** The row headers (line names) in the order the table shows them. */
function names(): string[] {
  return within(table())
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('button').textContent);
}

describe('The table of cost lines', () => {
  it('shows every line with its figures, and its first-year cost once the results are in', async () => {
    // As in cost-lines-screen.test.tsx: the MARAC caseload held flat at 312 and the line priced at
    // 2024/25 prices make its 2026/27 cost 312 × 0.2 × 26 × £334.95 × 1.053095 = £572,275.9178…,
    // shown to the whole pound: £572,276.
    const file = workedExample();
    const marac = file.streams.find((s) => s.id === 'marac');
    const ta = file.costLines.find((l) => l.id === 'ta');
    if (!marac || !ta) throw new Error('the worked example has no MARAC stream or TA line');
    marac.trend = { method: 'flat' };
    ta.priceYear = 2024;
    renderWithStore(<CostLinesScreen />, file);
    // The worked example's 11 lines, each in a row, and no editor open.
    expect(names()).toHaveLength(11);
    expect(screen.queryByRole('region', { name: TA })).toBeNull();
    const row = within(table()).getByRole('row', { name: new RegExp(`^${TA}`) });
    await waitFor(() => {
      expect(within(row).getAllByRole('cell')[7]).toHaveTextContent('£572,276');
    });
    expect(
      within(row)
        .getAllByRole('cell')
        .slice(0, 7)
        .map((c) => c.textContent),
    ).toEqual([
      'High-risk cases heard at MARAC',
      '0.2',
      '26 household per week',
      '£334.95',
      '2024/25',
      'Fiscal, cashable',
      'Ashdown Council housing options',
    ]);
  });

  it('sorts by a column, ascending then descending, saying so with aria-sort', async () => {
    const user = userEvent.setup();
    renderWithStore(<CostLinesScreen />);
    const unitCost = within(table()).getByRole('button', { name: 'Unit cost' });
    await user.click(unitCost);
    expect(unitCost.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    // The worked example's unit costs: £334.95 (TA), £415 (police), £642, £1,171, £1,416, £1,473,
    // £2,501, £3,186, £4,608, £6,795 and £51,080 (looked-after child).
    expect(names().slice(0, 2)).toEqual([TA, 'Domestic abuse incident: police']);
    expect(names().at(-1)).toBe('Looked-after child, average');
    await user.click(unitCost);
    expect(unitCost.closest('th')).toHaveAttribute('aria-sort', 'descending');
    expect(names()[0]).toBe('Looked-after child, average');
    expect(names().at(-1)).toBe(TA);
    // Only the sorted column says how it is sorted.
    expect(within(table()).getByRole('button', { name: 'Name' }).closest('th')).not.toHaveAttribute(
      'aria-sort',
    );
  });

  it('filters by the partner who bears a line and by value type', async () => {
    const user = userEvent.setup();
    renderWithStore(<CostLinesScreen />);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Borne by' }),
      'Ashdown Council housing options',
    );
    // Housing bears homelessness prevented, the homelessness application and TA.
    expect(names()).toEqual([
      'Homelessness prevented',
      "Homelessness application, family (includes 4 weeks' bed and breakfast)",
      TA,
    ]);
    expect(screen.getByText('Showing 3 of 11 cost lines.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Value type' }), 'Social');
    expect(within(table()).queryAllByRole('rowheader')).toHaveLength(0);
    expect(screen.getByText(/No cost line matches/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Borne by' }), 'Every partner');
    // Only the human and emotional harm line is social.
    expect(names()).toEqual([
      'Domestic abuse incident: human and emotional harm (social, not public services)',
    ]);
  });

  it('opens a line’s full editor with focus on its name, and goes back to the row', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CostLinesScreen />);
    await user.click(within(table()).getByRole('button', { name: TA }));
    const editor = screen.getByRole('region', { name: TA });
    // TA is the sixth line.
    await waitFor(() => {
      expect(document.activeElement?.id).toBe(fieldId('costLines[5].name'));
    });
    const unitCost = within(editor).getByRole('textbox', { name: /unit cost/i });
    await user.clear(unitCost);
    await user.type(unitCost, '400');
    expect(store.getState().file.costLines[5]?.unitCost).toBe('400');
    const row = within(table()).getByRole('row', { name: new RegExp(`^${TA}`) });
    expect(within(row).getByText('£400.00')).toBeInTheDocument();
    // One editor at a time: opening another closes this one.
    await user.click(screen.getByRole('button', { name: 'Edit Fire response' }));
    expect(screen.queryByRole('region', { name: TA })).toBeNull();
    expect(screen.getByRole('region', { name: 'Fire response' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Back to the table' })[0]!);
    expect(screen.queryByRole('region', { name: 'Fire response' })).toBeNull();
    await waitFor(() => {
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Edit Fire response' }),
      );
    });
  });

  it('previews pasted rows with the problems of a bad row, and adds nothing until confirmed', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CostLinesScreen />);
    const before = store.getState().file;
    await user.click(screen.getByRole('button', { name: 'Paste rows from a spreadsheet' }));
    const box = screen.getByRole('textbox', { name: 'Rows to add, with a heading row' });
    await waitFor(() => {
      expect(box).toHaveFocus();
    });
    await user.type(
      box,
      'Name,Caseload,Rate,Unit cost,Bearer\nRefuge place,marac,0.05,£450,housing\nMystery,Refuges,1,10,police',
    );
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    const preview = screen.getByRole('table', { name: /^What the pasted rows would add/ });
    const bad = within(preview).getByRole('row', { name: /^Row 3/ });
    expect(within(bad).getByText('There is no caseload stream called “Refuges”.')).toBeVisible();
    expect(within(preview).getByRole('row', { name: /^Row 2/ })).toHaveTextContent(
      /Refuge place: High-risk cases heard at MARAC, rate 0.05 × 1 at £450.00 \(2026\/27 prices\); Fiscal; borne by Ashdown Council housing options\./,
    );
    expect(
      screen.getByText(/2 rows read: 1 can be added, 1 has problems and would be left out/),
    ).toBeInTheDocument();
    // Nothing has changed yet.
    expect(store.getState().file).toBe(before);

    await user.click(screen.getByRole('button', { name: 'Add 1 cost line' }));
    const lines = store.getState().file.costLines;
    expect(lines).toHaveLength(12);
    expect(lines.at(-1)).toMatchObject({ name: 'Refuge place', stream: 'marac', unitCost: '450' });
    expect(within(table()).getByRole('button', { name: 'Refuge place' })).toBeInTheDocument();
    expect(screen.getByText(/Added 1 cost line; 1 row with problems was left out/)).toBeVisible();
    // One undoable edit.
    store.getState().undo();
    expect(store.getState().file.costLines).toHaveLength(11);
  });
});
