// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/model/read-model';
import { CostLinesScreen } from '../../../src/ui/inputs/cost-lines-screen';
import { renderWithStore, workedExample } from '../render-with-store';

const TA = 'Temporary accommodation: bed and breakfast';

function card(name: string | RegExp) {
  return screen.getByRole('region', { name });
}

/** Opens a line's full editor from its row in the table, as a person would. */
async function openCard(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: `Edit ${name}` }));
  return card(name);
}

describe('Costs of doing nothing screen', () => {
  it('updates the yearly cost of a line as its unit cost changes', async () => {
    const user = userEvent.setup();
    // A flat trend holds the MARAC caseload at its latest count, 312 cases a year, and a price year of
    // 2024/25 makes the price factor index(2026/27) / index(2024/25) = 105.3095 / 100 = 1.053095.
    const file = workedExample();
    const marac = file.streams.find((s) => s.id === 'marac');
    const ta = file.costLines.find((l) => l.id === 'ta');
    if (!marac || !ta) throw new Error('the worked example has no MARAC stream or TA line');
    marac.trend = { method: 'flat' };
    ta.priceYear = 2024;
    renderWithStore(<CostLinesScreen />, file);
    const line = await openCard(user, TA);
    const unitCost = within(line).getByRole('textbox', { name: /unit cost/i });
    expect(unitCost).toHaveValue('334.95');
    // Each year: 312 cases × rate 0.2 × 26 weeks = 1,622.4 household-weeks.
    // 1,622.4 × £334.95 = £543,422.88; × 1.053095 = £572,275.9178136 → £572,275.92.
    // Over 10 flat years: £5,722,759.178136 → £5,722,759.18.
    expect(within(line).getByText('2026/27: £572,275.92')).toBeInTheDocument();
    expect(within(line).getByText(/£5,722,759\.18 over 10 years/)).toBeInTheDocument();

    await user.clear(unitCost);
    await user.type(unitCost, '£400');

    // 1,622.4 × £400 = £648,960; × 1.053095 = £683,416.5312 → £683,416.53 a year.
    // Over 10 flat years: £6,834,165.312 → £6,834,165.31.
    expect(await within(line).findByText('2026/27: £683,416.53')).toBeInTheDocument();
    expect(within(line).getByText(/£6,834,165\.31 over 10 years/)).toBeInTheDocument();
    // £400 × 1.053095 = £421.238 → £421.24; the factor to four places is 1.0531.
    expect(
      within(line).getByText(
        'Unit cost £400.00 at 2024/25 prices = £421.24 at 2026/27 prices (× 1.0531).',
      ),
    ).toBeInTheDocument();

    // Every year of the table holds the same flat figures: 312 cases and £683,416.53.
    await user.click(within(line).getByText('Every year'));
    const table = within(line).getByRole('table', {
      name: `Cost of doing nothing for ${TA} by year, real terms at 2026/27 prices`,
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('2026/27');
    expect(within(rows[9]!).getByRole('rowheader')).toHaveTextContent('2035/36');
    for (const row of rows) {
      expect(
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual(['312', '£683,416.53']);
    }
  });

  it('finds temporary accommodation in the library and adds a valid line from it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CostLinesScreen />);
    await user.type(
      screen.getByRole('searchbox', { name: 'Search the unit-cost library' }),
      'temporary accommodation',
    );
    // Bed and breakfast, private-sector leased, hostel, council stock and housing association.
    expect(screen.getByText('5 figures match “temporary accommodation”.')).toBeInTheDocument();
    const results = screen.getByRole('list', { name: 'Unit costs in the library' });
    expect(within(results).getAllByRole('listitem')).toHaveLength(5);
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
    // Adding a line opens its editor.
    expect(card('Temporary accommodation: hostel')).toBeInTheDocument();
    expect(screen.getByText(/rate is a placeholder of 0.1/)).toBeInTheDocument();
  });

  it('says when the bearer shares do not total 100%', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CostLinesScreen />);
    const ta = await openCard(user, TA);
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
      within(await openCard(user, 'Domestic abuse incident: police')).getByRole('button', {
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
    const before = workedExample().costLines.length;
    await user.click(screen.getByRole('button', { name: 'Add a blank cost line' }));
    // A blank line has no name yet, so its editor (open at once) is called by its place in the list.
    expect(store.getState().file.costLines).toHaveLength(before + 1);
    expect(card(`Cost line ${before + 1}`)).toBeInTheDocument();
  });
});
