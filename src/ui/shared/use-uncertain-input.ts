/**
 * An uncertain input of the model on screen, by key, with its default range: what the range field beside
 * a figure needs. Read from the last valid model, so a field still shows its default while another box
 * holds a mistake.
 */
import type { Model } from '../../model/model';
import type { Confidence } from '../../model/uncertainty/uncertain-input';
import { defaultRange, uncertainInputs } from '../../model/uncertainty/uncertain-inputs';
import { useShown } from '../../state/store-context';

/** The figures as decimal strings, so a field re-renders only when one of them changes. */
export type UncertainInputView = {
  value: string;
  low: string;
  high: string;
  defaultLow: string;
  defaultHigh: string;
  confidence: Confidence;
  isDefault: boolean;
};

const viewsByModel = new WeakMap<Model, Map<string, UncertainInputView>>();

function viewsOf(model: Model): Map<string, UncertainInputView> {
  const known = viewsByModel.get(model);
  if (known) return known;
  const views = new Map<string, UncertainInputView>();
  for (const input of uncertainInputs(model)) {
    const defaults = defaultRange(input.value, input.confidence, input.min, input.max);
    views.set(input.key, {
      value: input.value.toString(),
      low: input.low.toString(),
      high: input.high.toString(),
      defaultLow: defaults.low.toString(),
      defaultHigh: defaults.high.toString(),
      confidence: input.confidence,
      isDefault: input.isDefault,
    });
  }
  viewsByModel.set(model, views);
  return views;
}

/** The input with this key in the model on screen; null before the first figures, or for a new figure. */
export function useUncertainInput(key: string): UncertainInputView | null {
  return useShown((shown) => (shown ? (viewsOf(shown.model).get(key) ?? null) : null));
}
