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

/** decimal.js's own representation of a value: sign, exponent and base-1e7 digit groups. */
type DecimalParts = { s: number; e: number; d: number[] | null };

/**
 * Appends a value's exact parts (sign, exponent, digit count, digits) to `out`. Sending these between
 * threads is far quicker than sending digit strings, which decimal.js parses slowly.
 */
export function packDecimal(value: Dec, out: number[]): void {
  const { s, e, d } = value as unknown as DecimalParts;
  out.push(s, e, d === null ? -1 : d.length);
  if (d) for (const group of d) out.push(group);
}

/** Whether two values have the very same representation: quicker than `eq`, for telling unchanged figures. */
export function isSameDecimal(a: Dec, b: Dec): boolean {
  const x = a as unknown as DecimalParts;
  const y = b as unknown as DecimalParts;
  if (x.s !== y.s || x.e !== y.e) return false;
  if (x.d === null || y.d === null) return x.d === y.d;
  if (x.d.length !== y.d.length) return false;
  for (let i = 0; i < x.d.length; i += 1) if (x.d[i] !== y.d[i]) return false;
  return true;
}

/** Rebuilds a value that `packDecimal` wrote at `offset`; returns it with the offset after it. */
export function unpackDecimal(parts: ArrayLike<number>, offset: number): [Dec, number] {
  const length = parts[offset + 2] ?? -1;
  const value = Object.create(Dec.prototype) as DecimalParts & { constructor: typeof Dec };
  // decimal.js marks each value with the configured copy that made it, as its own constructor does.
  value.constructor = Dec;
  value.s = parts[offset] ?? Number.NaN;
  value.e = parts[offset + 1] ?? Number.NaN;
  let digits: number[] | null = null;
  if (length >= 0) {
    // A plain loop: Array.from here costs more than everything else put together.
    digits = new Array<number>(length);
    for (let i = 0; i < length; i += 1) digits[i] = parts[offset + 3 + i] ?? 0;
  }
  value.d = digits;
  return [value as unknown as Dec, offset + 3 + Math.max(length, 0)];
}
