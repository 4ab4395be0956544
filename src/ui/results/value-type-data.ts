/** The cost of doing nothing and the cost avoided under each scenario, by value type. */
import { sum, ZERO } from '../../model/decimal';
import type { ValueType } from '../../model/model-file';
import type { Basis, Results } from '../../model/results';
import type { FigureTable } from '../shared/chart-types';

const VALUE_TYPES: readonly ValueType[] = ['fiscal', 'economic', 'social'];

export const VALUE_TYPE_LABELS: Record<ValueType, string> = {
  fiscal: 'Fiscal: public bodies’ budgets',
  economic: 'Economic: lost output and other costs to the economy',
  social: 'Social: harm to victims’ health and wellbeing',
};

/** Rows are the value types (fiscal first: the financial case), with all three added up at the foot. */
export function valueTypeTable(results: Results, basis: Basis): FigureTable {
  const { doNothing } = results;
  const rowOf = (type: ValueType) => [
    doNothing.valueTypes[type].totals[basis],
    ...results.scenarios.map((s) => s.valueTypes[type].avoided[basis]),
  ];
  const rows = VALUE_TYPES.map((type) => ({ label: VALUE_TYPE_LABELS[type], cells: rowOf(type) }));
  const columnCount = results.scenarios.length + 1;
  const totals = Array.from({ length: columnCount }, (_, k) =>
    sum(rows.map((row) => row.cells[k] ?? ZERO)),
  );
  return {
    rowHeader: 'Value type',
    columns: ['Cost of doing nothing', ...results.scenarios.map((s) => `Cost avoided: ${s.name}`)],
    rows,
    foot: [{ label: 'All value types', cells: totals }],
    format: 'money',
  };
}
