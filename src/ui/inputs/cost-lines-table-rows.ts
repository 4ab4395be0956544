/**
 * The cost lines as the rows of the Costs screen's table: each line's figures as text to show, values to
 * sort by, and its first-year cost of doing nothing from the shown results.
 */
import type { Dec } from '../../model/decimal';
import { parseDecimal } from '../../model/field-reader';
import type { CostLineFile, ModelFile, ValueType } from '../../model/model-file';
import { COST_LINE_DEFAULTS } from '../../model/records/cost-line';
import type { Results } from '../../model/results';
import { formatFinancialYear, formatMoney, formatPercent } from '../shared/format';
import type { SortValue } from './cost-lines-table-sort';

export type CostLineColumn =
  | 'name'
  | 'stream'
  | 'rate'
  | 'quantity'
  | 'unitCost'
  | 'priceYear'
  | 'valueType'
  | 'bearers'
  | 'firstYear';

export type CostLineRow = {
  index: number;
  id: string;
  name: string;
  stream: string;
  rate: string;
  quantity: string;
  unitCost: string;
  priceYear: string;
  valueType: ValueType;
  cashable: boolean;
  bearers: string;
  bearerIds: string[];
  firstYear: string;
  sortBy: Record<CostLineColumn, SortValue>;
};

export const VALUE_TYPE_WORDS: Record<ValueType, string> = {
  fiscal: 'Fiscal',
  economic: 'Economic',
  social: 'Social',
};

function numberOf(text: string): Dec | null {
  return parseDecimal(text);
}

/** The first projection year's cost of doing nothing of each line, by line id. */
export function firstYearCosts(results: Results | null): Map<string, Dec> {
  const costs = new Map<string, Dec>();
  for (const line of results?.doNothing.lines ?? []) {
    const first = line.cost[0];
    if (first) costs.set(line.lineId, first);
  }
  return costs;
}

function bearerText(line: CostLineFile, partnerNames: Map<string, string>): string {
  if (line.bearers.length === 0) return 'Nobody yet';
  if (line.bearers.length === 1 && numberOf(line.bearers[0]?.share ?? '')?.eq(1))
    return partnerNames.get(line.bearers[0]?.partner ?? '') ?? line.bearers[0]?.partner ?? '';
  return line.bearers
    .map((b) => {
      const who = partnerNames.get(b.partner) ?? b.partner;
      const share = numberOf(b.share);
      return `${who} ${share ? formatPercent(share, 2) : b.share}`;
    })
    .join(', ');
}

export function costLineRows(
  file: Pick<ModelFile, 'costLines' | 'partners' | 'streams' | 'priceBaseYear'>,
  costs: Map<string, Dec> | null,
): CostLineRow[] {
  const partnerNames = new Map(file.partners.map((p) => [p.id, p.name || p.id]));
  const streamNames = new Map(file.streams.map((s) => [s.id, s.name || s.id]));
  return file.costLines.map((line, index) => {
    const rate = numberOf(line.rate);
    const quantityText = line.quantity ?? COST_LINE_DEFAULTS.quantity;
    const quantity = numberOf(quantityText);
    const unitCost = numberOf(line.unitCost);
    const priceYear = line.priceYear ?? file.priceBaseYear;
    const valueType = line.valueType ?? COST_LINE_DEFAULTS.valueType;
    const cost = costs?.get(line.id) ?? null;
    const name = line.name || `Cost line ${index + 1}`;
    const stream = streamNames.get(line.stream) ?? (line.stream || 'None chosen');
    const bearers = bearerText(line, partnerNames);
    const unit = line.unit ?? '';
    return {
      index,
      id: line.id,
      name,
      stream,
      rate: rate ? rate.toString() : line.rate,
      quantity: `${quantity ? quantity.toString() : quantityText}${unit ? ` ${unit}` : ''}`,
      unitCost: unitCost ? formatMoney(unitCost, { pence: true }) : line.unitCost,
      priceYear: Number.isInteger(priceYear) ? formatFinancialYear(priceYear) : String(priceYear),
      valueType,
      cashable: line.cashable ?? COST_LINE_DEFAULTS.cashable,
      bearers,
      bearerIds: line.bearers.map((b) => b.partner),
      firstYear: cost ? formatMoney(cost) : '—',
      sortBy: {
        name,
        stream,
        rate: rate?.toNumber() ?? null,
        quantity: quantity?.toNumber() ?? null,
        unitCost: unitCost?.toNumber() ?? null,
        priceYear: Number.isInteger(priceYear) ? priceYear : null,
        valueType,
        bearers,
        firstYear: cost?.toNumber() ?? null,
      },
    };
  });
}

/** The rows borne (in part) by `partner` and of `valueType`; '' for either means any. */
export function filterCostLineRows(
  rows: readonly CostLineRow[],
  partner: string,
  valueType: ValueType | '',
): CostLineRow[] {
  return rows.filter(
    (row) =>
      (partner === '' || row.bearerIds.includes(partner)) &&
      (valueType === '' || row.valueType === valueType),
  );
}
