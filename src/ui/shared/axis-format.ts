/**
 * Axis ticks such as £6.75m, £450k, £1.35m: short money figures with as many decimals as the tick
 * needs (up to two), so nice steps like 6.25m are not shown rounded to a value they are not.
 */
function trimmed(value: number): string {
  return String(Number(value.toFixed(2)));
}

export function moneyTick(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (abs >= 1e9) return `${sign}£${trimmed(abs / 1e9)}bn`;
  if (abs >= 1e6) return `${sign}£${trimmed(abs / 1e6)}m`;
  if (abs >= 1e3) return `${sign}£${trimmed(abs / 1e3)}k`;
  return `${sign}£${trimmed(abs)}`;
}
