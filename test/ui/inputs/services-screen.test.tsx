// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/model/read-model';
import { ServicesScreen } from '../../../src/ui/inputs/services-screen';
import { renderWithStore } from '../render-with-store';
import { version2Model } from './version-2-model';

const IDVA = /Independent domestic violence advisers/;

/** Opens a service's full editor from its row in the table, as a person would. */
async function openCard(user: ReturnType<typeof userEvent.setup>, name: string | RegExp) {
  const edit = typeof name === 'string' ? `Edit ${name}` : new RegExp(`^Edit ${name.source}`);
  await user.click(screen.getByRole('button', { name: edit }));
  return screen.getByRole('region', { name });
}

describe('Services screen', () => {
  it('edits costs as money and rates as percentages', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ServicesScreen />);
    const idva = await openCard(user, IDVA);
    const annual = within(idva).getByRole('textbox', { name: 'Annual cost' });
    await user.clear(annual);
    await user.type(annual, '£450,000');
    const dropOff = within(idva).getByRole('textbox', { name: 'Drop-off per year' });
    expect(dropOff).toHaveAccessibleDescription(/remaining benefit lost each year after the first/);
    await user.clear(dropOff);
    await user.type(dropOff, '40');
    const bias = within(idva).getByRole('textbox', { name: 'Optimism bias on benefits' });
    expect(bias).toHaveAccessibleDescription(/Green Book/);
    const service = store.getState().file.services[0];
    expect(service?.annualCost).toBe('450000');
    expect(service?.dropOffPerYear).toBe('0.4');
  });

  it('edits how long the benefit lasts and the optimism bias on costs', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ServicesScreen />, version2Model());
    const idva = await openCard(user, 'IDVA service');
    const lasting = within(idva).getByRole('group', { name: 'How long the benefit lasts' });
    expect(
      within(lasting).getByText(/keeps benefiting for this many years, falling by the drop-off/),
    ).toBeInTheDocument();
    const years = within(lasting).getByRole('textbox', { name: 'Benefit years' });
    expect(years).toHaveValue('1');
    await user.clear(years);
    await user.type(years, '3');
    expect(store.getState().file.services[0]?.benefitYears).toBe(3);
    await user.clear(years);
    await user.type(years, '60');
    expect(years).toHaveAccessibleDescription(/should be from 1 to 50/);

    const costBias = within(idva).getByRole('textbox', { name: 'Optimism bias on costs' });
    expect(costBias).toHaveAccessibleDescription(/usual overrun; it is paid from the pool/);
    await user.clear(costBias);
    await user.type(costBias, '150');
    expect(store.getState().file.services[0]?.costOptimismBias).toBe('1.5');
    // Up to 200% is allowed; more is refused beside the box.
    await user.clear(costBias);
    await user.type(costBias, '250');
    expect(store.getState().file.services[0]?.costOptimismBias).toBe('2.5');
    expect(costBias).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers cost lines and whole streams as targets, and adds and removes effects', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ServicesScreen />, version2Model());
    const perp = await openCard(user, /Perpetrator/);
    const first = within(perp).getByRole('combobox', { name: 'Effect 1 reduces' });
    expect(within(first).getByRole('group', { name: 'Cost lines' })).toBeInTheDocument();
    expect(within(first).getByRole('group', { name: 'Whole streams' })).toBeInTheDocument();
    expect(first).toHaveValue('stream:victims');

    await user.click(within(perp).getByRole('button', { name: 'Add an effect' }));
    const third = within(perp).getByRole('combobox', { name: 'Effect 3 reduces' });
    await user.selectOptions(third, 'Temporary accommodation');
    const reduction = within(perp).getByRole('textbox', { name: 'Reduction by effect 3' });
    await user.clear(reduction);
    await user.type(reduction, '12.5');
    expect(store.getState().file.services[1]?.effects[2]).toEqual({
      costLine: 'ta',
      reduction: '0.125',
      deadweight: '0',
      attribution: '1',
      source: '',
    });
    // The perpetrator programme leaves out whom it reaches, so it reaches the MARAC stream of the
    // accommodation line as soon as an effect names it.
    expect(readModel(store.getState().file).ok).toBe(true);

    await user.click(within(perp).getByRole('button', { name: 'Remove effect 1' }));
    expect(
      store.getState().file.services[1]?.effects.map((e) => 'stream' in e && e.stream),
    ).toEqual(['children', false]);
  });

  it('adds and removes a service', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ServicesScreen />);
    await user.click(screen.getByRole('button', { name: 'Add a service' }));
    expect(store.getState().file.services).toHaveLength(3);
    // Adding a service opens its editor.
    expect(screen.getByRole('region', { name: 'Service 3' })).toBeInTheDocument();
    await openCard(user, IDVA);
    await user.click(screen.getByRole('button', { name: /Remove the service Independent/ }));
    expect(store.getState().file.services.map((s) => s.id)).toEqual(['perp', 'service-1']);
    expect(screen.getByText(/Removed the service “Independent/)).toBeInTheDocument();
  });
});
