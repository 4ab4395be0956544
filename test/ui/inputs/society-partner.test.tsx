// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/model/read-model';
import { PartnersScreen } from '../../../src/ui/inputs/partners-screen';
import { ScenariosScreen } from '../../../src/ui/inputs/scenarios-screen';
import { renderWithStore } from '../render-with-store';
import { version2Model } from './version-2-model';

const SOCIETY = 'Victims and families';

function contributorsOf(card: HTMLElement) {
  return within(within(card).getByRole('group', { name: 'Contributors' })).getAllByRole('checkbox');
}

describe('A society partner', () => {
  it('is never offered as a contributor: the default contributors are the partners who may pay', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ScenariosScreen />, version2Model());
    const three = screen.getByRole('region', { name: 'Three-year commitment' });
    const boxes = contributorsOf(three);
    expect(boxes).toHaveLength(3);
    for (const name of ['Testshire Council', 'Testshire Police', 'Testshire NHS'])
      expect(within(three).getByRole('checkbox', { name })).toBeChecked();
    expect(within(three).queryByRole('checkbox', { name: SOCIETY })).toBeNull();
    await user.click(within(three).getByRole('checkbox', { name: 'Testshire Police' }));
    expect(store.getState().file.scenarios[0]?.contributions?.contributors).toEqual([
      'council',
      'health',
    ]);
    expect(readModel(store.getState().file).ok).toBe(true);
  });

  it('is never offered a share or an offer, and agreed shares start even among the payers', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ScenariosScreen />, version2Model());
    const three = screen.getByRole('region', { name: 'Three-year commitment' });
    await user.selectOptions(
      within(three).getByRole('combobox', { name: 'Rule' }),
      'Agreed shares',
    );
    expect(within(three).getAllByRole('textbox', { name: /Share paid by/ })).toHaveLength(3);
    expect(within(three).queryByRole('textbox', { name: `Share paid by ${SOCIETY}` })).toBeNull();
    // 100 ÷ 3 = 33 each, rounded down, and the 1 point left over to the first partner.
    expect(store.getState().file.scenarios[0]?.contributions?.shares).toEqual([
      { partner: 'council', share: '0.34' },
      { partner: 'police', share: '0.33' },
      { partner: 'health', share: '0.33' },
    ]);
    expect(readModel(store.getState().file).ok).toBe(true);

    const pilot = screen.getByRole('region', { name: 'One-year pilot' });
    expect(within(pilot).getAllByRole('textbox', { name: /Offer a year from/ })).toHaveLength(3);
    expect(
      within(pilot).queryByRole('textbox', { name: `Offer a year from ${SOCIETY}` }),
    ).toBeNull();
  });

  it('is a kind of partner, explained beside it; a payer made society stops paying in the same step', async () => {
    const user = userEvent.setup();
    const file = version2Model();
    const three = file.scenarios[0];
    if (!three) throw new Error('the test model has no scenarios');
    three.contributions = { rule: 'equal', contributors: ['council', 'police'] };
    const { store } = renderWithStore(<PartnersScreen />, file);
    expect(screen.getByRole('combobox', { name: 'Kind of partner 4' })).toHaveDisplayValue(
      'Society (victims, families, the economy)',
    );
    expect(screen.getByRole('combobox', { name: 'Kind of partner 4' })).toHaveAccessibleDescription(
      /bears economic and social costs and never pays/,
    );
    const police = screen.getByRole('combobox', { name: 'Kind of partner 2' });
    expect(police).not.toHaveAccessibleDescription(/never pays/);

    await user.selectOptions(police, 'Society (victims, families, the economy)');
    const { partners, scenarios } = store.getState().file;
    expect(partners[1]?.kind).toBe('society');
    expect(scenarios[0]?.contributions?.contributors).toEqual(['council']);
    expect(scenarios[1]?.contributions?.offers).toEqual([{ partner: 'council', annual: '300000' }]);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Testshire Police is now society, which never pays into the pool: taken out of the payers of Three-year commitment, One-year pilot.',
    );
    expect(readModel(store.getState().file).ok).toBe(true);
    // One step: undo brings back the kind and the payers together.
    store.getState().undo();
    expect(store.getState().file.partners[1]?.kind).toBe('police');
    expect(store.getState().file.scenarios[1]?.contributions?.offers).toHaveLength(2);
  });
});
