import type { EffectFile } from '../../model/model-file';
import { useModel } from '../../state/store-context';
import { Field } from '../shared/field';
import { PercentInput } from '../shared/percent-input';
import {
  effectFromTarget,
  effectTargetGroups,
  effectTargetValue,
  newEffectTarget,
} from './effect-targets';
import { useServiceEdit } from './service-edit';

type Props = { serviceId: string; index: number; effects: readonly EffectFile[] };

/** A service's effects: each a cost line or a whole stream, and how much of that cost it removes. */
export function EffectList({ serviceId, index, effects }: Props) {
  const costLines = useModel((s) => s.file.costLines);
  const streams = useModel((s) => s.file.streams);
  const groups = effectTargetGroups({ costLines, streams });
  const target = newEffectTarget({ costLines, streams }, effects);
  const editService = useServiceEdit(serviceId);
  const at = `services[${index}].effects`;
  const labelOf = (value: string) =>
    [...groups.costLines, ...groups.streams].find((o) => o.value === value)?.label;
  return (
    <fieldset className="effects">
      <legend>Effects</legend>
      <p className="field__hint">
        How much of each cost the service removes at full strength, before optimism bias and the
        scenario’s effectiveness. A stream effect reduces every line that follows it.
      </p>
      {effects.length === 0 && <p>No effects yet: this service costs money but avoids nothing.</p>}
      {effects.map((effect, k) => {
        const value = effectTargetValue(effect);
        const targetPath = `${at}[${k}].${'costLine' in effect ? 'costLine' : 'stream'}`;
        const label = labelOf(value);
        return (
          <div className="effect-row" key={k}>
            <Field label={`Effect ${k + 1} reduces`} path={targetPath}>
              {(aria) => (
                <select
                  {...aria}
                  className="input"
                  value={value}
                  onChange={(event) => {
                    const next = effectFromTarget(event.currentTarget.value, effect.reduction);
                    if (!next) return;
                    editService(`effects.${k}.target`, (s) => {
                      s.effects[k] = next;
                    });
                  }}
                >
                  {label === undefined && <option value={value}>Choose what it reduces</option>}
                  <optgroup label="Cost lines">
                    {groups.costLines.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label="Whole streams">
                    {groups.streams.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </optgroup>
                </select>
              )}
            </Field>
            <PercentInput
              label={`Reduction by effect ${k + 1}`}
              path={`${at}[${k}].reduction`}
              value={effect.reduction}
              onChange={(v) => {
                editService(`effects.${k}.reduction`, (s) => {
                  const e = s.effects[k];
                  if (e) e.reduction = v;
                });
              }}
            />
            <button
              type="button"
              className="button button--link"
              onClick={() => {
                editService(null, (s) => {
                  s.effects.splice(k, 1);
                });
              }}
            >
              Remove <span className="visually-hidden">effect {k + 1}</span>
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        disabled={!target}
        onClick={() => {
          if (!target) return;
          editService(null, (s) => {
            s.effects.push(target);
          });
        }}
      >
        Add an effect
      </button>
    </fieldset>
  );
}
