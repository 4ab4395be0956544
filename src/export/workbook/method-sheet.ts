/** The Method sheet: how each sheet's figures are worked out, in plain English, one step a row. */
import type { Worksheet } from 'exceljs';
import { BY_THE_APP, setWidths, writeText } from './cell-writers';

const STEPS: readonly string[] = [
  'How the figures are worked out',
  'Years are financial years (April to March), named by the year they start in: 2026 is 2026/27.',
  'Real terms are prices of the price base year. Cash terms multiply a real figure by (1 + inflation) ^ (year − price base year).',
  'Present value (PV) adds up each year’s real figure × its discount factor: 1 in the first year, then last year’s ÷ (1 + the discount rate), at the standard rate for years 1 to 30 and the long-term rate after.',
  'Price factor of a unit cost: index of the price base year ÷ index of the unit cost’s price year.',
  'Projected caseload: the latest count (flat), the latest count grown at the given rate (rate), a least-squares straight line, never below zero (FORECAST), or a least-squares fit of the logarithm (GROWTH) over the history.',
  'Cost of a line in a year: cases × events per case × units per event × unit cost × price factor. Each partner bears its share of each line (Assumptions, bearer shares).',
  'A service runs month by month under each scenario: the first contract from month 0, each renewal after its gap, ramping up over its ramp-up months. ' +
    `These monthly strengths are ${BY_THE_APP}; operating months, the year's operating level (effectiveness × the average monthly strength) and the service's cost follow from them by formula.`,
  'Service cost in a year: (running cost × operating months ÷ 12 + set-up cost in the first year + renewal cost in each renewal year) × (1 + optimism bias on costs).',
  'Share of a stream’s cases helped: operating level × coverage, or the capacity ÷ the caseload where that is smaller. Share benefiting: the shares helped this year and in the years before (up to the benefit period), each fading by the drop-off a year, at most 100%.',
  'Strength on a stream: share benefiting × (1 − optimism bias on benefits). Net effect: reduction × (1 − deadweight) × attribution; a service’s effect on a line combines its effects on the line and on its stream as 1 − Π(1 − net effect).',
  'Reduction of a line: 1 − Π(1 − effect × strength) over the services. Cost avoided: cost of doing nothing × reduction. Net saving: cost avoided − the pooled budget (all services’ costs).',
  'The economic case counts every value type; the financial case counts fiscal lines only against the same pooled budget. Benefit–cost ratio: cost avoided (PV) ÷ service cost (PV). Payback year: the first year, from the first year any service operates, whose running discounted net saving is at least zero. Break-even scale: service cost (PV) ÷ cost avoided (PV).',
  'Contributions: each year’s pool × the partner’s weight (equal, by fiscal cost borne, by fiscal benefit, or agreed shares), shared into whole pennies that add up to the pool in pennies: each rounded down, the remaining pennies to the largest remainders. ' +
    `That split is ${BY_THE_APP}; a check beside it confirms the pennies add up. Under offers each partner pays its offer in every year with a pool and the rest is a shortfall.`,
  'Money is worked out in the calculator to 34 significant digits; a spreadsheet recalculates in floating point, so its figures can differ in the last decimal places but agree to the penny.',
];

export function writeMethod(ws: Worksheet): void {
  setWidths(ws, [140]);
  STEPS.forEach((step, i) => {
    writeText(ws, 1, i + 1, step, { bold: i === 0, wrap: i > 0 });
  });
}
