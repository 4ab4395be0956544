// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LibraryPanel } from '../../src/ui/inputs/library-panel';
import { renderWithStore, workedExample } from './render-with-store';

function entryItem(name: string): HTMLElement {
  const results = screen.getByRole('list', { name: 'Unit costs in the library' });
  const heading = within(results).getByRole('heading', { name });
  const item = heading.closest('li');
  if (!item) throw new Error(`no list item for ${name}`);
  return item;
}

async function search(text: string): Promise<void> {
  const user = userEvent.setup();
  const box = screen.getByRole('searchbox', { name: 'Search the unit-cost library' });
  await user.clear(box);
  await user.type(box, text);
}

describe('Library panel', () => {
  it('says what "per incident" and "per victim" mean before anyone picks', () => {
    renderWithStore(<LibraryPanel onAdd={vi.fn()} />);
    const meanings = screen.getByText('Per incident', { selector: 'dt' }).closest('dl');
    if (!meanings) throw new Error('no list of meanings');
    expect(meanings).toHaveTextContent(
      'Per incident means an average over all incidents, most of them never reported to anyone',
    );
    expect(meanings).toHaveTextContent('Per victim means the cost of each victim abused in a year');
    expect(meanings).toHaveTextContent('most of it is harm to victims and lost output');
    expect(meanings).toHaveTextContent(/only they make the financial case/);
    // The meanings come before the search box and the figures.
    const box = screen.getByRole('searchbox', { name: 'Search the unit-cost library' });
    expect(meanings.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("shows each entry's value type, confidence and cashable default", async () => {
    renderWithStore(<LibraryPanel onAdd={vi.fn()} />);
    await search('bed and breakfast');
    expect(entryItem('Temporary accommodation: bed and breakfast')).toHaveTextContent(
      "Value type: fiscal (a public body's budget). Confidence: amber. Cashable: yes, by default.",
    );
    await search('economic cost');
    expect(
      entryItem('Domestic abuse incident: economic cost to victims and employers'),
    ).toHaveTextContent(
      'Value type: economic (a cost to the economy, not to public budgets). Confidence: amber (UCD CR2.0). Cashable: never (only fiscal value can be).',
    );
    await search('child in need');
    expect(entryItem('Child in need, case management')).toHaveTextContent(
      'Confidence: green (UCD SS5.0). Cashable: no, by default.',
    );
    expect(entryItem('Child in need, case management')).toHaveTextContent(
      'Already includes: Section 47 enquiry.',
    );
    await search('IDVA');
    expect(entryItem('Independent domestic violence adviser (IDVA) support')).toHaveTextContent(
      '£500 per high-risk case, at 2011/12 prices (an assumption: the source gives no price year).',
    );
  });

  it('never offers a replaced entry', async () => {
    renderWithStore(<LibraryPanel onAdd={vi.fn()} />);
    // 36 entries shipped first, 7 added; the 3 replaced ones are not offered: 36 + 7 − 3 = 40.
    expect(screen.getByRole('status')).toHaveTextContent('All 40 figures in the library.');
    await search('refuge');
    const results = screen.getByRole('list', { name: 'Unit costs in the library' });
    expect(
      within(results)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Refuge room: housing benefit']);
    await search('excluding police');
    expect(
      within(screen.getByRole('list', { name: 'Unit costs in the library' }))
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Domestic abuse incident: criminal justice excluding police, and civil legal aid']);
  });

  it('finds figures by value type', async () => {
    renderWithStore(<LibraryPanel onAdd={vi.fn()} />);
    await search('economic');
    expect(
      within(screen.getByRole('list', { name: 'Unit costs in the library' }))
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Domestic abuse incident: economic cost to victims and employers']);
  });

  it('adds the entry picked', async () => {
    const onAdd = vi.fn();
    renderWithStore(<LibraryPanel onAdd={onAdd} />);
    await search('council stock');
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: /Add “Temporary accommodation: council stock”/ }));
    expect(onAdd).toHaveBeenCalledTimes(1);
    expect(onAdd.mock.calls[0]?.[0]).toMatchObject({ id: 'ta-council-stock', unitCost: '98' });
  });

  it('lists costs the model counts twice, and updates as lines change', () => {
    const file = workedExample();
    // The worked example holds child in need but leaves out the section 47 enquiry it contains; add the
    // enquiry as the library has it (its five fields typed out) so the model counts it twice.
    expect(file.costLines.map((l) => l.name)).toContain('Child in need, case management');
    file.costLines.push({
      id: 's47',
      name: 'Section 47 enquiry',
      stream: 'children',
      rate: '0.12',
      unit: 'enquiry',
      unitCost: '511',
      priceYear: 2008,
      bearers: [{ partner: 'children', share: '1' }],
      source: 'GMCA / New Economy Unit Cost Database v1.4 (March 2015)',
    });
    const { store } = renderWithStore(<LibraryPanel onAdd={vi.fn()} />, file);
    expect(screen.getByRole('list', { name: 'Costs counted twice' })).toHaveTextContent(
      '“Section 47 enquiry” is already inside “Child in need, case management”: counting both counts it twice.',
    );
    act(() => {
      store.getState().edit((d) => {
        d.costLines = d.costLines.filter((l) => l.id !== 's47');
      });
    });
    expect(screen.queryByRole('list', { name: 'Costs counted twice' })).toBeNull();
  });
});
