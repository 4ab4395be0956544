/**
 * Shares a pooled amount into whole pennies that add up exactly to the pool rounded to pennies
 * (MODEL.md, "Contributions"): round each share down, then give the remaining pennies to the largest
 * remainders, ties going to the earlier partner.
 */
import { floorPennies, PENNY, sum, toPennies, ZERO, type Dec } from './decimal';

/**
 * @param exactShares each partner's exact share of the pool, in pounds (full precision).
 * @param total the pool in pounds; the result adds up to `toPennies(total)`.
 */
export function allocatePennies(exactShares: readonly Dec[], total: Dec): Dec[] {
  if (exactShares.length === 0) return [];
  const shares = exactShares.map((share) => floorPennies(share));
  let remaining = toPennies(total).minus(sum(shares)).div(PENNY).round().toNumber();
  // Sorted by the remainder as a float first (fast), falling back to the exact remainder where floats tie.
  const order = exactShares
    .map((share, index) => {
      const remainder = share.minus(shares[index] ?? ZERO);
      return { index, remainder, approx: remainder.toNumber() };
    })
    .sort(
      (a, b) => b.approx - a.approx || b.remainder.comparedTo(a.remainder) || a.index - b.index,
    );
  // Normally 0 ≤ remaining ≤ n; the loops also cope with the rare cases outside that.
  for (let k = 0; remaining > 0; k = (k + 1) % order.length, remaining -= 1) {
    const i = order[k]?.index ?? 0;
    shares[i] = (shares[i] ?? ZERO).plus(PENNY);
  }
  for (
    let k = order.length - 1;
    remaining < 0;
    k = (k - 1 + order.length) % order.length, remaining += 1
  ) {
    const i = order[k]?.index ?? 0;
    shares[i] = (shares[i] ?? ZERO).minus(PENNY);
  }
  return shares;
}
