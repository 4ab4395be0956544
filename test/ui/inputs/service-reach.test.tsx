// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/model/read-model';
import { ServicesScreen } from '../../../src/ui/inputs/services-screen';
import { renderWithStore } from '../render-with-store';
import { STREAM_NAMES, version2Model } from './version-2-model';

/** Opens an item's full editor from its row in the table (once), as the Costs and Services screens now need. */
function openEditor(name: string | RegExp): HTMLElement {
  const open = screen.queryByRole('region', { name });
  if (open) return open;
  const edit = typeof name === 'string' ? `Edit ${name}` : new RegExp(`^Edit ${name.source}`);
  fireEvent.click(screen.getByRole('button', { name: edit }));
  return screen.getByRole('region', { name });
}

/** The perpetrator programme leaves out whom it reaches; its effects work on victims and children. */
function perpetratorReach() {
  const perp = openEditor(/Perpetrator/);
  return within(perp).getByRole('group', { name: 'Who it reaches' });
}

describe('Who a service reaches', () => {
  it('shows each caseload a service lists, with its share reached and cases a year', () => {
    renderWithStore(<ServicesScreen />, version2Model());
    const idva = openEditor('IDVA service');
    const reach = within(idva).getByRole('group', { name: 'Who it reaches' });
    expect(
      within(reach).getByRole('textbox', { name: `Share of ${STREAM_NAMES.marac} reached` }),
    ).toHaveValue('80');
    expect(
      within(reach).getByRole('textbox', { name: `Cases of ${STREAM_NAMES.marac} a year at most` }),
    ).toHaveValue('250');
  });

  it('explains the default, and the first caseload added starts the list with those the effects name', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ServicesScreen />, version2Model());
    const reach = perpetratorReach();
    expect(
      within(reach).getByText(
        'Left empty, the service reaches every case of the caseloads its effects name.',
      ),
    ).toBeInTheDocument();
    expect(store.getState().file.services[1]?.reach).toBeUndefined();

    const choice = within(reach).getByRole('combobox', { name: 'Caseload to add' });
    expect(choice).toHaveAccessibleDescription(/not listed yet/);
    await user.selectOptions(choice, 'marac');
    await user.click(within(reach).getByRole('button', { name: 'Add the caseload' }));
    // Its effects work on victims and children: both are listed first, at 100%, then MARAC.
    expect(store.getState().file.services[1]?.reach).toEqual([
      { stream: 'victims', coverage: '1' },
      { stream: 'children', coverage: '1' },
      { stream: 'marac', coverage: '1' },
    ]);
    expect(readModel(store.getState().file).ok).toBe(true);
    // Every stream is listed now, so there is nothing left to add.
    expect(within(reach).queryByRole('combobox', { name: 'Caseload to add' })).toBeNull();
  });

  it('edits the share reached and the cases a year, a blank box meaning no limit', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ServicesScreen />, version2Model());
    const reach = perpetratorReach();
    await user.selectOptions(
      within(reach).getByRole('combobox', { name: 'Caseload to add' }),
      'victims',
    );
    await user.click(within(reach).getByRole('button', { name: 'Add the caseload' }));
    const rows = () => store.getState().file.services[1]?.reach;
    expect(rows()?.map((r) => r.stream)).toEqual(['victims', 'children']);

    const victims = within(reach).getAllByRole('textbox', { name: /^Share of .* reached$/ })[0]!;
    expect(victims).toHaveValue('100');
    expect(victims).toHaveAccessibleDescription(/share of this caseload’s cases/);
    await user.clear(victims);
    await user.type(victims, '60');
    expect(rows()?.[0]?.coverage).toBe('0.6');

    const capacity = within(reach).getAllByRole('textbox', { name: /a year at most$/ })[0]!;
    expect(capacity).toHaveAccessibleDescription(/Blank for no limit/);
    await user.type(capacity, '400');
    expect(rows()?.[0]).toEqual({ stream: 'victims', coverage: '0.6', capacity: '400' });
    await user.clear(capacity);
    expect(rows()?.[0]).toEqual({ stream: 'victims', coverage: '0.6' });

    await user.type(capacity, '-5');
    expect(capacity).toHaveAccessibleDescription(/capacity/i);
    expect(capacity).toHaveAttribute('aria-invalid', 'true');
  });

  it('says beside an effect when its caseload is taken out of the reach, and an empty list is the default again', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ServicesScreen />, version2Model());
    const reach = perpetratorReach();
    await user.selectOptions(
      within(reach).getByRole('combobox', { name: 'Caseload to add' }),
      'victims',
    );
    await user.click(within(reach).getByRole('button', { name: 'Add the caseload' }));
    await user.click(
      within(reach).getByRole('button', { name: `Remove the caseload ${STREAM_NAMES.children}` }),
    );
    const perp = openEditor(/Perpetrator/);
    expect(
      within(perp).getByRole('combobox', { name: 'Effect 2 reduces' }),
    ).toHaveAccessibleDescription(/which the service does not reach/);
    await user.click(
      within(reach).getByRole('button', { name: `Remove the caseload ${STREAM_NAMES.victims}` }),
    );
    expect(store.getState().file.services[1]?.reach).toBeUndefined();
    expect(readModel(store.getState().file).ok).toBe(true);
  });
});
