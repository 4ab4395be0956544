import { Dec } from '../../model/decimal';
import { HMT_PRICE_INDEX } from '../../model/reference/hmt-price-index';
import { formatFinancialYear, formatMoney } from '../shared/format';

export type PriceExample = { from: string; fromYear: string; to: string; toYear: string };

/**
 * A worked conversion with the built-in deflators, so the Methodology page shows real figures from the
 * current release rather than numbers typed by hand that could go stale.
 */
export function priceExample(amount = '415', fromYear = 2008, toYear = 2026): PriceExample | null {
  const fromIndex = HMT_PRICE_INDEX.values[fromYear];
  const toIndex = HMT_PRICE_INDEX.values[toYear];
  if (fromIndex === undefined || toIndex === undefined) return null;
  const converted = new Dec(amount).times(toIndex).div(fromIndex);
  return {
    from: formatMoney(new Dec(amount)),
    fromYear: formatFinancialYear(fromYear),
    to: formatMoney(converted, { pence: true }),
    toYear: formatFinancialYear(toYear),
  };
}
