// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SetupScreen } from '../../../src/ui/inputs/setup-screen';
import { renderWithStore } from '../render-with-store';
import { version2Model } from './version-2-model';

describe('The long-term discount rate', () => {
  it('starts at the Green Book 3%, says when it is used, and stores a percentage as a fraction', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SetupScreen />, version2Model());
    const rate = screen.getByRole('textbox', { name: 'Long-term discount rate' });
    expect(rate).toHaveValue('3');
    expect(rate).toHaveAccessibleDescription(/3\.0% for years 31 to 75/);
    await user.clear(rate);
    await user.type(rate, '2.5');
    expect(store.getState().file.longTermDiscountRate).toBe('0.025');
    await user.clear(rate);
    await user.type(rate, '150');
    expect(rate).toHaveAttribute('aria-invalid', 'true');
    expect(rate).toHaveAccessibleDescription(/long-term discount rate/i);
  });
});
