// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../../src/model/model-file';
import { readModel } from '../../../src/model/read-model';
import { ScenariosScreen } from '../../../src/ui/inputs/scenarios-screen';
import { ServicesScreen } from '../../../src/ui/inputs/services-screen';
import { PartnersScreen } from '../../../src/ui/inputs/partners-screen';
import { domIdPart } from '../../../src/ui/shared/dom-id';
import { fieldId } from '../../../src/ui/shared/use-field-problem';
import { renderWithStore, workedExample } from '../render-with-store';

/** Opens an item's full editor from its row in the table (once), as the Costs and Services screens now need. */
function openEditor(name: string | RegExp): HTMLElement {
  const open = screen.queryByRole('region', { name });
  if (open) return open;
  const edit = typeof name === 'string' ? `Edit ${name}` : new RegExp(`^Edit ${name.source}`);
  fireEvent.click(screen.getByRole('button', { name: edit }));
  return screen.getByRole('region', { name });
}

/** The worked example with two partners whose ids differ only in punctuation. */
function withPunctuatedPartners(): ModelFile {
  const file = workedExample();
  file.partners.push(
    { id: 'a.b', name: 'Partner dot', kind: 'other' },
    { id: 'a-b', name: 'Partner dash', kind: 'other' },
  );
  const three = file.scenarios[1];
  if (!three) throw new Error('the worked example has a second scenario');
  three.contributions = { rule: 'equal', contributors: ['council', 'a.b', 'a-b'] };
  return file;
}

/** The worked example whose services are called month, __proto__ and constructor. */
function withAwkwardServiceIds(): ModelFile {
  const file = workedExample();
  const [idva, perp] = file.services;
  if (!idva || !perp) throw new Error('the worked example has two services');
  file.services = [
    { ...idva, id: '__proto__', name: 'Proto service' },
    { ...perp, id: 'month', name: 'Month service' },
    { ...perp, id: 'constructor', name: 'Constructor service', annualCost: '90000' },
  ];
  return file;
}

describe('DOM ids from model ids', () => {
  it('encodes every character but letters, digits and hyphens, so distinct texts stay distinct', () => {
    // '.' is U+002E, '_' U+005F, 'é' U+00E9 (two hex digits), '€' U+20AC (u and four).
    expect(domIdPart('a.b')).toBe('a_2eb');
    expect(domIdPart('a-b')).toBe('a-b');
    expect(domIdPart('a_b')).toBe('a_5fb');
    expect(domIdPart('a_2eb')).toBe('a_5f2eb');
    expect(domIdPart('café €')).toBe('caf_e9_20_u20ac');
    expect(fieldId('partners[0].name')).toBe('field-partners_5b0_5d_2ename');
  });

  it('gives partners a.b and a-b their own contributor checkboxes', async () => {
    const user = userEvent.setup();
    const { store, container } = renderWithStore(<ScenariosScreen />, withPunctuatedPartners());
    expect(readModel(store.getState().file).ok).toBe(true);
    const three = screen.getByRole('region', { name: 'Three-year commitment' });
    const dot = within(three).getByRole('checkbox', { name: 'Partner dot' });
    const dash = within(three).getByRole('checkbox', { name: 'Partner dash' });
    expect(dot.id).not.toBe(dash.id);
    // No two elements on the screen share an id.
    const ids = [...container.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);

    expect(dot).toBeChecked();
    expect(dash).toBeChecked();
    await user.click(dot);
    expect(dot).not.toBeChecked();
    expect(dash).toBeChecked();
    expect(store.getState().file.scenarios[1]?.contributions?.contributors).toEqual([
      'council',
      'a-b',
    ]);
  });

  it('gives partners a.b and a-b their own remove buttons and name fields', () => {
    const { container } = renderWithStore(<PartnersScreen />, withPunctuatedPartners());
    expect(screen.getByRole('button', { name: 'Remove Partner dot' }).id).toBe(
      'remove-partner-a_2eb',
    );
    expect(screen.getByRole('button', { name: 'Remove Partner dash' }).id).toBe(
      'remove-partner-a-b',
    );
    const ids = [...container.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('Service ids that are also object keys', () => {
  it('edits and describes services called __proto__, month and constructor like any other', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ServicesScreen />, withAwkwardServiceIds());
    expect(readModel(store.getState().file).ok).toBe(true);
    const month = openEditor('Month service');
    const annual = within(month).getByRole('textbox', { name: 'Annual cost' });
    await user.clear(annual);
    await user.type(annual, '123');
    const services = store.getState().file.services;
    // Only the month service changed: __proto__ keeps the IDVA service's cost from the example.
    const idvaCost = workedExample().services[0]?.annualCost;
    expect(idvaCost).toMatch(/^\d+$/);
    expect(services.map((s) => [s.id, s.annualCost])).toEqual([
      ['__proto__', idvaCost],
      ['month', '123'],
      ['constructor', '90000'],
    ]);
  });

  it('lists every one of them in the effectiveness summary and table', async () => {
    const user = userEvent.setup();
    renderWithStore(<ScenariosScreen />, withAwkwardServiceIds());
    const three = screen.getByRole('region', { name: 'Three-year commitment' });
    // Funded for all 10 years of 2026/27–2035/36, so each sentence ends "funded to the end of 2035/36".
    for (const name of ['Proto service', 'Month service', 'Constructor service'])
      expect(
        await within(three).findByText(
          new RegExp(`^${name}: .* is funded to the end of 2035/36\\.$`),
        ),
      ).toBeInTheDocument();
    await user.click(within(three).getByText('Operating level by year (table)'));
    const table = within(three).getByRole('table', {
      name: /Operating level \(mean of the months\) each year/,
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Financial year', 'Proto service', 'Month service', 'Constructor service']);
  });
});
