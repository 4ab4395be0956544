// @vitest-environment jsdom
/**
 * The "How sure" screen with a stand-in for the worker: its answers are fixtures (the engine's own
 * figures are tested with the engine), so this checks what the screen makes of them: order, wording,
 * formatting, progress, cancelling and being marked out of date.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/decimal';
import type { Percentiles, SimulationResult } from '../../src/model/uncertainty/simulation';
import type {
  Sensitivity,
  SimulationAnswer,
  UncertaintyRunner,
} from '../../src/state/uncertainty-runner';
import { createUncertaintyRuns } from '../../src/state/uncertainty-runs';
import { UncertaintyRunsProvider } from '../../src/state/uncertainty-runs-context';
import { UncertaintyScreen } from '../../src/ui/uncertainty/uncertainty-screen';
import { renderWithStore } from './render-with-store';

const d = (text: string) => new Dec(text);

const SENSITIVITY: Sensitivity = {
  tornado: [
    {
      key: 'costLine:police:unitCost',
      label: 'Unit cost of “Domestic abuse incident: police”',
      kind: 'unitCost',
      value: d('415'),
      low: d('311.25'),
      high: d('518.75'),
      financialAtLow: d('600000'),
      financialAtHigh: d('927310.76'),
      economicAtLow: d('11000000'),
      economicAtHigh: d('12000000'),
      financialSwing: d('327310.76'),
      economicSwing: d('1000000'),
    },
    {
      key: 'scenario:five-year:effectiveness',
      label: 'Effectiveness under “Five-year commitment”',
      kind: 'effectiveness',
      value: d('1'),
      low: d('0.5'),
      high: d('1'),
      financialAtLow: d('-500000'),
      financialAtHigh: d('763655.38'),
      economicAtLow: d('6000000'),
      economicAtHigh: d('11784318.85'),
      financialSwing: d('1263655.38'),
      economicSwing: d('5784318.85'),
    },
    {
      key: 'costLine:fire:rate',
      label: 'Rate of “Fire response”',
      kind: 'rate',
      value: d('0'),
      low: d('0'),
      high: d('0'),
      financialAtLow: d('763655.38'),
      financialAtHigh: d('763655.38'),
      economicAtLow: d('11784318.85'),
      economicAtHigh: d('11784318.85'),
      financialSwing: d('0'),
      economicSwing: d('0'),
    },
  ],
  switching: [
    {
      key: 'costLine:police:unitCost',
      label: 'Unit cost of “Domestic abuse incident: police”',
      kind: 'unitCost',
      value: d('415'),
      financial: d('240'),
      economic: null,
      financialChange: d('-175').div(415),
      economicChange: null,
    },
    {
      key: 'scenario:five-year:effectiveness',
      label: 'Effectiveness under “Five-year commitment”',
      kind: 'effectiveness',
      value: d('1'),
      financial: d('0.3957'),
      economic: d('0.1'),
      financialChange: d('-0.6043'),
      economicChange: d('-0.9'),
    },
  ],
};

function pct(p5: number, p10: number, p50: number, p90: number, p95: number): Percentiles {
  return { p5, p10, p50, p90, p95, mean: p50 };
}

const RESULT: SimulationResult = {
  draws: 10000,
  seed: 1,
  years: [2026, 2027],
  scenarios: [
    {
      id: 'one-year-grants',
      name: 'One-year grants renewed every year',
      financial: {
        netSavingPV: pct(-900000, -700000, -300000, 200000, 400000),
        cumulativeNetSaving: [
          pct(-1, -500000, -400000, -300000, -1),
          pct(-1, -700000, -300000, 200000, -1),
        ],
        chancePaysBack: 0.004,
      },
      economic: {
        netSavingPV: pct(1, 2, 3, 4, 5),
        cumulativeNetSaving: [pct(1, 2, 3, 4, 5), pct(1, 2, 3, 4, 5)],
        chancePaysBack: 1,
      },
    },
    {
      id: 'five-year',
      name: 'Five-year commitment',
      financial: {
        netSavingPV: pct(1200000, 1500000, 2100000, 3000000, 3400000),
        cumulativeNetSaving: [
          pct(-1, -250000.4, -100000, 50000.5, -1),
          pct(-1, 1500000, 2100000, 3000000, -1),
        ],
        chancePaysBack: 0.97,
      },
      economic: {
        netSavingPV: pct(1, 2, 3, 4, 5),
        cumulativeNetSaving: [pct(1, 2, 3, 4, 5), pct(1, 2, 3, 4, 5)],
        chancePaysBack: 0.995,
      },
    },
  ],
  partners: [
    {
      id: 'police',
      name: 'Ashdown Constabulary',
      perScenario: [{ scenarioId: 'five-year', ...pct(-1, -20000.4, 5000, 30000, -1) }],
    },
    {
      id: 'council',
      name: 'Ashdown Council',
      perScenario: [{ scenarioId: 'five-year', ...pct(-1, 1000, 2000, 3000, -1) }],
    },
  ],
  longTermBeatsShortTerm: [{ longId: 'five-year', shortId: 'one-year-grants', chance: 0.88 }],
};

type SimulateCall = {
  options: { draws: number; seed: number };
  onProgress: (done: number) => void;
  onAnswer: (answer: SimulationAnswer) => void;
  isCancelled: boolean;
};

function fakeRunner(): { runner: UncertaintyRunner; calls: SimulateCall[] } {
  const calls: SimulateCall[] = [];
  const runner: UncertaintyRunner = {
    sensitivity: (_file, _scenarioId, onAnswer) => {
      const timer = setTimeout(() => {
        onAnswer({ ok: true, value: SENSITIVITY });
      }, 0);
      return {
        cancel: () => {
          clearTimeout(timer);
        },
      };
    },
    simulate: (_file, options, onProgress, onAnswer) => {
      const call: SimulateCall = { options, onProgress, onAnswer, isCancelled: false };
      calls.push(call);
      return {
        cancel: () => {
          call.isCancelled = true;
        },
      };
    },
    dispose: () => undefined,
  };
  return { runner, calls };
}

function renderScreen() {
  const fake = fakeRunner();
  const runs = createUncertaintyRuns(fake.runner);
  runs.getState().chooseScenario('five-year');
  const rendered = renderWithStore(
    <UncertaintyRunsProvider runs={runs}>
      <UncertaintyScreen />
    </UncertaintyRunsProvider>,
  );
  return { ...rendered, ...fake };
}

/** Each body and foot row's header and cells, as text. */
function rowsOf(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tbody tr, tfoot tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );
}

describe('the How sure screen', () => {
  it('puts the largest swing first in the tornado’s table and leaves out figures that do not move', async () => {
    renderScreen();
    const table = await screen.findByRole('table', { name: /What moves the net saving/ });
    expect(rowsOf(table)).toEqual([
      // Effectiveness swings £1,263,655.38 against the police unit cost’s £327,310.76; the fire rate
      // (0, so no range) swings nothing and is not listed.
      [
        'Effectiveness under “Five-year commitment” (50% to 100%)',
        '−£500,000',
        '£763,655',
        '£1,263,655',
      ],
      [
        'Unit cost of “Domestic abuse incident: police” (£311.25 to £518.75)',
        '£600,000',
        '£927,311',
        '£327,311',
      ],
      // Today’s financial net saving of the worked example’s five-year commitment.
      ['Net saving today', '£763,655', '£763,655', '–'],
    ]);
  });

  it('says in words how far the nearest inputs would have to move, and the break-even effect', async () => {
    renderScreen();
    // (240 − 415) / 415 = −0.42169: a fall of 42.2%. The five-year commitment pays back today (£763,655).
    expect(
      await screen.findByText(
        'Unit cost of “Domestic abuse incident: police” would have to fall 42.2% (from £415 to £240) before “Five-year commitment” stops paying back (financial case).',
      ),
    ).toBeVisible();
    expect(
      screen.getByText(
        'Effectiveness under “Five-year commitment” would have to fall 60.4% (from 100% to 39.57%) before “Five-year commitment” stops paying back (financial case).',
      ),
    ).toBeVisible();
    // The engine’s break-even shares for the worked example: 86.82% financial, 29.91% economic.
    expect(
      screen.getByText(
        '“Five-year commitment” pays for itself if its services achieve at least 86.8% of the effects assumed in the financial case, and 29.9% in the economic case.',
      ),
    ).toBeVisible();
    const table = screen.getByRole('table', { name: /Switching values of “Five-year commitment”/ });
    expect(rowsOf(table)).toEqual([
      [
        'Unit cost of “Domestic abuse incident: police”',
        '£415',
        '£240',
        'a fall of 42.2%',
        'None within the values it may take',
      ],
      [
        'Effectiveness under “Five-year commitment”',
        '100%',
        '39.57%',
        'a fall of 60.4%',
        '10%',
        'a fall of 90%',
      ],
    ]);
  });

  it('runs the simulation with the model’s draws and seed, shows progress, then the figures in words', async () => {
    const user = userEvent.setup();
    const { calls } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Run the simulation' }));
    expect(calls.map((c) => c.options)).toEqual([{ draws: 10000, seed: 1 }]);
    act(() => {
      calls[0]!.onProgress(2500);
    });
    const bar = screen.getByRole('progressbar', { name: 'Simulation progress' });
    expect(bar).toHaveAttribute('value', '2500');
    expect(bar).toHaveAttribute('max', '10000');
    expect(bar).toHaveAttribute('aria-valuetext', '2,500 of 10,000 draws');
    act(() => {
      calls[0]!.onAnswer({ ok: true, value: RESULT });
    });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('The simulation finished: 10,000 draws with seed 1.')).toBeVisible();
    // P5 and P95 are the range of 9 runs in 10; today's figure is the worked example's five-year
    // financial net saving PV, +£763,655.
    expect(
      screen.getByText(
        /^In 9 runs out of 10 “Five-year commitment” saves between £1,200,000 and £3,400,000 over the horizon \(financial case, present value\); the middle run saves £2,100,000, where today’s figures say it saves £763,655\. “Five-year commitment” pays back within the horizon in 97% of runs \(financial case\)\.$/,
      ),
    ).toBeVisible();
    // £2,100,000 is more than 10% from £763,655, and the worked example's five-year and pilot
    // scenarios run at 100% effectiveness, whose default range (50% to 100%) can only fall.
    expect(screen.getByText(/The middle runs sit away from today’s figures because/)).toBeVisible();
    expect(
      screen.getByText(
        /^Effectiveness under “Five-year commitment” \(100%, range 50% to 100%\): can only fall$/,
      ),
    ).toBeVisible();
    // 0.4% of runs is not rounded down to none.
    expect(
      screen.getByText(
        /^In 9 runs out of 10 “One-year grants renewed every year” ends between a loss of £900,000 and a saving of £400,000 .* in under 1% of runs \(financial case\)\.$/,
      ),
    ).toBeVisible();
    expect(
      screen.getByText(
        'In 88% of runs “Five-year commitment” saves more than “One-year grants renewed every year” (financial case, present value).',
      ),
    ).toBeVisible();
    // The partner with the lowest P10 is named, its figures rounded to the pound.
    expect(
      screen.getByText(
        /In 8 runs out of 10 the net benefit to Ashdown Constabulary is between −£20,000 and £30,000\./,
      ),
    ).toBeVisible();
    const fan = screen.getByRole('table', {
      name: /Cumulative net saving of “Five-year commitment”/,
    });
    expect(rowsOf(fan)).toEqual([
      ['2026/27', '−£250,000', '−£100,000', '£50,001'],
      ['2027/28', '£1,500,000', '£2,100,000', '£3,000,000'],
    ]);
  });

  it('marks the figures out of date when the model changes after a run', async () => {
    const user = userEvent.setup();
    const { calls, store } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Run the simulation' }));
    act(() => {
      calls[0]!.onAnswer({ ok: true, value: RESULT });
    });
    expect(screen.queryByText(/Out of date: the model has changed since this run/)).toBeNull();
    const seed = screen.getByRole('textbox', { name: 'Seed' });
    await user.clear(seed);
    await user.type(seed, '7');
    expect(store.getState().file.uncertainty?.seed).toBe(7);
    expect(screen.getByText(/Out of date: the model has changed since this run/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Run the simulation' }));
    expect(calls[1]?.options).toEqual({ draws: 10000, seed: 7 });
  });

  it('cancels a run: the worker is told, the progress goes and the last figures stay', async () => {
    const user = userEvent.setup();
    const { calls } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Run the simulation' }));
    act(() => {
      calls[0]!.onAnswer({ ok: true, value: RESULT });
    });
    await user.click(screen.getByRole('button', { name: 'Run the simulation' }));
    act(() => {
      calls[1]!.onProgress(100);
    });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(calls[1]?.isCancelled).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Run the simulation' })).toHaveFocus();
    expect(screen.getByText(/The simulation was cancelled/)).toBeVisible();
    expect(screen.getByText('Results of 10,000 draws with seed 1')).toBeVisible();
  });
});
