/**
 * The running total of a list of shares typed as fractions ("0.25"), for the "Shares total 100%" line
 * under bearer and custom-share tables. Text that is not a number yet is left out of the total.
 */
import { ONE, ZERO, type Dec } from '../../model/decimal';
import { parseDecimal } from '../../model/field-reader';
import { formatPercent } from '../shared/format';

export type ShareTotal = { total: Dec; isWhole: boolean; text: string };

export function shareTotal(shares: readonly string[]): ShareTotal {
  const total = shares.reduce<Dec>((sum, share) => sum.plus(parseDecimal(share) ?? ZERO), ZERO);
  const isWhole = total.eq(ONE);
  return {
    total,
    isWhole,
    text: isWhole
      ? 'Shares total 100%'
      : `Shares total ${formatPercent(total, 4)}: they must total 100%`,
  };
}
