// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/model/read-model';
import { ServicesScreen } from '../../../src/ui/inputs/services-screen';
import { renderWithStore } from '../render-with-store';

const IDVA = /Independent domestic violence advisers/;

describe('Services screen', () => {
  it('edits costs as money and rates as percentages', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ServicesScreen />);
    const idva = screen.getByRole('region', { name: IDVA });
    const annual = within(idva).getByRole('textbox', { name: 'Annual cost' });
    await user.clear(annual);
    await user.type(annual, '£450,000');
    const dropOff = within(idva).getByRole('textbox', { name: 'Drop-off per year' });
    expect(dropOff).toHaveAccessibleDescription(/fades in a year once the service stops/);
    await user.clear(dropOff);
    await user.type(dropOff, '40');
    const bias = within(idva).getByRole('textbox', { name: 'Optimism bias' });
    expect(bias).toHaveAccessibleDescription(/Green Book/);
    const service = store.getState().file.services[0];
    expect(service?.annualCost).toBe('450000');
    expect(service?.dropOffPerYear).toBe('0.4');
  });

  it('offers cost lines and whole streams as targets, and adds and removes effects', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ServicesScreen />);
    const perp = screen.getByRole('region', { name: /Perpetrator/ });
    const first = within(perp).getByRole('combobox', { name: 'Effect 1 reduces' });
    expect(within(first).getByRole('group', { name: 'Cost lines' })).toBeInTheDocument();
    expect(within(first).getByRole('group', { name: 'Whole streams' })).toBeInTheDocument();
    expect(first).toHaveValue('stream:victims');

    await user.click(within(perp).getByRole('button', { name: 'Add an effect' }));
    const third = within(perp).getByRole('combobox', { name: 'Effect 3 reduces' });
    await user.selectOptions(third, 'Temporary accommodation: bed and breakfast');
    const reduction = within(perp).getByRole('textbox', { name: 'Reduction by effect 3' });
    await user.clear(reduction);
    await user.type(reduction, '12.5');
    expect(store.getState().file.services[1]?.effects[2]).toEqual({
      costLine: 'ta',
      reduction: '0.125',
    });
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
    expect(screen.getByRole('region', { name: 'Service 3' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Remove the service Independent/ }));
    expect(store.getState().file.services.map((s) => s.id)).toEqual(['perp', 'service-1']);
    expect(screen.getByText(/Removed the service “Independent/)).toBeInTheDocument();
  });
});
