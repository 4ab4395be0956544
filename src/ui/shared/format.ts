/**
 * The one set of en-GB formatters for money, percentages, counts and financial years. Money is rounded
 * half up from the exact decimal, never through floating point.
 */
import { Dec, type Dec as DecType } from '../../model/decimal';
export { formatFinancialYear } from '../../model/financial-year';

const grouping = new Intl.NumberFormat('en-GB');

function groupDigits(digits: string): string {
  return grouping.format(BigInt(digits));
}

/** £1,234,567 (whole pounds) or £1,234,567.89 with `pence`; negatives as −£1,234. */
export function formatMoney(amount: DecType, options: { pence?: boolean } = {}): string {
  const places = options.pence ? 2 : 0;
  const rounded = amount.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
  const [whole = '0', fraction] = rounded.abs().toFixed(places).split('.');
  const text = `£${groupDigits(whole)}${fraction ? `.${fraction}` : ''}`;
  return rounded.isNegative() && !rounded.isZero() ? `−${text}` : text;
}

/** 0.125 → "12.5%". */
export function formatPercent(fraction: DecType, places = 1): string {
  const value = fraction.times(100).toDecimalPlaces(places, Dec.ROUND_HALF_UP);
  return `${value.isNegative() ? '−' : ''}${value.abs().toString()}%`;
}

/** Caseloads are expected values: shown to whole cases with grouping. */
export function formatCount(count: DecType): string {
  return groupDigits(count.toDecimalPlaces(0, Dec.ROUND_HALF_UP).abs().toFixed(0));
}

/** A ratio such as a benefit–cost ratio: "2.53". */
export function formatRatio(ratio: DecType | null): string {
  return ratio === null ? 'none' : ratio.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
}
