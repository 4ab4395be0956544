// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/model/read-model';
import { ScenariosScreen } from '../../../src/ui/inputs/scenarios-screen';
import { renderWithStore, workedExample } from '../render-with-store';

function card(name: string | RegExp) {
  return screen.getByRole('region', { name });
}

describe('Funding scenarios screen', () => {
  it('adds a scenario from a preset, with its assumptions shown', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ScenariosScreen />);
    const presets = screen.getByRole('region', { name: 'Add a scenario' });
    expect(
      within(presets).getAllByRole('heading', { name: 'Assumptions (not published figures)' }),
    ).toHaveLength(2);
    await user.click(
      within(presets).getByRole('button', { name: 'Add from a preset: One-year pilot' }),
    );
    const { scenarios } = store.getState().file;
    expect(scenarios).toHaveLength(5);
    expect(scenarios[4]).toMatchObject({
      id: 'one-year-pilot-1',
      name: 'One-year pilot',
      fundedYears: 1,
      contractYears: 1,
    });
    expect(readModel(store.getState().file).ok).toBe(true);
    expect(screen.getAllByRole('region', { name: 'One-year pilot' })).toHaveLength(2);
  });

  it('describes the operating level over time in words and in a table', async () => {
    const user = userEvent.setup();
    renderWithStore(<ScenariosScreen />);
    const annual = card('One-year grants renewed every year');
    expect(
      await within(annual).findByText(
        /^Independent domestic violence advisers.*: reaches 90% after 6 months, stops, helping no new cases, during each 2-month gap between contracts \(9 renewals\), builds up again after each renewal/,
      ),
    ).toBeInTheDocument();
    // The table is built when its disclosure is opened.
    await user.click(within(annual).getByText('Operating level by year (table)'));
    const table = within(annual).getByRole('table', {
      name: /Operating level \(mean of the months\) each year/,
    });
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    const pilot = card('One-year pilot');
    // Both services stop when the one year of funding ends.
    expect(within(pilot).getAllByText(/stops when funding ends in 2026\/27/)).toHaveLength(2);
  });

  it('shows agreed-share inputs when the rule is switched to custom', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ScenariosScreen />);
    const three = card('Three-year commitment');
    expect(within(three).getAllByRole('checkbox')).toHaveLength(8);
    expect(within(three).queryByRole('textbox', { name: /Share paid by/ })).toBeNull();
    await user.selectOptions(
      within(three).getByRole('combobox', { name: 'Rule' }),
      'Agreed shares',
    );
    const shares = within(three).getAllByRole('textbox', { name: /Share paid by/ });
    expect(shares).toHaveLength(7);
    expect(within(three).getByText('Shares total 100%')).toBeInTheDocument();
    const police = within(three).getByRole('textbox', {
      name: 'Share paid by Ashdown Constabulary',
    });
    await user.clear(police);
    await user.type(police, '20');
    // Agreed shares start even among the six contributors: 100 ÷ 6 is 16 each, 4 points over, so
    // council, housing, children's services and police 17%, health and fire 16% (the voluntary sector,
    // not a contributor, 0%). Police 17% → 20% makes 100% + 3% = 103%.
    expect(within(three).getByText('Shares total 103%: they must total 100%')).toBeInTheDocument();
    expect(store.getState().file.scenarios[1]?.contributions?.rule).toBe('custom');
  });

  it('asks for at least one contributor', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ScenariosScreen />);
    const annual = card('One-year grants renewed every year');
    for (const box of within(annual).getAllByRole('checkbox', { checked: true })) {
      if (box.closest('fieldset')?.querySelector('legend')?.textContent === 'Contributors')
        await user.click(box);
    }
    expect(store.getState().file.scenarios[0]?.contributions?.contributors).toEqual([]);
    expect(within(annual).getByText('Choose at least one contributor.')).toBeVisible();
  });

  it('shows the shortfall the offers leave, and a surplus when they exceed the cost', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ScenariosScreen />);
    const pilot = card('One-year pilot');
    // The pilot runs for 2026/27 only (one contract, no renewal), so its pool is every service's
    // set-up and twelve months' running cost, with the optimism bias on costs:
    // IDVA (£60,000 + £320,000) × 1.1 = £418,000; the perpetrator programme
    // (£30,000 + £180,000) × 1.2 = £252,000; together £670,000.
    // Offers: council £150,000 + police £100,000 + health £80,000 + housing £75,000 + children's
    // £50,000 = £455,000, a shortfall of £670,000 − £455,000 = £215,000. A first year is not
    // discounted, so its present value is the same.
    expect(
      await within(pilot).findByText(
        'Offers leave a shortfall of £215,000 in 2026/27 (£215,000 in present value).',
      ),
    ).toBeInTheDocument();

    const council = within(pilot).getByRole('textbox', {
      name: 'Offer a year from Ashdown Council (community safety)',
    });
    await user.clear(council);
    await user.type(council, '400000');
    // £455,000 − £150,000 + £400,000 = £705,000 offered: a surplus of £705,000 − £670,000 = £35,000.
    expect(
      await within(pilot).findByText(
        'Offers leave a surplus of £35,000 in 2026/27 (£35,000 in present value).',
      ),
    ).toBeInTheDocument();
    expect(readModel(store.getState().file).ok).toBe(true);
  });

  it('shows a rule that cannot share the pool beside the rule', async () => {
    const file = workedExample();
    const annual = file.scenarios[0];
    if (!annual) throw new Error('no scenario');
    // The voluntary sector bears none of the cost of doing nothing, so "cost borne" has nothing to share by.
    annual.contributions = { rule: 'costBorne', contributors: ['vcs'] };
    renderWithStore(<ScenariosScreen />, file);
    const rule = within(card('One-year grants renewed every year')).getByRole('combobox', {
      name: 'Rule',
    });
    await waitFor(() => {
      expect(rule).toHaveAccessibleDescription(/cannot be shared by cost borne/);
    });
  });
});
