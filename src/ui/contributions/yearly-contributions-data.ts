/**
 * The per-year table of contributions (real or cash terms, whole pennies): one row per partner, then the
 * total, the pool (the services' cost) and, under offers, the shortfall, so the total reconciles to the pool.
 */
import { sum, toPennies, ZERO, type Dec } from '../../model/decimal';
import type { Model } from '../../model/model';
import type { Results, ScenarioResult } from '../../model/results';
import { inBasis } from '../../model/year-factors';
import { formatFinancialYear } from '../shared/format';
import type { FigureTable } from '../shared/chart-types';

export type YearlyContributions = {
  table: FigureTable;
  /** True when the partners' contributions add up to the pool, to the penny, in every year. */
  reconciles: boolean;
  /** Pool less contributions over all years (offers only; negative is a surplus). */
  shortfall: Dec | null;
};

export function yearlyContributions(
  model: Model,
  results: Results,
  result: ScenarioResult,
  basis: 'real' | 'cash',
): YearlyContributions {
  const { years, factors } = results.doNothing;
  const byPartner = result.partners.map((p) =>
    basis === 'real' ? p.contributions : p.contributionsCash,
  );
  const pool = inBasis(
    result.years.map((row) => row.service),
    basis,
    factors,
  ).map(toPennies);
  const totals = years.map((_, t) => sum(byPartner.map((series) => series[t] ?? ZERO)));
  const withTotal = (series: readonly Dec[]) => [...series, sum(series)];
  const gap = pool.map((amount, t) => amount.minus(totals[t] ?? ZERO));
  const isOffers = result.rule === 'offers';
  const span = `${years.length} ${years.length === 1 ? 'year' : 'years'}`;
  return {
    reconciles: gap.every((g) => g.isZero()),
    shortfall: isOffers ? sum(gap) : null,
    table: {
      rowHeader: 'Partner',
      columns: [...years.map(formatFinancialYear), `Total over ${span}`],
      rows: model.partners.map((p, i) => ({
        label: p.name,
        cells: withTotal(byPartner[i] ?? years.map(() => ZERO)),
      })),
      foot: [
        { label: 'Total contributions', cells: withTotal(totals) },
        ...(isOffers
          ? [{ label: 'Shortfall (a surplus is negative)', cells: withTotal(gap) }]
          : []),
        { label: 'Pool: the services’ cost', cells: withTotal(pool) },
      ],
      format: 'money',
    },
  };
}
