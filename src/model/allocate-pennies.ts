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
  const n = exactShares.length;
  if (n === 0) return [];
  const shares = exactShares.map((share) => floorPennies(share));
  // Whole pennies still to give out (negative: to take back), kept exact however large.
  const remaining = toPennies(total).minus(sum(shares)).div(PENNY).round();
  // Sorted by the remainder as a float first (fast), falling back to the exact remainder where floats tie.
  const order = exactShares
    .map((share, index) => {
      const remainder = share.minus(shares[index] ?? ZERO);
      return { index, remainder, approx: remainder.toNumber() };
    })
    .sort(
      (a, b) => b.approx - a.approx || b.remainder.comparedTo(a.remainder) || a.index - b.index,
    );
  // Normally 0 ≤ remaining ≤ n. Beyond that, every partner takes the same whole number of rounds and
  // the rest go one each in order, exactly as handing out one penny at a time round the order would;
  // pennies taken back go round the order from its end. The work does not grow with the amounts.
  const count = remaining.abs();
  const rounds = count.divToInt(n);
  const rest = count.minus(rounds.times(n)).toNumber();
  const step = remaining.isNegative() ? PENNY.negated() : PENNY;
  const everyone = step.times(rounds);
  const extra = new Set(
    (remaining.isNegative() ? order.slice(n - rest) : order.slice(0, rest)).map((o) => o.index),
  );
  return shares.map((share, i) => {
    const given = extra.has(i) ? everyone.plus(step) : everyone;
    return given.isZero() ? share : share.plus(given);
  });
}
