/**
 * Who bears the cost: every partner, those of kind society (victims, families, the wider economy) too,
 * with the cost of doing nothing it bears and the cost the scenario avoids for it, fiscal values first
 * (the financial case), then every value type.
 */
import { sum, ZERO, type Dec } from '../../model/decimal';
import type { Model } from '../../model/model';
import type { Basis, ScenarioResult } from '../../model/results';
import type { FigureTable } from '../shared/chart-types';
import { isPayer } from '../shared/payers';

export const COST_BORNE_COLUMNS = [
  'Fiscal cost borne (doing nothing)',
  'Fiscal cost avoided',
  'Cost borne, all value types',
  'Cost avoided, all value types',
];

export function costBorneTable(model: Model, result: ScenarioResult, basis: Basis): FigureTable {
  const rows = model.partners.map((partner) => {
    const summary = result.partnerSummaries.find((s) => s.partnerId === partner.id);
    return {
      label: isPayer(partner) ? partner.name : `${partner.name} (bears costs, never pays)`,
      cells: [
        summary?.fiscal.doNothing[basis] ?? ZERO,
        summary?.fiscal.avoided[basis] ?? ZERO,
        summary?.doNothing[basis] ?? ZERO,
        summary?.avoided[basis] ?? ZERO,
      ] satisfies Dec[],
    };
  });
  return {
    rowHeader: 'Partner',
    columns: COST_BORNE_COLUMNS,
    rows,
    foot: [
      {
        label: 'All partners',
        cells: COST_BORNE_COLUMNS.map((_, k) => sum(rows.map((row) => row.cells[k] ?? ZERO))),
      },
    ],
    format: 'money',
  };
}
