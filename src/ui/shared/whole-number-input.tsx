import { DraftNumberInput } from './draft-number-input';
import { isWholeNumberText } from './input-text';

type Props = {
  label: string;
  path: string;
  value: number;
  onChange: (value: number) => void;
  hint?: string;
  suffix?: string;
  className?: string;
};

const parseWholeNumber = (typed: string): number | null =>
  isWholeNumberText(typed) ? Number(typed.trim()) : null;

/** A box for years, months and other whole numbers; the file stores numbers, not the typed text. */
export function WholeNumberInput({ label, hint, suffix, className, ...rest }: Props) {
  return (
    <DraftNumberInput
      {...rest}
      label={label}
      toText={String}
      parse={parseWholeNumber}
      invalidMessage={`${label} should be a whole number.`}
      inputMode="numeric"
      {...(hint ? { hint } : {})}
      {...(suffix ? { suffix } : {})}
      {...(className ? { className } : {})}
    />
  );
}
