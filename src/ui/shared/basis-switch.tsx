import { useView } from '../../state/store-context';
import { BASIS_LABELS } from '../../state/view-slice';
import type { Basis } from '../../model/results';

const BASES: readonly Basis[] = ['real', 'cash', 'pv'];

/** "Show money as": real terms, cash terms or present value, shared by every results screen. */
export function BasisSwitch({ name }: { name: string }) {
  const basis = useView((s) => s.basis);
  const setBasis = useView((s) => s.setBasis);
  return (
    <fieldset className="basis-switch">
      <legend>Show money as</legend>
      <div className="basis-switch__options">
        {BASES.map((b) => (
          <label key={b} className="basis-switch__option">
            <input
              type="radio"
              name={name}
              value={b}
              checked={basis === b}
              onChange={() => {
                setBasis(b);
              }}
            />
            {BASIS_LABELS[b]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
