/**
 * How an uncertain figure is written: money in pounds, a share as a percentage (the file stores 0.25 for
 * 25%), and a rate as a plain number. The range field and the "How sure" screen write them the same way.
 */
import type { Dec } from '../../model/decimal';
import type { InputKind } from '../../model/uncertainty/uncertain-input';
import { formatMoney, formatPercent } from './format';

export type ValueFormat = 'money' | 'percent' | 'number';

const FORMAT_OF_KIND: Record<InputKind, ValueFormat> = {
  unitCost: 'money',
  serviceCost: 'money',
  rate: 'number',
  growth: 'percent',
  reduction: 'percent',
  deadweight: 'percent',
  attribution: 'percent',
  coverage: 'percent',
  effectiveness: 'percent',
};

export function formatOfKind(kind: InputKind): ValueFormat {
  return FORMAT_OF_KIND[kind];
}

const plainNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

/** £315, £311.25, 37.5%, 0.25: pence only where a figure has them, up to two places of a percentage. */
export function formatUncertainValue(value: Dec, format: ValueFormat): string {
  if (format === 'money') return formatMoney(value, { pence: !value.isInteger() });
  if (format === 'percent') return formatPercent(value, 2);
  const text = plainNumber.format(value.toNumber());
  return text.replace(/^-/, '−');
}
