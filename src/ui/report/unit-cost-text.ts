import { parseDecimal } from '../../model/field-reader';
import type { UnitCostConfidence, UnitCostEntry } from '../../model/reference/unit-cost-library';
import { formatMoney } from '../shared/format';

/** "£2,470 per incident", "£334.95 per week": pence only when the figure has them. */
export function unitCostText(unitCost: string, unit: string | undefined): string {
  const amount = parseDecimal(unitCost);
  // A figure still being typed on another screen is shown as typed rather than hidden.
  const money = amount
    ? formatMoney(amount, { pence: !amount.isInteger() })
    : unitCost || 'no figure';
  return unit ? `${money} per ${unit}` : money;
}

const CONFIDENCE_WORDS: Record<UnitCostConfidence, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  'not rated': 'Not rated',
};

export function confidenceText(confidence: UnitCostConfidence): string {
  return CONFIDENCE_WORDS[confidence];
}

const VALUE_TYPE_WORDS = { fiscal: 'Fiscal', economic: 'Economic', social: 'Social' } as const;

/** "Fiscal, cashable", "Fiscal", "Economic": what kind of value a figure is, for the Sources table. */
export function valueTypeText(entry: Pick<UnitCostEntry, 'valueType' | 'cashable'>): string {
  const words = VALUE_TYPE_WORDS[entry.valueType];
  return entry.valueType === 'fiscal' && entry.cashable ? `${words}, cashable` : words;
}
