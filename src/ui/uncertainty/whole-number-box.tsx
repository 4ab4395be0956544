import { DraftNumberInput } from '../shared/draft-number-input';

type Props = {
  label: string;
  path: string;
  value: number;
  onChange: (value: number) => void;
  hint: string;
};

/** "10,000" as well as "10000": people write large counts with commas. Up to ten digits (a seed). */
function parseCount(text: string): number | null {
  const plain = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  return /^\d{1,10}$/.test(plain) ? Number(plain) : null;
}

/** A box for the simulation's draws and seed; whether the number is in range is the validator's call. */
export function WholeNumberBox({ label, path, value, onChange, hint }: Props) {
  return (
    <DraftNumberInput
      label={label}
      path={path}
      value={value}
      onChange={onChange}
      toText={String}
      parse={parseCount}
      invalidMessage={`${label} should be a whole number, such as 10000.`}
      inputMode="numeric"
      hint={hint}
    />
  );
}
