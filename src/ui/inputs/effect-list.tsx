import { memo, useMemo, type ReactNode } from 'react';
import type { EffectFile } from '../../model/model-file';
import { useModel } from '../../state/store-context';
import { useDeferredOptions } from '../shared/deferred-options';
import { Field } from '../shared/field';
import { PagedList } from '../shared/paged-list';
import { PercentInput } from '../shared/percent-input';
import { RangeInput } from '../shared/range-input';
import { EffectAdditionality } from './effect-additionality';
import {
  effectFromTarget,
  effectTargetGroups,
  effectTargetValue,
  newEffectTarget,
} from './effect-targets';
import { useServiceEdit } from './service-edit';
import { effectInputKey } from './uncertain-keys';

/** Each effect chooses from every cost line and stream: hundreds of options a row. */
const EFFECTS_PER_PAGE = 10;

type TargetProps = {
  label: string;
  path: string;
  value: string;
  /** The current target's name; undefined when it names nothing in the model. */
  currentLabel: string | undefined;
  targetCount: number;
  /** Every target, as option groups. */
  options: ReactNode;
  onChange: (value: string) => void;
};

/** What one effect reduces; a long list of targets is drawn once the select is reached. */
function EffectTarget({
  label,
  path,
  value,
  currentLabel,
  targetCount,
  options,
  onChange,
}: TargetProps) {
  const { showAll, handlers } = useDeferredOptions(targetCount);
  return (
    <Field label={label} path={path}>
      {(aria) => (
        <select
          {...aria}
          {...handlers}
          className="input"
          value={value}
          onChange={(event) => {
            onChange(event.currentTarget.value);
          }}
        >
          {currentLabel === undefined && <option value={value}>Choose what it reduces</option>}
          {showAll
            ? options
            : currentLabel !== undefined && <option value={value}>{currentLabel}</option>}
        </select>
      )}
    </Field>
  );
}

type Props = { serviceId: string; index: number; effects: readonly EffectFile[] };

/** A service's effects: each a cost line or a whole stream, and how much of that cost it removes. */
export const EffectList = memo(function EffectList({ serviceId, index, effects }: Props) {
  const costLines = useModel((s) => s.file.costLines);
  const streams = useModel((s) => s.file.streams);
  // Built once per list of targets, not per row: a service may have hundreds of effects, each choosing
  // from hundreds of targets.
  const { labels, options } = useMemo(() => {
    const groups = effectTargetGroups({ costLines, streams });
    return {
      labels: new Map([...groups.costLines, ...groups.streams].map((o) => [o.value, o.label])),
      options: (
        <>
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
        </>
      ),
    };
  }, [costLines, streams]);
  const editService = useServiceEdit(serviceId);
  const at = `services[${index}].effects`;
  const addEffect = () => {
    const target = newEffectTarget({ costLines, streams }, effects);
    if (!target) return;
    editService(null, (s) => {
      s.effects.push(target);
    });
  };
  const canAdd = costLines.length > 0 || streams.length > 0;
  return (
    <fieldset className="effects">
      <legend>Effects</legend>
      <p className="field__hint">
        How much of each cost a case the service helps no longer incurs, against doing nothing. The
        net effect takes off deadweight and keeps the share attributed to this service; optimism
        bias and the scenario’s effectiveness come after. A stream effect reduces every line that
        follows it.
      </p>
      {effects.length === 0 && <p>No effects yet: this service costs money but avoids nothing.</p>}
      <PagedList
        count={effects.length}
        pageSize={EFFECTS_PER_PAGE}
        noun={`effects of service ${index + 1}`}
        path={at}
        renderItem={(k) => {
          const effect = effects[k];
          if (!effect) return null;
          const value = effectTargetValue(effect);
          const targetPath = `${at}[${k}].${'costLine' in effect ? 'costLine' : 'stream'}`;
          const label = labels.get(value);
          const inputKey = effectInputKey(serviceId, effects, k);
          return (
            <div className="effect-row" key={k}>
              <EffectTarget
                label={`Effect ${k + 1} reduces`}
                path={targetPath}
                value={value}
                currentLabel={label}
                targetCount={labels.size}
                options={options}
                onChange={(chosen) => {
                  const next = effectFromTarget(chosen, effect);
                  if (!next) return;
                  editService(`effects.${k}.target`, (s) => {
                    s.effects[k] = next;
                  });
                }}
              />
              <div className="ranged-figure">
                <PercentInput
                  label={`Reduction by effect ${k + 1}`}
                  path={`${at}[${k}].reduction`}
                  hint="The share of the cost a helped case no longer incurs."
                  value={effect.reduction}
                  onChange={(v) => {
                    editService(`effects.${k}.reduction`, (s) => {
                      const e = s.effects[k];
                      if (e) e.reduction = v;
                    });
                  }}
                />
                <RangeInput
                  inputKey={`${inputKey}:reduction`}
                  name={`reduction by effect ${k + 1}`}
                  format="percent"
                />
              </div>
              <EffectAdditionality
                serviceId={serviceId}
                at={`${at}[${k}]`}
                k={k}
                effect={effect}
                inputKey={inputKey}
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
        }}
      />
      <button
        type="button"
        className="button button--secondary"
        disabled={!canAdd}
        onClick={addEffect}
      >
        Add an effect
      </button>
    </fieldset>
  );
});
