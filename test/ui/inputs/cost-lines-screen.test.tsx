// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/decimal';
import { readModel } from '../../../src/model/read-model';
import { HMT_PRICE_INDEX } from '../../../src/model/reference/hmt-price-index';
import { CostLinesScreen } from '../../../src/ui/inputs/cost-lines-screen';
import { formatMoney } from '../../../src/ui/shared/format';
import { renderWithStore, workedExample } from '../render-with-store';

const TA = 'Temporary accommodation: bed and breakfast';

function card(name: string | RegExp) {
  return screen.getByRole('region', { name });
}

describe('Costs of doing nothing screen', () => {
  it('updates the yearly cost of a line as its unit cost changes', async () => {
    const user = userEvent.setup();
    // A flat trend keeps the caseload a plain input: the latest MARAC count.
    const file = workedExample();
    const marac = file.streams.find((s) => s.id === 'marac');
    if (!marac) throw new Error('no marac stream');
    marac.trend = { method: 'flat' };
    renderWithStore(<CostLinesScreen />, file);
    const ta = card(TA);
    const unitCost = within(ta).getByRole('textbox', { name: /unit cost/i });
    expect(unitCost).toHaveValue('334.95');
    await user.clear(unitCost);
    await user.type(unitCost, '£400');

    const factor = new Dec(HMT_PRICE_INDEX.values[2026] ?? '').div(
      HMT_PRICE_INDEX.values[2010] ?? '',
    );
    const cases = new Dec('312');
    const expected = cases.times('0.2').times('26').times('400').times(factor);
    expect(
      await within(ta).findByText(`2026/27: ${formatMoney(expected, { pence: true })}`),
    ).toBeInTheDocument();
    expect(
      within(ta).getByText(
        `Unit cost £400.00 at 2010/11 prices = ${formatMoney(new Dec(400).times(factor), { pence: true })} at 2026/27 prices`,
        { exact: false },
      ),
    ).toBeInTheDocument();
  });

  it('finds temporary accommodation in the library and adds a valid line from it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CostLinesScreen />);
    await user.type(
      screen.getByRole('searchbox', { name: 'Search the unit-cost library' }),
      'temporary accommodation',
    );
    expect(screen.getByText('3 figures match “temporary accommodation”.')).toBeInTheDocument();
    const results = screen.getByRole('list', { name: 'Unit costs in the library' });
    expect(within(results).getAllByRole('listitem')).toHaveLength(3);
    await user.click(
      within(results).getByRole('button', { name: /Add “Temporary accommodation: hostel”/ }),
    );

    const { file } = store.getState();
    const added = file.costLines.at(-1);
    expect(added).toMatchObject({
      name: 'Temporary accommodation: hostel',
      unitCost: '107.45',
      priceYear: 2010,
      unit: 'household per week',
      rate: '0.1',
      bearers: [{ partner: 'housing', share: '1' }],
    });
    expect(readModel(file).ok).toBe(true);
    expect(card('Temporary accommodation: hostel')).toBeInTheDocument();
    expect(screen.getByText(/rate is a placeholder of 0.1/)).toBeInTheDocument();
  });

  it('says when the bearer shares do not total 100%', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CostLinesScreen />);
    const ta = card(TA);
    expect(within(ta).getByText('Shares total 100%')).toBeInTheDocument();
    const share = within(ta).getByRole('textbox', {
      name: /Share borne by Ashdown Council housing/,
    });
    await user.clear(share);
    await user.type(share, '90');
    expect(within(ta).getByText('Shares total 90%: they must total 100%')).toBeInTheDocument();
    expect(readModel(store.getState().file)).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ path: 'costLines[5].bearers' })],
    });

    await user.click(within(ta).getByRole('button', { name: 'Add a bearer' }));
    const second = within(ta).getByRole('combobox', { name: 'Bearer 2' });
    await user.selectOptions(second, 'Ashdown Constabulary');
    const policeShare = within(ta).getByRole('textbox', {
      name: /Share borne by Ashdown Constabulary/,
    });
    await user.clear(policeShare);
    await user.type(policeShare, '10');
    expect(within(ta).getByText('Shares total 100%')).toBeInTheDocument();
    expect(readModel(store.getState().file).ok).toBe(true);
  });

  it('removes a line with the service effects that name it, and says so', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CostLinesScreen />);
    await user.click(
      within(card('Domestic abuse incident: police')).getByRole('button', {
        name: /Remove the cost line/,
      }),
    );
    const { file } = store.getState();
    expect(file.costLines.some((l) => l.id === 'police')).toBe(false);
    expect(
      file.services
        .flatMap((s) => s.effects)
        .some((e) => 'costLine' in e && e.costLine === 'police'),
    ).toBe(false);
    expect(readModel(file).ok).toBe(true);
    expect(
      screen.getByText(/and the effect of “Independent domestic violence advisers.*that named it/),
    ).toBeInTheDocument();
  });

  it('adds a blank line', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CostLinesScreen />);
    await user.click(screen.getByRole('button', { name: 'Add a blank cost line' }));
    expect(store.getState().file.costLines).toHaveLength(11);
    expect(card('Cost line 11')).toBeInTheDocument();
  });
});
