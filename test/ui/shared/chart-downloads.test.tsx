// @vitest-environment jsdom
/**
 * Every chart offers its figures as CSV and itself as SVG and PNG, on each screen that has charts; and
 * a chart's CSV, downloaded as a person would, reads back as the engine's figures.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContributionsScreen } from '../../../src/ui/contributions/contributions-screen';
import { OverviewScreen } from '../../../src/ui/overview/overview-screen';
import { ResultsScreen } from '../../../src/ui/results/results-screen';
import { renderWithStore } from '../render-with-store';

/** Each chart figure's title and its buttons. */
function chartFigures(): { title: string; figure: HTMLElement }[] {
  return screen.getAllByRole('figure').map((figure) => ({
    title: figure.querySelector('.chart-figure__title')?.textContent ?? '',
    figure,
  }));
}

function expectDownloads(figure: HTMLElement, title: string): void {
  expect(
    within(figure).getByRole('button', { name: `Download as SVG of “${title}”` }),
  ).toBeVisible();
  expect(
    within(figure).getByRole('button', { name: `Download as PNG of “${title}”` }),
  ).toBeVisible();
  // Every chart's table has its CSV: beside the chart, or under its own fuller table.
  expect(within(figure).getAllByRole('button', { name: /^Download CSV of “/ })).toHaveLength(1);
}

describe('chart downloads', () => {
  it('every chart on the Results screen has CSV, SVG and PNG downloads', () => {
    renderWithStore(<ResultsScreen />);
    const figures = chartFigures();
    expect(figures.map((f) => f.title)).toEqual([
      'The cost of doing nothing, by partner',
      'Total cost under each scenario against doing nothing',
      'Cumulative net saving, and when each scenario pays back',
      'Operating level of the services under each scenario',
    ]);
    for (const { figure, title } of figures) {
      expectDownloads(figure, title);
      expect(
        within(figure).getByRole('button', { name: `Download CSV of “${title}”` }),
      ).toBeVisible();
    }
    expect(screen.getByRole('button', { name: 'Download all results (CSV)' })).toBeVisible();
  });

  it('every chart on the Who pays screen has them, the rules chart under its own table', () => {
    renderWithStore(<ContributionsScreen />);
    const figures = chartFigures();
    expect(figures.map((f) => f.title)).toEqual([
      'What each partner pays in against the fiscal cost it avoids',
      'Who would pay what under each rule',
    ]);
    for (const { figure, title } of figures) expectDownloads(figure, title);
    // The tables beside the charts each have their own.
    expect(
      screen.getByRole('button', {
        name: /^Download CSV of “Cost borne and cost avoided by each partner under /,
      }),
    ).toBeVisible();
    expect(
      screen.getByRole('button', { name: /^Download CSV of “Contributions by year under / }),
    ).toBeVisible();
  });

  it('the Overview’s chart has them too', async () => {
    renderWithStore(<OverviewScreen onNavigate={vi.fn()} />);
    await screen.findByRole('figure');
    const figures = chartFigures();
    expect(figures.map((f) => f.title)).toEqual(['Cumulative financial net saving by year']);
    for (const { figure, title } of figures) expectDownloads(figure, title);
  });
});

describe('a chart’s CSV, downloaded', () => {
  let blobs: Blob[];
  let names: string[];
  beforeEach(() => {
    blobs = [];
    names = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads back as the chart’s figures, with the basis in the headers', async () => {
    const user = userEvent.setup();
    renderWithStore(<ResultsScreen />);
    await user.click(
      screen.getByRole('button', {
        name: 'Download CSV of “Cumulative net saving, and when each scenario pays back”',
      }),
    );
    await waitFor(() => {
      expect(blobs).toHaveLength(1);
    });
    expect(names).toEqual(['cumulative-net-saving-and-when-each-scenario-pays-back.csv']);
    const text = await blobs[0]!.text();
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const header = rows[0]!;
    expect(header[0]).toBe('Year');
    const five = header.indexOf(
      'Five-year commitment (£, present value at 2026/27 prices, discounted at 3.5%; financial case (fiscal values))',
    );
    expect(five).toBeGreaterThan(0);
    const last = rows.find((row) => row[0] === '2035/36')!;
    // The running financial net saving in present value at the end of the horizon is the headline net
    // saving the Results screen shows for the Five-year commitment: £763,655.38.
    expect(last[five]).toBe('763655.38');
  });
});
