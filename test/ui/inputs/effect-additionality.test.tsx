// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/model/read-model';
import { netEffectText } from '../../../src/ui/inputs/effect-additionality';
import { ServicesScreen } from '../../../src/ui/inputs/services-screen';
import { renderWithStore } from '../render-with-store';
import { version2Model } from './version-2-model';

/** Opens an item's full editor from its row in the table (once), as the Costs and Services screens now need. */
function openEditor(name: string | RegExp): HTMLElement {
  const open = screen.queryByRole('region', { name });
  if (open) return open;
  const edit = typeof name === 'string' ? `Edit ${name}` : new RegExp(`^Edit ${name.source}`);
  fireEvent.click(screen.getByRole('button', { name: edit }));
  return screen.getByRole('region', { name });
}

describe('netEffectText', () => {
  it('takes off deadweight and keeps the attributed share, and says nothing while a value is not a number', () => {
    // 30% × (1 − 20%) × 80% = 0.3 × 0.8 × 0.8 = 0.192.
    expect(
      netEffectText({ stream: 'marac', reduction: '0.3', deadweight: '0.2', attribution: '0.8' }),
    ).toBe('19.2%');
    // Left out, deadweight is 0 and attribution 1: the net effect is the reduction.
    expect(netEffectText({ costLine: 'ta', reduction: '0.125' })).toBe('12.5%');
    expect(netEffectText({ costLine: 'ta', reduction: '0.125', deadweight: 'a lot' })).toBeNull();
  });
});

describe('An effect’s deadweight, attribution and source', () => {
  it('edits each, with its meaning beside it, and shows the net effect', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ServicesScreen />, version2Model());
    const perp = openEditor(/Perpetrator/);
    const effect = () => store.getState().file.services[1]?.effects[0];
    const net = () => within(perp).getByText('Net effect 1').parentElement;
    // The first effect takes 6% off the victims stream.
    expect(net()).toHaveTextContent('6%');

    const deadweight = within(perp).getByRole('textbox', { name: 'Deadweight of effect 1' });
    expect(deadweight).toHaveAccessibleDescription(
      'The share of this change that would have happened anyway.',
    );
    await user.clear(deadweight);
    await user.type(deadweight, '25');
    expect(effect()?.deadweight).toBe('0.25');
    // 6% × (1 − 25%) = 0.06 × 0.75 = 0.045.
    expect(net()).toHaveTextContent('4.5%');

    const attribution = within(perp).getByRole('textbox', { name: 'Attribution of effect 1' });
    expect(attribution).toHaveValue('100');
    expect(attribution).toHaveAccessibleDescription(
      'The share of the change owed to this service rather than to others.',
    );
    await user.clear(attribution);
    await user.type(attribution, '80');
    expect(effect()?.attribution).toBe('0.8');
    // 0.06 × 0.75 × 0.8 = 0.036.
    expect(net()).toHaveTextContent('3.6%');

    const source = within(perp).getByRole('textbox', { name: 'Source of effect 1' });
    expect(source).toHaveAccessibleDescription(/Where the reduction, deadweight and attribution/);
    await user.type(source, 'Project Mirabal (2015)');
    expect(effect()?.source).toBe('Project Mirabal (2015)');
    expect(readModel(store.getState().file).ok).toBe(true);

    // Text that is not a number stays in its box with a message, and the net effect is not shown.
    await user.clear(deadweight);
    await user.type(deadweight, 'some');
    expect(deadweight).toHaveAccessibleDescription(/should be a percentage/);
    expect(net()).not.toHaveTextContent('%');
  });

  it('shows a deadweight above 100% beside its box', async () => {
    const user = userEvent.setup();
    renderWithStore(<ServicesScreen />, version2Model());
    const perp = openEditor(/Perpetrator/);
    const deadweight = within(perp).getByRole('textbox', { name: 'Deadweight of effect 2' });
    await user.clear(deadweight);
    await user.type(deadweight, '120');
    expect(deadweight).toHaveAttribute('aria-invalid', 'true');
    expect(deadweight).toHaveAccessibleDescription(/deadweight/i);
  });

  it('keeps deadweight, attribution and source when the effect is moved to another target', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ServicesScreen />, version2Model());
    const perp = openEditor(/Perpetrator/);
    await user.type(within(perp).getByRole('textbox', { name: 'Source of effect 2' }), 'Trial');
    const attribution = within(perp).getByRole('textbox', { name: 'Attribution of effect 2' });
    await user.clear(attribution);
    await user.type(attribution, '50');
    await user.selectOptions(
      within(perp).getByRole('combobox', { name: 'Effect 2 reduces' }),
      'stream:marac',
    );
    expect(store.getState().file.services[1]?.effects[1]).toEqual({
      stream: 'marac',
      reduction: '0.05',
      deadweight: '0',
      attribution: '0.5',
      source: 'Trial',
    });
  });
});
