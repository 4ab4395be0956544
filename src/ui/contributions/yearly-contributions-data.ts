/**
 * The per-year table of contributions (real or cash terms, whole pennies): one row per partner, then the
 * total, the pool (the services' cost) and, under offers, the shortfall, so the total reconciles to the pool.
 * Partners of kind society never pay, so they have no row.
 */
import { ZERO, type Dec } from '../../model/decimal';
import type { Model } from '../../model/model';
import type { Results, ScenarioResult } from '../../model/results';
import { formatFinancialYear } from '../shared/format';
import type { FigureTable } from '../shared/chart-types';
import { payersOf } from '../shared/payers';

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
  const { years } = results.doNothing;
  const ledger = result.ledger[basis];
  const withTotal = (figure: { byYear: readonly Dec[]; total: Dec }) => [
    ...figure.byYear,
    figure.total,
  ];
  const isOffers = result.rule === 'offers';
  const span = `${years.length} ${years.length === 1 ? 'year' : 'years'}`;
  return {
    reconciles: ledger.gap.byYear.every((g) => g.isZero()),
    shortfall: isOffers ? ledger.gap.total : null,
    table: {
      rowHeader: 'Partner',
      columns: [...years.map(formatFinancialYear), `Total over ${span}`],
      rows: payersOf(model).map(({ partner: p }) => {
        const partner = ledger.partners.find((l) => l.partnerId === p.id);
        return {
          label: p.name,
          cells: partner ? withTotal(partner) : [...years.map(() => ZERO), ZERO],
        };
      }),
      foot: [
        { label: 'Total contributions', cells: withTotal(ledger.contributions) },
        ...(isOffers
          ? [{ label: 'Shortfall (a surplus is negative)', cells: withTotal(ledger.gap) }]
          : []),
        { label: 'Pool: the services’ cost', cells: withTotal(ledger.pool) },
      ],
      format: 'money',
    },
  };
}
