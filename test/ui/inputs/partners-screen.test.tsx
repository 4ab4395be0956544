// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/decimal';
import { readModel } from '../../../src/model/read-model';
import { PartnersScreen } from '../../../src/ui/inputs/partners-screen';
import { renderWithStore, workedExample } from '../render-with-store';

function withSharedAccommodation() {
  const file = workedExample();
  const ta = file.costLines.find((l) => l.id === 'ta')!;
  ta.bearers = [
    { partner: 'housing', share: '0.4' },
    { partner: 'council', share: '0.6' },
  ];
  return file;
}

describe('Partners screen', () => {
  it('lists the partners with their kind and chart colour', () => {
    renderWithStore(<PartnersScreen />);
    expect(screen.getByRole('textbox', { name: 'Name of partner 4' })).toHaveValue(
      'Ashdown Constabulary',
    );
    expect(screen.getByRole('combobox', { name: 'Kind of partner 4' })).toHaveDisplayValue(
      'Police',
    );
    expect(screen.getByRole('columnheader', { name: 'Colour in charts' })).toBeInTheDocument();
    const rows = screen.getAllByRole('row');
    expect(within(rows[1]!).getByText('Blue')).toBeInTheDocument();
  });

  it('adds a partner with a fresh id, kind "other", and focuses its name', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PartnersScreen />);
    // The new partner goes at the end: its place is one after the example's own partners.
    const n = workedExample().partners.length + 1;
    await user.click(screen.getByRole('button', { name: 'Add partner' }));
    const partners = store.getState().file.partners;
    expect(partners).toHaveLength(n);
    expect(partners[n - 1]).toEqual({ id: 'new-partner', name: 'New partner', kind: 'other' });
    const name = screen.getByRole('textbox', { name: `Name of partner ${n}` });
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, 'Probation Service');
    await user.selectOptions(
      screen.getByRole('combobox', { name: `Kind of partner ${n}` }),
      'Probation',
    );
    expect(store.getState().file.partners[n - 1]).toMatchObject({
      id: 'new-partner',
      name: 'Probation Service',
      kind: 'probation',
    });
    await user.click(screen.getByRole('button', { name: 'Add partner' }));
    expect(store.getState().file.partners[n]?.id).toBe('new-partner-1');
  });

  it('removes a partner that bears and pays nothing at once, and undo brings it back', async () => {
    const user = userEvent.setup();
    const file = workedExample();
    file.scenarios[1]!.contributions = { rule: 'equal', contributors: ['council', 'police'] };
    const { store } = renderWithStore(<PartnersScreen />, file);
    await user.click(screen.getByRole('button', { name: /Remove Ashdown Domestic Abuse Service/ }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(store.getState().file.partners.map((p) => p.id)).not.toContain('vcs');
    expect(screen.getByRole('status')).toHaveTextContent(/Removed Ashdown Domestic Abuse Service/);
    expect(readModel(store.getState().file).ok).toBe(true);
    store.getState().undo();
    expect(store.getState().file.partners.map((p) => p.id)).toContain('vcs');
  });

  it('asks before removing a bearer, and moving its shares keeps each line at exactly 100%', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PartnersScreen />, withSharedAccommodation());
    await user.click(
      screen.getByRole('button', { name: /Remove Ashdown Council housing options/ }),
    );
    const dialog = screen.getByRole('alertdialog', {
      name: /Remove Ashdown Council housing options/,
    });
    expect(dialog).toHaveFocus();
    expect(dialog).toHaveTextContent('bears 40% of Temporary accommodation: bed and breakfast');
    expect(dialog).toHaveTextContent('bears 100% of Homelessness prevented');
    expect(dialog).toHaveTextContent('offers £75,000.00 a year in One-year pilot');
    // Housing is the only bearer of some lines, so sharing in proportion is not possible.
    const share = within(dialog).getByRole('button', { name: /in proportion/ });
    expect(share).toBeDisabled();
    expect(share).toHaveAccessibleDescription(/only partner bearing Homelessness prevented/);
    // Nothing has changed yet.
    expect(store.getState().file.partners.map((p) => p.id)).toContain('housing');

    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Move its shares to' }),
      'Ashdown Council (community safety)',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Move shares and remove' }));

    const after = store.getState().file;
    expect(after.partners.map((p) => p.id)).not.toContain('housing');
    const ta = after.costLines.find((l) => l.id === 'ta')!;
    expect(ta.bearers).toEqual([{ partner: 'council', share: '1' }]);
    for (const line of after.costLines) {
      const total = line.bearers.reduce((acc, b) => acc.plus(new Dec(b.share)), new Dec(0));
      expect(total.eq(1)).toBe(true);
      expect(line.bearers.some((b) => b.partner === 'housing')).toBe(false);
    }
    const offers = after.scenarios[3]!.contributions!.offers!;
    expect(offers.find((o) => o.partner === 'council')?.annual).toBe('225000');
    expect(readModel(after).ok).toBe(true);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/shares now belong to Ashdown Council/);
  });

  it('shares among the other bearers in proportion when every line has another bearer', async () => {
    const user = userEvent.setup();
    const file = workedExample();
    file.costLines.find((l) => l.id === 'fire')!.bearers = [
      { partner: 'fire', share: '0.5' },
      { partner: 'police', share: '0.3' },
      { partner: 'council', share: '0.2' },
    ];
    const { store } = renderWithStore(<PartnersScreen />, file);
    await user.click(screen.getByRole('button', { name: /Remove Ashdown Fire and Rescue/ }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: /in proportion/ }));
    const bearers = store.getState().file.costLines.find((l) => l.id === 'fire')!.bearers;
    expect(bearers).toEqual([
      { partner: 'police', share: '0.6' },
      { partner: 'council', share: '0.4' },
    ]);
    expect(readModel(store.getState().file).ok).toBe(true);
  });

  it('cancelling leaves the model as it was and returns focus to the remove button', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PartnersScreen />);
    const before = store.getState().file;
    const remove = screen.getByRole('button', { name: /Remove Ashdown Constabulary/ });
    await user.click(remove);
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel' }),
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(store.getState().file).toBe(before);
    expect(remove).toHaveFocus();
  });
});
