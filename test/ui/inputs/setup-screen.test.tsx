// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SetupScreen } from '../../../src/ui/inputs/setup-screen';
import { renderWithStore } from '../render-with-store';

describe('Set-up screen', () => {
  it('edits the title and records it as one undo step', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SetupScreen />);
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Northshire');
    expect(store.getState().file.title).toBe('Northshire');
    // Clearing the box and typing ten letters is one step: a single undo brings back the old title,
    // not "Northshir" (one letter less) or an empty title.
    store.getState().undo();
    expect(store.getState().file.title).toBe(
      'Worked example: Ashdown domestic abuse partnership (illustrative)',
    );
  });

  it('stores a discount rate typed as a percentage as a fraction', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SetupScreen />);
    const rate = screen.getByRole('textbox', { name: 'Discount rate' });
    expect(rate).toHaveValue('3.5');
    await user.clear(rate);
    await user.type(rate, '5');
    expect(store.getState().file.discountRate).toBe('0.05');
  });

  it('shows a message beside a horizon that is out of range, and one beside text that is not a number', async () => {
    const user = userEvent.setup();
    renderWithStore(<SetupScreen />);
    const horizon = screen.getByRole('textbox', { name: /Horizon/ });
    await user.clear(horizon);
    await user.type(horizon, '60');
    expect(horizon).toHaveAccessibleDescription(/should be from 1 to 50/);
    await user.clear(horizon);
    await user.type(horizon, 'ten');
    expect(horizon).toHaveAttribute('aria-invalid', 'true');
    expect(horizon).toHaveAccessibleDescription(/whole number/);
  });

  it('copies the built-in price index into the model when a value is edited', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SetupScreen />);
    expect(store.getState().file.priceIndex).toBeUndefined();
    const index2030 = screen.getByRole('textbox', { name: 'Index for 2030/31' });
    await user.clear(index2030);
    await user.type(index2030, '114');
    expect(store.getState().file.priceIndex?.['2030']).toBe('114');
    expect(store.getState().file.priceIndex?.['2024']).toBe('100.0000');
  });
});
