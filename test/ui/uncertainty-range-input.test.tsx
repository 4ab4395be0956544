// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RangeInput } from '../../src/ui/shared/range-input';
import { renderWithStore } from './render-with-store';

const POLICE = 'costLine:police:unitCost';

describe('the range beside an uncertain figure', () => {
  it('shows the default range that follows the figure’s rating', () => {
    renderWithStore(<RangeInput inputKey={POLICE} name="unit cost" format="money" />);
    // The police line is the library's amber-rated £415 (Walby 2009): ±25% is 415 × 0.75 = 311.25 and
    // 415 × 1.25 = 518.75.
    expect(
      screen.getByText('90% range: £311.25 to £518.75, the default for an amber-rated figure.'),
    ).toBeVisible();
  });

  it('shows a figure with no rating at ±50%, kept within what it may be', () => {
    renderWithStore(
      <RangeInput
        inputKey="scenario:five-year:effectiveness"
        name="effectiveness"
        format="percent"
      />,
    );
    // Effectiveness 100%, not rated: 100% − 50% = 50%; 150% is beyond the most it may be, 100%.
    expect(
      screen.getByText('90% range: 50% to 100%, the default for a figure with no rating.'),
    ).toBeVisible();
  });

  it('keeps the boxes closed until asked, and saves a low end with the default high end', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <RangeInput inputKey={POLICE} name="unit cost" format="money" />,
    );
    expect(screen.queryByRole('textbox', { name: 'Low unit cost' })).toBeNull();
    await user.click(screen.getByText('Change the range'));
    const low = screen.getByRole('textbox', { name: 'Low unit cost' });
    expect(low).toHaveValue('311.25');
    expect(screen.getByRole('textbox', { name: 'High unit cost' })).toHaveValue('518.75');
    await user.clear(low);
    await user.type(low, '£300');
    expect(store.getState().file.uncertainty?.ranges).toEqual([
      { input: POLICE, low: '300', high: '518.75' },
    ]);
    expect(screen.getByText('90% range: £300 to £518.75, as set for this figure.')).toBeVisible();
  });

  it('shows the model’s message beside the box with a mistake, and opens by itself to show it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <RangeInput inputKey={POLICE} name="unit cost" format="money" />,
    );
    await user.click(screen.getByText('Change the range'));
    const low = screen.getByRole('textbox', { name: 'Low unit cost' });
    await user.clear(low);
    await user.type(low, '500');
    // 500 is above today's £415: the low end must not be.
    expect(low).toHaveAccessibleDescription(/above today's value \(415\)/);
    expect(low).toHaveAttribute('aria-invalid', 'true');
    // Closing and re-rendering keeps the problem in view: the boxes stay open while it stands.
    act(() => {
      store.getState().edit((d) => {
        d.title = 'Another title';
      });
    });
    expect(screen.getByRole('textbox', { name: 'Low unit cost' })).toBeVisible();
  });

  it('goes back to the default with “Use the default”, and undo brings the range back', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <RangeInput inputKey={POLICE} name="unit cost" format="money" />,
    );
    await user.click(screen.getByText('Change the range'));
    const high = screen.getByRole('textbox', { name: 'High unit cost' });
    await user.clear(high);
    await user.type(high, '600');
    await user.click(
      screen.getByRole('button', { name: 'Use the default range of the unit cost' }),
    );
    expect(store.getState().file.uncertainty).toBeUndefined();
    expect(
      screen.getByText('90% range: £311.25 to £518.75, the default for an amber-rated figure.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /Use the default/ })).toBeNull();
    act(() => {
      store.getState().undo();
    });
    expect(store.getState().file.uncertainty?.ranges).toEqual([
      { input: POLICE, low: '311.25', high: '600' },
    ]);
    expect(screen.getByText('90% range: £311.25 to £600, as set for this figure.')).toBeVisible();
  });

  it('stores a percentage as a fraction', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <RangeInput
        inputKey="scenario:five-year:effectiveness"
        name="effectiveness"
        format="percent"
      />,
    );
    await user.click(screen.getByText('Change the range'));
    const low = screen.getByRole('textbox', { name: 'Low effectiveness' });
    expect(low).toHaveValue('50');
    await user.clear(low);
    await user.type(low, '40');
    expect(store.getState().file.uncertainty?.ranges).toEqual([
      { input: 'scenario:five-year:effectiveness', low: '0.4', high: '1' },
    ]);
  });
});
