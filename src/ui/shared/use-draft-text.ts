import { useState } from 'react';
import { useModelStore } from '../../state/store-context';

type Options<T> = {
  path: string;
  /** The stored value. */
  value: T;
  toText: (value: T) => string;
  /** The value for some typed text, or null when the text cannot be stored. */
  parse: (text: string) => T | null;
  invalidMessage: string;
  onChange: (value: T) => void;
};

/**
 * The text of a box whose stored form differs from what is typed (a percentage over a fraction, a whole
 * number). Text that cannot be stored stays in the box with its message and is registered as a draft,
 * so the results are marked out of date until it is fixed; changes from elsewhere (undo) replace it.
 */
export function useDraftText<T>({
  path,
  value,
  toText,
  parse,
  invalidMessage,
  onChange,
}: Options<T>) {
  const store = useModelStore();
  const [text, setText] = useState(() => toText(value));
  const [shownValue, setShownValue] = useState(value);
  const [localError, setLocalError] = useState<string | null>(null);
  if (value !== shownValue) {
    setShownValue(value);
    if (parse(text) !== value) {
      setText(toText(value));
      setLocalError(null);
    }
  }
  const onTextChange = (typed: string) => {
    setText(typed);
    const parsed = parse(typed);
    if (parsed === null) {
      setLocalError(invalidMessage);
      store.getState().setDraft(path, invalidMessage);
      return;
    }
    setLocalError(null);
    store.getState().setDraft(path, null);
    setShownValue(parsed);
    onChange(parsed);
  };
  return { text, localError, onTextChange };
}
