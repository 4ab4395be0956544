// @vitest-environment jsdom
/**
 * The committee report of the worked example, against its known results (present value at 2026/27 prices,
 * discounted at 3.5%; the engine's figures to the penny as `npm run calc` prints them, rounded here by hand
 * to whole pounds):
 * - Doing nothing: fiscal £64,330,003.81 → £64,330,004; every value type £109,577,690.97 → £109,577,691.
 * - Five-year commitment, financial case: avoided £5,793,131.09, service £5,029,475.72; net saving
 *   5,793,131.09 − 5,029,475.72 = 763,655.37 → £763,655; ratio 5,793,131.09 / 5,029,475.72 = 1.1518 → 1.15;
 *   pays back in 2030/31. Economic case: avoided £16,813,794.56, ratio 16,813,794.56 / 5,029,475.72 =
 *   3.3431 → 3.34, net saving £11,784,318.85 → £11,784,319.
 * - One-year grants, financial case: avoided £3,527,663.07, service £4,617,121.35; net
 *   3,527,663.07 − 4,617,121.35 = −1,089,458.28 → −£1,089,458; ratio 0.7640 → 0.76; never pays back.
 *   Economic case: 10,604,105.86 / 4,617,121.35 = 2.2967 → 2.30.
 * - The cost of short-term funding (five-year against one-year grants): financial
 *   763,655.38 − (−1,089,458.28) = 1,853,113.66 → £1,853,114; economic 11,784,318.85 − 5,986,984.51 =
 *   5,797,334.34 → £5,797,334.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelFile } from '../../src/model/model-file';
import { CommitteeReportScreen } from '../../src/ui/report/committee-report-screen';
import { renderWithStore, workedExample } from './render-with-store';

const MADE_ON = new Date(2026, 11, 1);

function renderReport(file: ModelFile = workedExample()) {
  return renderWithStore(
    <CommitteeReportScreen onNavigate={() => undefined} madeOn={MADE_ON} />,
    file,
  );
}

function rowCells(table: HTMLElement, heading: RegExp): string[] {
  const row = within(table).getByRole('rowheader', { name: heading }).closest('tr');
  if (!row) throw new Error('no row');
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

function summaryOf(name: string): string {
  const heading = screen.getByRole('heading', { level: 4, name });
  return heading.closest('section')?.querySelector('p')?.textContent ?? '';
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Committee report', () => {
  it('opens with the title, area, date and notes, and its headings run in order from one h2', () => {
    const { container } = renderReport();
    const headings = [...container.querySelectorAll('h2, h3, h4')];
    expect(headings.filter((h) => h.tagName === 'H2').map((h) => h.textContent)).toEqual([
      'Committee report',
    ]);
    let level = 2;
    for (const h of headings) {
      const next = Number(h.tagName.slice(1));
      expect(next, h.textContent).toBeLessThanOrEqual(level + 1);
      level = next;
    }
    expect(headings.filter((h) => h.tagName === 'H3').map((h) => h.textContent)).toEqual([
      'Notes on the model',
      'Summary',
      'The financial and economic cases',
      'The cost of short-term funding',
      'Charts',
      'Who pays',
      'Assumptions, sources and confidence',
      'The method in brief',
    ]);
    const text = container.textContent;
    const order = [
      'Worked example: Ashdown domestic abuse partnership (illustrative)',
      'Ashdown (fictional)',
      '1 December 2026',
      'An illustrative model for a fictional partnership',
      'Doing nothing costs the partners’ budgets',
    ].map((words) => text.indexOf(words));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('sums up each scenario in words with the engine’s figures, the financial case first', () => {
    renderReport();
    const five = summaryOf('Five-year commitment');
    expect(five).toContain('Doing nothing costs the partners’ budgets £64,330,004 over 10 years.');
    expect(five).toContain(
      'Under Five-year commitment the services cost £5,029,476 and avoid £5,793,131 of that: a net saving of £763,655, a benefit–cost ratio of 1.15; it pays for itself by 2030/31.',
    );
    expect(five).toContain(
      'doing nothing costs £109,577,691; Five-year commitment avoids £16,813,795 of it, a net saving of £11,784,319, a benefit–cost ratio of 3.34.',
    );
    expect(five.indexOf('1.15')).toBeLessThan(five.indexOf('3.34'));
    const grants = summaryOf('One-year grants renewed every year');
    expect(grants).toContain(
      'a net cost of £1,089,458, a benefit–cost ratio of 0.76; it does not pay for itself within the 10 years.',
    );
    expect(grants).toContain('a benefit–cost ratio of 2.30.');
  });

  it('shows both cases’ tables with the known ratios and net savings', () => {
    renderReport();
    const financial = screen.getByRole('table', { name: /^Financial case: headline figures/ });
    expect(financial).toHaveAccessibleName(/Present value at 2026\/27 prices, discounted at 3.5%/);
    // Columns: doing nothing, one-year grants, three-year, five-year, one-year pilot.
    expect(rowCells(financial, /^Net saving/)).toEqual([
      '£0',
      '−£1,089,458',
      '£512,695',
      '£763,655',
      '−£122,336',
    ]);
    expect(rowCells(financial, /^Benefit–cost ratio/)).toEqual([
      '–',
      '0.76',
      '1.10',
      '1.15',
      '0.82',
    ]);
    const economic = screen.getByRole('table', { name: /^Economic case: headline figures/ });
    expect(rowCells(economic, /^Benefit–cost ratio/)).toEqual([
      '–',
      '2.30',
      '3.24',
      '3.34',
      '2.37',
    ]);
    for (const table of [financial, economic])
      for (const header of within(table).getAllByRole('columnheader'))
        expect(header).toHaveAttribute('scope', 'col');
  });

  it('prices short-term funding in both cases', () => {
    renderReport();
    const table = screen.getByRole('table', { name: /^Net saving over 10 years of long-term/ });
    expect(rowCells(table, /^Financial case$/)).toEqual(['£763,655', '−£1,089,458', '£1,853,114']);
    expect(rowCells(table, /^Economic case$/)).toEqual(['£11,784,319', '£5,986,985', '£5,797,334']);
    expect(
      screen.getByText(
        'One-year grants renewed every year would save £1,853,114 less over 10 years than Five-year commitment (present value).',
      ),
    ).toBeInTheDocument();
  });

  it('draws three charts at a fixed size, each a figure named by its caption with a summary', () => {
    const { container } = renderReport();
    const figures = screen.getAllByRole('figure');
    expect(figures.map((f) => f.getAttribute('aria-labelledby') !== null)).toEqual([
      true,
      true,
      true,
    ]);
    expect(figures[0]).toHaveAccessibleName('The cost of doing nothing, by partner');
    expect(figures[1]).toHaveTextContent('Pays for itself: One-year grants renewed every year not');
    const drawings = [...container.querySelectorAll('svg.recharts-surface')];
    expect(drawings.map((svg) => [svg.getAttribute('width'), svg.getAttribute('height')])).toEqual([
      ['640', '240'],
      ['640', '240'],
      ['640', '240'],
    ]);
  });

  it('says who pays under each scenario’s chosen rule and under the others', () => {
    renderReport();
    const table = screen.getByRole('table', {
      name: /^Five-year commitment: each partner’s contribution under each rule/,
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Partner', 'Equal shares', 'By cost borne', 'By benefitchosen rule']);
    // By benefit, housing pays £2,675,226.59 → £2,675,227, 53.2% of the pool.
    expect(rowCells(table, /^Ashdown Council housing options$/)[2]).toBe('£2,675,227(53.2%)');
    // The pool is the five-year service cost, £5,029,475.72 → £5,029,476, under every rule.
    expect(rowCells(table, /^Total: the pool$/)).toEqual([
      '£5,029,476',
      '£5,029,476',
      '£5,029,476',
    ]);
    // Victims and families bear costs but never pay: not a row.
    expect(within(table).queryByRole('rowheader', { name: /society/ })).toBeNull();
  });

  it('lists every cost line with its unit cost, price year, value type, source and confidence', () => {
    const file = workedExample();
    // A line whose unit cost was changed is no longer the library's figure: it is not rated.
    file.costLines = file.costLines.map((line) =>
      line.id === 'camhs' ? { ...line, unitCost: '5000' } : line,
    );
    renderReport(file);
    const table = screen.getByRole('table', { name: /^The costs of doing nothing: each line/ });
    expect(rowCells(table, /^Temporary accommodation: bed and breakfast$/)).toEqual([
      'High-risk cases heard at MARAC: 0.2 per case a year × 26',
      '£334.95 per household per week',
      '2010/11',
      'Fiscal, cashable',
      'Amber',
      'GMCA / New Economy Unit Cost Database v1.4 (March 2015), from Shelter (2012)',
    ]);
    expect(rowCells(table, /^Child in need, case management$/)[4]).toBe('Green');
    expect(rowCells(table, /^CAMHS case$/)[4]).toBe('Not rated');
    expect(rowCells(table, /^Domestic abuse incident: human and emotional harm/)[3]).toBe('Social');
  });

  it('ends with the method in brief and a link to the Methodology screen', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    renderWithStore(<CommitteeReportScreen onNavigate={onNavigate} madeOn={MADE_ON} />);
    await user.click(screen.getByRole('link', { name: 'Methodology screen' }));
    expect(onNavigate).toHaveBeenCalledWith('methodology');
  });

  it('prints with the browser’s own print, and runs the title along the top of each page', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { unmount } = renderReport();
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    const root = document.documentElement.style;
    // ":" and "(" ")" are escaped as \3a, \28 and \29, each ended by a space.
    expect(root.getPropertyValue('--committee-report-title')).toBe(
      '"Worked example\\3a  Ashdown domestic abuse partnership \\28 illustrative\\29 "',
    );
    unmount();
    expect(root.getPropertyValue('--committee-report-title')).toBe('');
  });

  it('never lets a typed title out of its string in the running header', () => {
    const file = workedExample();
    file.title = '"; } body { display: none } <script>alert(1)</script>';
    renderReport(file);
    const value = document.documentElement.style.getPropertyValue('--committee-report-title');
    // Only the two quotes that open and close the string are left as quotes; nothing else is raw CSS.
    expect(value.match(/"/g)).toHaveLength(2);
    expect(value).not.toMatch(/[;{}<>]/);
    expect(screen.getByText(file.title)).toBeInTheDocument();
  });

  it('still makes a report of a model with no funding scenario', () => {
    const file = workedExample();
    file.scenarios = [];
    renderReport(file);
    expect(
      screen.getByText(
        'There is no funding scenario yet, so there is nothing to weigh against doing nothing.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('There is no funding scenario to compare.')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: 'The method in brief' }),
    ).toBeInTheDocument();
  });
});
