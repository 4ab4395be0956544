// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate, type CalculateResult } from '../../../src/model/calculate';
import { createAppStore, type AppStore } from '../../../src/state/app-store';
import type { CalculationInput, Calculator } from '../../../src/state/calculator';
import { AppStoreProvider } from '../../../src/state/store-context';
import { ResultsPanel } from '../../../src/ui/results-panel/results-panel';
import { renderWithStore } from '../render-with-store';
import { twoValueTypesModel } from '../results/two-value-types-model';

/*
 * Figures from test/ui/results/two-value-types-model.ts, worked by hand there: financial case, PV.
 *   Cost of doing nothing (fiscal) 1,800. Two-year contract: net saving 60, ratio 1.07. One-year pilot:
 *   net saving 100, ratio 1.17.
 * With the fiscal line's unit cost doubled from £100 to £200 (10 cases a year, discount factors 1, 0.8):
 *   Cost of doing nothing 2,000 + 1,600 = 3,600: up 1,800.
 *   Two-year contract: fiscal avoided 1,000 a year, PV 1,000 + 800 = 1,800; net saving 1,800 − 840 = 960
 *   (up 900); ratio 1,800 / 840 = 2.1428… → 2.14 (up 2.14 − 1.07 = 1.07).
 *   One-year pilot: fiscal avoided 1,000, then 1,000 × 0.5 = 500; PV 1,000 + 400 = 1,400; net saving
 *   1,400 − 600 = 800 (up 700); ratio 1,400 / 600 = 2.333… → 2.33 (up 2.33 − 1.17 = 1.16).
 */

function setUnitCost(store: AppStore, value: string): void {
  act(() => {
    store.getState().edit((d) => {
      d.costLines[0]!.unitCost = value;
    }, 'costLines.f.unitCost');
  });
}

function wait(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** The cells of a scenario's row: each figure, then any move ("▲" is hidden from a screen reader). */
function rowCells(name: string): string[] {
  const row = screen.getByRole('rowheader', { name }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

function doNothingText(): string {
  return screen.getByText('Cost of doing nothing').nextElementSibling!.textContent;
}

function liveRegion(): HTMLElement {
  return screen.getByRole('status');
}

describe('ResultsPanel', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the financial cost of doing nothing and each scenario’s net saving and ratio', () => {
    const onNavigate = vi.fn();
    renderWithStore(<ResultsPanel onNavigate={onNavigate} />, twoValueTypesModel());
    expect(screen.getByText('Financial case (fiscal values), present value')).toBeVisible();
    expect(doNothingText()).toBe('£1,800');
    expect(screen.getByRole('table', { name: 'Funding scenarios' })).toBeInTheDocument();
    expect(rowCells('Two-year contract')).toEqual(['£60', '1.07']);
    expect(rowCells('One-year pilot')).toEqual(['£100', '1.17']);
    expect(liveRegion()).toHaveTextContent('');

    const link = screen.getByRole('link', { name: 'All results' });
    expect(link).toHaveAttribute('href', '?screen=results');
    fireEvent.click(link);
    expect(onNavigate).toHaveBeenCalledWith('results');
  });

  it('is never a tab stop but for its link, and never autofocuses', () => {
    const { container } = renderWithStore(
      <ResultsPanel onNavigate={vi.fn()} />,
      twoValueTypesModel(),
    );
    expect(container.querySelectorAll('[tabindex], [autofocus]')).toHaveLength(0);
    expect(container.querySelectorAll('a, button, input, select, textarea')).toHaveLength(1);
    expect(document.activeElement).toBe(document.body);
  });

  it('follows each edit at once, shows the moves, and announces once when results settle', () => {
    const { store } = renderWithStore(
      <>
        <label htmlFor="unit-cost">Unit cost</label>
        <input id="unit-cost" />
        <ResultsPanel onNavigate={vi.fn()} />
      </>,
      twoValueTypesModel(),
    );
    const field = screen.getByRole('textbox', { name: 'Unit cost' });
    field.focus();

    // Typing "2", "20", "200", a keystroke every 300 ms.
    setUnitCost(store, '2');
    wait(300);
    setUnitCost(store, '20');
    wait(300);
    setUnitCost(store, '200');
    expect(doNothingText()).toBe('£3,600▲up by £1,800');
    expect(rowCells('Two-year contract')).toEqual(['£960▲up by £900', '2.14▲up by 1.07']);
    expect(rowCells('One-year pilot')).toEqual(['£800▲up by £700', '2.33▲up by 1.16']);
    expect(liveRegion()).toHaveTextContent('');
    expect(document.activeElement).toBe(field);

    // Not yet settled 1.4 s after the last keystroke; settled at 1.5 s.
    wait(1400);
    expect(liveRegion()).toHaveTextContent('');
    wait(100);
    expect(liveRegion()).toHaveTextContent(
      'Results updated: cost of doing nothing £3,600, up £1,800; ' +
        'Two-year contract net saving £960, up £900; One-year pilot net saving £800, up £700.',
    );
    expect(document.activeElement).toBe(field);

    // The moves stay on screen until the next change.
    wait(10_000);
    expect(rowCells('One-year pilot')).toEqual(['£800▲up by £700', '2.33▲up by 1.16']);

    // Back to £100: every figure moves back by as much, measured from the settled figures.
    setUnitCost(store, '100');
    expect(rowCells('One-year pilot')).toEqual(['£100▼down by £700', '1.17▼down by 1.16']);
    wait(1500);
    expect(liveRegion()).toHaveTextContent(
      'Results updated: cost of doing nothing £1,800, down £1,800; ' +
        'Two-year contract net saving £60, down £900; One-year pilot net saving £100, down £700.',
    );
  });

  it('announces nothing when an edit is undone before results settle, or only words change', () => {
    const { store } = renderWithStore(<ResultsPanel onNavigate={vi.fn()} />, twoValueTypesModel());
    setUnitCost(store, '150');
    wait(500);
    setUnitCost(store, '100');
    wait(3000);
    expect(liveRegion()).toHaveTextContent('');
    expect(rowCells('Two-year contract')).toEqual(['£60', '1.07']);

    act(() => {
      store.getState().edit((d) => {
        d.scenarios[1]!.name = 'Pilot year';
      });
    });
    wait(3000);
    expect(rowCells('Pilot year')).toEqual(['£100', '1.17']);
    expect(liveRegion()).toHaveTextContent('');
  });

  it('keeps the last figures, marked out of date, while the model has a problem', () => {
    const { store } = renderWithStore(<ResultsPanel onNavigate={vi.fn()} />, twoValueTypesModel());
    setUnitCost(store, 'abc');
    expect(
      screen.getByText(/^Out of date: these are the figures of the last valid model/),
    ).toBeVisible();
    expect(doNothingText()).toBe('£1,800');
    expect(rowCells('Two-year contract')).toEqual(['£60', '1.07']);
    wait(3000);
    expect(liveRegion()).toHaveTextContent('');

    setUnitCost(store, '200');
    expect(screen.queryByText(/^Out of date/)).toBeNull();
    expect(doNothingText()).toBe('£3,600▲up by £1,800');
  });

  it('marks the figures busy while results are worked out, and settles only once they arrive', () => {
    // A calculator that answers only when told, as the worker does some time later.
    let waiting: (() => void) | null = null;
    const calculator: Calculator = {
      request: ({ model }: CalculationInput, onAnswer: (answer: CalculateResult) => void) => {
        waiting = () => {
          onAnswer(calculate(model));
        };
      },
      dispose: () => undefined,
    };
    const answer = () => {
      act(() => {
        waiting?.();
        waiting = null;
      });
    };
    const store = createAppStore({ file: twoValueTypesModel(), calculator });
    render(
      <AppStoreProvider store={store}>
        <ResultsPanel onNavigate={vi.fn()} />
      </AppStoreProvider>,
    );
    const figures = () => screen.getByRole('table').closest('[aria-busy]')!;
    // Nothing until the first answer.
    expect(screen.getByText(/^No results yet/)).toBeInTheDocument();
    answer();
    expect(figures()).toHaveAttribute('aria-busy', 'false');
    expect(doNothingText()).toBe('£1,800');

    setUnitCost(store, '200');
    expect(figures()).toHaveAttribute('aria-busy', 'true');
    expect(doNothingText()).toBe('£1,800');
    wait(5000);
    expect(liveRegion()).toHaveTextContent('');

    answer();
    expect(figures()).toHaveAttribute('aria-busy', 'false');
    expect(doNothingText()).toBe('£3,600▲up by £1,800');
    wait(1499);
    expect(liveRegion()).toHaveTextContent('');
    wait(1);
    expect(liveRegion()).toHaveTextContent(/^Results updated: cost of doing nothing £3,600, up/);
  });
});
