// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/model/read-model';
import { CostLinesScreen } from '../../../src/ui/inputs/cost-lines-screen';
import { renderWithStore } from '../render-with-store';
import { version2Model } from './version-2-model';

/** Opens an item's full editor from its row in the table (once), as the Costs and Services screens now need. */
function openEditor(name: string | RegExp): HTMLElement {
  const open = screen.queryByRole('region', { name });
  if (open) return open;
  const edit = typeof name === 'string' ? `Edit ${name}` : new RegExp(`^Edit ${name.source}`);
  fireEvent.click(screen.getByRole('button', { name: edit }));
  return screen.getByRole('region', { name });
}

const TA = 'Temporary accommodation';

describe('A cost line’s value type', () => {
  it('is fiscal unless chosen otherwise, and only a fiscal line offers cashable', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CostLinesScreen />, version2Model());
    const line = openEditor(TA);
    const valueType = within(line).getByRole('combobox', { name: 'Value type' });
    expect(valueType).toHaveDisplayValue('Fiscal — public budgets (the financial case)');
    expect(valueType).toHaveAccessibleDescription(/financial case counts fiscal lines only/);
    const cashable = within(line).getByRole('checkbox', { name: 'Cashable' });
    expect(cashable).toBeChecked();

    // The accommodation line is cashable: making it economic unticks cashable in the same step.
    await user.selectOptions(valueType, 'Economic — lost output and costs to the economy');
    const ta = () => store.getState().file.costLines.find((l) => l.id === 'ta');
    expect(ta()).toMatchObject({ valueType: 'economic', cashable: false });
    expect(within(line).queryByRole('checkbox', { name: 'Cashable' })).toBeNull();
    expect(readModel(store.getState().file).ok).toBe(true);

    await user.selectOptions(valueType, 'Social — harm to victims’ health and wellbeing');
    expect(ta()?.valueType).toBe('social');
    expect(within(line).queryByRole('checkbox', { name: 'Cashable' })).toBeNull();

    await user.selectOptions(valueType, 'Fiscal — public budgets (the financial case)');
    const again = within(line).getByRole('checkbox', { name: 'Cashable' });
    expect(again).not.toBeChecked();
    await user.click(again);
    expect(ta()).toMatchObject({ valueType: 'fiscal', cashable: true });
  });

  it('keeps a ticked cashable box in view on a line from a file that is not fiscal, with its message', async () => {
    const user = userEvent.setup();
    const file = version2Model();
    const ta = file.costLines.find((l) => l.id === 'ta');
    if (!ta) throw new Error('the test model has no TA line');
    ta.valueType = 'social';
    ta.cashable = true;
    const { store } = renderWithStore(<CostLinesScreen />, file);
    const line = openEditor(TA);
    const cashable = within(line).getByRole('checkbox', { name: 'Cashable' });
    expect(within(line).getByText(/Only a fiscal cost can be cashable/)).toBeInTheDocument();
    await user.click(cashable);
    expect(store.getState().file.costLines.find((l) => l.id === 'ta')?.cashable).toBe(false);
    expect(within(line).queryByRole('checkbox', { name: 'Cashable' })).toBeNull();
    expect(readModel(store.getState().file).ok).toBe(true);
  });
});
