// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ServicesScreen } from '../../../src/ui/inputs/services-screen';
import { fieldId } from '../../../src/ui/shared/use-field-problem';
import { renderWithStore } from '../render-with-store';

const IDVA = 'Independent domestic violence advisers (IDVA) for high-risk victims';
const PERP = 'Perpetrator behaviour-change programme';

function table() {
  return screen.getByRole('table', { name: /^Services/ });
}

function names(): string[] {
  return within(table())
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('button').textContent);
}

describe('The table of services', () => {
  it('shows each service’s costs and timings, and sorts by a column', async () => {
    const user = userEvent.setup();
    renderWithStore(<ServicesScreen />);
    const idva = within(table()).getByRole('row', { name: new RegExp(`^${IDVA.slice(0, 20)}`) });
    // The worked example's IDVA service: £320,000 a year, £60,000 to set up, £25,000 a renewal,
    // 6 months' ramp-up, 2 benefit years, 10% optimism bias on costs and 4 effects.
    expect(
      within(idva)
        .getAllByRole('cell')
        .slice(0, 7)
        .map((c) => c.textContent),
    ).toEqual(['£320,000', '£60,000', '£25,000', '6 months', '2 years', '10%', '4']);
    expect(names()).toEqual([IDVA, PERP]);
    // The programme costs £180,000 a year, less than the IDVA service's £320,000.
    await user.click(within(table()).getByRole('button', { name: 'Annual cost' }));
    expect(names()).toEqual([PERP, IDVA]);
    await user.click(within(table()).getByRole('button', { name: 'Annual cost' }));
    expect(names()).toEqual([IDVA, PERP]);
  });

  it('opens a service’s editor from its row and goes back', async () => {
    const user = userEvent.setup();
    renderWithStore(<ServicesScreen />);
    await user.click(screen.getByRole('button', { name: `Edit ${PERP}` }));
    expect(screen.getByRole('region', { name: PERP })).toBeInTheDocument();
    await waitFor(() => {
      expect(document.activeElement?.id).toBe(fieldId('services[1].name'));
    });
    await user.click(screen.getAllByRole('button', { name: 'Back to the table' })[1]!);
    expect(screen.queryByRole('region', { name: PERP })).toBeNull();
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: `Edit ${PERP}` }));
    });
  });

  it('previews pasted services and adds only the good ones, once confirmed', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ServicesScreen />);
    await user.click(screen.getByRole('button', { name: 'Paste rows from a spreadsheet' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Rows to add, with a heading row' }),
      'Name,Annual cost,Benefit years\nOutreach,"£120,000",2\nHelpline,free,1',
    );
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    const preview = screen.getByRole('table', { name: /^What the pasted rows would add/ });
    expect(within(preview).getByRole('row', { name: /^Row 3/ })).toHaveTextContent(/"free"/);
    expect(within(preview).getByRole('row', { name: /^Row 2/ })).toHaveTextContent(
      'Outreach: £120,000 a year, no effects yet.',
    );
    expect(store.getState().file.services).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Add 1 service' }));
    expect(store.getState().file.services.map((s) => s.name)).toEqual([IDVA, PERP, 'Outreach']);
  });
});
