/**
 * Figures whose range lies on one side of today's value (effectiveness of 100% that can only fall, say).
 * Each is drawn at today's value or below it (or above), never both, so the middle run of the simulation
 * sits away from today's figures: the screen says which figures do that, so the gap is not a surprise.
 */
import type { Model } from '../../model/model';
import { uncertainInputs } from '../../model/uncertainty/uncertain-inputs';
import { formatOfKind, formatUncertainValue } from '../shared/uncertain-value-format';

export type OneSidedInput = { key: string; text: string; direction: 'falls' | 'rises' };

export function oneSidedInputs(model: Model): OneSidedInput[] {
  return uncertainInputs(model).flatMap((input) => {
    if (input.low.eq(input.high)) return [];
    const isTop = input.high.eq(input.value);
    if (!isTop && !input.low.eq(input.value)) return [];
    const shown = (value: typeof input.value) =>
      formatUncertainValue(value, formatOfKind(input.kind));
    return [
      {
        key: input.key,
        text: `${input.label} (${shown(input.value)}, range ${shown(input.low)} to ${shown(input.high)})`,
        direction: isTop ? 'falls' : 'rises',
      },
    ];
  });
}

/** Whether the middle run is far enough from today's figure to need explaining: another sign, or 10% off. */
export function isMiddleFarFromToday(middle: number, today: number): boolean {
  if (Math.sign(middle) !== Math.sign(today)) return true;
  return Math.abs(middle - today) > 0.1 * Math.abs(today);
}
