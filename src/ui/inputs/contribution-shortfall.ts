/**
 * The sentence under a scenario's offers: how far what partners offer falls short of (or exceeds) the
 * cost of the services, per year and in present value. Positive is a shortfall, negative a surplus.
 */
import type { Dec } from '../../model/decimal';
import { formatFinancialYear } from '../../model/financial-year';
import { formatMoney } from '../shared/format';

function word(amount: Dec): 'shortfall' | 'surplus' {
  return amount.isNegative() ? 'surplus' : 'shortfall';
}

function money(amount: Dec): string {
  return formatMoney(amount.abs());
}

export function shortfallSentence(
  byYear: readonly Dec[],
  pv: Dec,
  years: readonly number[],
): string {
  const moving = byYear.flatMap((amount, t) => (amount.isZero() ? [] : [{ amount, t }]));
  const first = moving[0];
  if (!first) return 'Offers cover the cost of the services exactly in every year.';
  const inPV = `(${money(pv)} in present value)`;
  const sameSign = moving.every((m) => m.amount.isNegative() === first.amount.isNegative());
  if (!sameSign) {
    const short = moving.filter((m) => !m.amount.isNegative()).length;
    return `Offers leave a shortfall in ${short} ${short === 1 ? 'year' : 'years'} and a surplus in ${moving.length - short}: overall a ${word(pv)} of ${money(pv)} in present value.`;
  }
  const which = word(first.amount);
  if (moving.length === 1)
    return `Offers leave a ${which} of ${money(first.amount)} in ${formatFinancialYear(years[first.t] ?? 0)} ${inPV}.`;
  const when =
    moving.length === years.length ? '' : ` in ${moving.length} of the ${years.length} years`;
  if (moving.every((m) => m.amount.eq(first.amount)))
    return `Offers leave a ${which} of ${money(first.amount)} a year${when} ${inPV}.`;
  const sizes = moving.map((m) => m.amount.abs());
  const low = sizes.reduce((a, b) => (b.lt(a) ? b : a));
  const high = sizes.reduce((a, b) => (b.gt(a) ? b : a));
  return `Offers leave a ${which} of ${money(low)} to ${money(high)} a year${when} ${inPV}.`;
}
