// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OverviewScreen } from '../../../src/ui/overview/overview-screen';
import { renderWithStore } from '../render-with-store';
import { storyModel } from './story-model';

/** The cells of a table row, found by its row heading. */
function rowCells(table: HTMLElement, heading: string): string[] {
  const row = within(table).getByRole('rowheader', { name: heading }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

async function story(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name: 'The story in brief' });
  return heading.parentElement!.querySelector('p')!;
}

// Figures worked by hand in story-model.ts.
describe('Overview screen', () => {
  it('tells the story with its figures, and each figure leads to the screen behind it', async () => {
    const onNavigate = vi.fn();
    renderWithStore(<OverviewScreen onNavigate={onNavigate} />, storyModel());
    const paragraph = await story();
    expect(paragraph).toHaveTextContent(
      /^Doing nothing costs the partners’ budgets £1,800 over two years in present value, and £1,000 a year by 2027\/28/,
    );
    expect(paragraph).toHaveTextContent('saves £80 more than Annual grants');
    await userEvent.click(within(paragraph).getByRole('link', { name: '£80 more' }));
    expect(onNavigate).toHaveBeenLastCalledWith('results');
    await userEvent.click(within(paragraph).getByRole('link', { name: '£1,800 over two years' }));
    expect(onNavigate).toHaveBeenLastCalledWith('costs');
    expect(within(paragraph).getByRole('link', { name: '£60' })).toHaveAttribute(
      'href',
      '?screen=results',
    );
  });

  it('shows both cases of every scenario and the chart that carries the argument, with its table', async () => {
    renderWithStore(<OverviewScreen onNavigate={vi.fn()} />, storyModel());
    const cases = await screen.findByRole('table', {
      name: /financial and economic cases side by side/,
    });
    // Two-year contract: financial 60, 1.07, 2027/28; economic 420, 1.50, and the economic running PV
    // is 700 − 600 = 100 ≥ 0 in the first year: 2026/27.
    expect(rowCells(cases, 'Two-year contract')).toEqual([
      '£60',
      '1.07',
      '2027/28',
      '£420',
      '1.50',
      '2026/27',
    ]);
    const chart = screen.getByRole('figure', { name: 'Cumulative financial net saving by year' });
    // Running financial PV by 2027/28: Two-year contract 60, Annual grants −20, pilot −100 + 0 = −100.
    expect(chart).toHaveTextContent(
      'Two-year contract ends with the largest cumulative financial net saving: £60 by 2027/28 in present value. 1 of 3 scenarios end at or above zero',
    );
    await userEvent.click(within(chart).getByText('Show the table'));
    const table = within(chart).getByRole('table');
    // 2026/27: 500 − 600 = −100 for both funded scenarios and the pilot.
    expect(rowCells(table, '2026/27')).toEqual(['−£100', '−£100', '−£100']);
    expect(rowCells(table, '2027/28')).toEqual(['£60', '−£20', '−£100']);
  });

  it('names the paying partners who gain most and least under the best scenario', async () => {
    const file = storyModel();
    // A voluntary-sector partner that bears no cost and does not pay under the Two-year contract: the
    // council and the police still share its pool equally, so no figure changes, and it has nothing at
    // stake there, so it is left out.
    file.partners.push({ id: 'vcs', name: 'Voluntary sector', kind: 'voluntary' });
    file.scenarios[0] = {
      ...file.scenarios[0]!,
      contributions: { rule: 'equal', contributors: ['council', 'police'] },
    };
    renderWithStore(<OverviewScreen onNavigate={vi.fn()} />, file);
    const heading = await screen.findByRole('heading', { name: 'Who gains most and least' });
    const section = heading.parentElement!;
    // Council 675 − 420 = 255; police 225 − 420 = −195. Victims and families never pay: left out.
    expect(section).toHaveTextContent(
      'Under Two-year contract, Council gains most (£255 in present value) and Police gains least (−£195)',
    );
    const table = within(section).getByRole('table');
    expect(rowCells(table, 'Council')).toEqual(['£675', '£420', '£255']);
    expect(rowCells(table, 'Police')).toEqual(['£225', '£420', '−£195']);
    expect(within(table).queryByRole('rowheader', { name: 'Victims and families' })).toBeNull();
    expect(within(table).queryByRole('rowheader', { name: 'Voluntary sector' })).toBeNull();
  });

  it('lists the assumptions that matter most, with the library’s confidence where a line came from it', async () => {
    renderWithStore(<OverviewScreen onNavigate={vi.fn()} />, storyModel());
    const lines = await screen.findByRole('table', { name: /largest cost lines/ });
    // Shares of the do-nothing PV of 2,700: 1,800 → 66.7%, 900 → 33.3%, the rate-0 line 0%.
    expect(rowCells(lines, 'Temporary accommodation')).toEqual([
      'Fiscal',
      '66.7%',
      'Local housing records',
      'Not rated',
    ]);
    expect(rowCells(lines, 'Lost output')).toEqual([
      'Economic',
      '33.3%',
      'Local estimate',
      'Not rated',
    ]);
    expect(rowCells(lines, 'Child in need, case management')).toEqual([
      'Fiscal',
      '0%',
      'GMCA / New Economy Unit Cost Database v1.4 (March 2015)',
      'Green (high)',
    ]);
    const services = screen.getByRole('table', { name: /Each service’s reach/ });
    expect(rowCells(services, 'IDVA service')).toEqual([
      '100% of Victims known to services',
      '1 year',
      'Deadweight 0%; attribution 100%',
    ]);
  });

  it('shows no checklist when nothing is missing, and a flag only when the model says it is illustrative', async () => {
    renderWithStore(<OverviewScreen onNavigate={vi.fn()} />, storyModel());
    await story();
    expect(screen.queryByRole('heading', { name: 'Still missing from the model' })).toBeNull();
    expect(screen.queryByRole('note', { name: 'Illustrative figures' })).toBeNull();
  });

  it('flags the worked example as illustrative, as its title and notes say', async () => {
    renderWithStore(<OverviewScreen onNavigate={vi.fn()} />);
    const flag = await screen.findByRole('note', { name: 'Illustrative figures' });
    expect(flag).toHaveTextContent('The model says so in its title and notes');
    // The headline figures are in pounds.
    expect(await story()).toHaveTextContent(
      /Doing nothing costs the partners’ budgets £[\d,]+ over ten years/,
    );
  });

  it('lists what is missing, each item a link to its screen', async () => {
    const file = storyModel();
    file.costLines[0] = { ...file.costLines[0]!, source: '' };
    const onNavigate = vi.fn();
    renderWithStore(<OverviewScreen onNavigate={onNavigate} />, file);
    const heading = await screen.findByRole('heading', { name: 'Still missing from the model' });
    const list = within(heading.parentElement!).getByRole('list');
    expect(list).toHaveTextContent('Give a source for 1 cost line: Temporary accommodation.');
    await userEvent.click(within(list).getByRole('link', { name: 'Give a source' }));
    expect(onNavigate).toHaveBeenCalledWith('costs');
  });

  it('shows the checklist and a sentence, not an error, when there are no results yet', async () => {
    const file = storyModel();
    // A new caseload with no counts, and a line on a caseload that does not exist: no results.
    file.streams.push({
      id: 'new',
      name: 'New caseload',
      history: [],
      trend: { method: 'linear' },
    });
    file.costLines[0] = { ...file.costLines[0]!, stream: 'missing' };
    renderWithStore(<OverviewScreen onNavigate={vi.fn()} />, file);
    expect(await screen.findByText(/There are no results yet/)).toBeVisible();
    expect(screen.queryByText(/out of date/)).toBeNull();
    const heading = screen.getByRole('heading', { name: 'Still missing from the model' });
    expect(heading.parentElement).toHaveTextContent(
      'Add caseload history for 1 caseload: New caseload.',
    );
    expect(screen.queryByRole('heading', { name: 'The story in brief' })).toBeNull();
    expect(screen.queryByRole('figure')).toBeNull();
  });
});
