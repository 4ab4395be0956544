/**
 * Tooltips show the exact figure the data function formatted (`${key}Text`), never a float rounded
 * for display.
 */
export function tooltipText(
  value: unknown,
  _name: unknown,
  item: { dataKey?: unknown; payload?: unknown },
): string {
  const point = item.payload;
  const key = item.dataKey;
  if (typeof key === 'string' && typeof point === 'object' && point !== null) {
    const text: unknown = Reflect.get(point, `${key}Text`);
    if (typeof text === 'string') return text;
  }
  return typeof value === 'number' ? String(value) : '';
}
