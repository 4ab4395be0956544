/** Words that say which basis a figure is in, on every table and chart. */
import type { Model } from '../../model/model';
import type { Basis } from '../../model/results';
import { formatFinancialYear, formatPercent } from './format';

/** "Present value at 2026/27 prices, discounted at 3.5%", "Real terms, 2026/27 prices", "Cash terms (2% inflation)". */
export function basisLabel(basis: Basis, model: Model): string {
  const prices = `${formatFinancialYear(model.priceBaseYear)} prices`;
  if (basis === 'pv')
    return `Present value at ${prices}, discounted at ${formatPercent(model.discountRate)}`;
  if (basis === 'real') return `Real terms, ${prices}`;
  return `Cash terms (${formatPercent(model.inflationRate)} inflation)`;
}

/** The basis inside a sentence: "present value", "real terms", "cash terms". */
export function basisWords(basis: Basis): string {
  if (basis === 'pv') return 'present value';
  return basis === 'real' ? 'real terms' : 'cash terms';
}
