/**
 * The one door to decimal.js. Every money, rate and count in the engine is a `Dec` made here, with
 * 34 significant digits (MODEL.md asks for at least 30) and half-up rounding, so no calculation silently falls back to floating point.
 */
import DecimalBase from 'decimal.js';

export const Dec = DecimalBase.clone({
  precision: 34,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;

/** An amount of money in pounds, at full precision. Rounded only by `toPennies`. */
export type Money = Dec;

export const ZERO: Dec = new Dec(0);
export const ONE: Dec = new Dec(1);
const PENNY = new Dec('0.01');

export function sum(values: readonly Dec[]): Dec {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

/** Money rounded to whole pennies, half up (half a penny rounds away from zero). */
export function toPennies(amount: Dec): Dec {
  return amount.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** Pennies rounded down (towards minus infinity), used before sharing out remainders. */
export function floorPennies(amount: Dec): Dec {
  return amount.toDecimalPlaces(2, Dec.ROUND_FLOOR);
}

/** A money amount as the string the model file and exports use: always two decimal places. */
export function formatPennies(amount: Dec): string {
  return toPennies(amount).toFixed(2);
}

export { PENNY };
