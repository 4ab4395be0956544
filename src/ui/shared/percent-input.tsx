import { DraftNumberInput } from './draft-number-input';
import { fractionToPercentText, percentTextToFraction } from './input-text';

type Props = {
  label: string;
  path: string;
  /** The stored fraction, e.g. "0.25". */
  value: string;
  onChange: (fraction: string) => void;
  hint?: string;
  className?: string;
};

/** A percentage box over a stored fraction: shows "25", stores "0.25". */
export function PercentInput({ label, hint, className, ...rest }: Props) {
  return (
    <DraftNumberInput
      {...rest}
      label={label}
      toText={fractionToPercentText}
      parse={percentTextToFraction}
      invalidMessage={`${label} should be a percentage such as 25 or 12.5.`}
      inputMode="decimal"
      suffix="%"
      {...(hint ? { hint } : {})}
      {...(className ? { className } : {})}
    />
  );
}
