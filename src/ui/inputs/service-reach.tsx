import { useState } from 'react';
import type { EffectFile, ReachFile } from '../../model/model-file';
import { REACH_DEFAULTS } from '../../model/records/service';
import { useModel } from '../../state/store-context';
import { SelectInput } from '../shared/select-input';
import { fieldId, useFieldProblem } from '../shared/use-field-problem';
import { streamsEffectsName } from './effect-targets';
import { useServiceEdit } from './service-edit';
import { ServiceReachRow } from './service-reach-row';

type Props = {
  serviceId: string;
  index: number;
  reach: readonly ReachFile[] | undefined;
  effects: readonly EffectFile[];
};

/** The caseloads a service serves, the share of each it reaches and its capacity (MODEL.md, "Who is helped"). */
export function ServiceReach({ serviceId, index, reach, effects }: Props) {
  const streams = useModel((s) => s.file.streams);
  const costLines = useModel((s) => s.file.costLines);
  const editService = useServiceEdit(serviceId);
  const [chosen, setChosen] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const at = `services[${index}].reach`;
  const problem = useFieldProblem(at);
  const nameOf = (id: string) => {
    const stream = streams.find((s) => s.id === id);
    return stream ? stream.name || stream.id : id;
  };
  const listed = reach ?? [];
  const unlisted = streams.filter((s) => !listed.some((r) => r.stream === s.id));
  const toAdd = unlisted.some((s) => s.id === chosen) ? chosen : (unlisted[0]?.id ?? '');
  const named = streamsEffectsName({ costLines, streams }, effects);

  const add = () => {
    if (toAdd === '') return;
    const started = reach === undefined;
    // The first row lists every caseload the effects already work on too, so none is left unreached.
    const next = !started ? [toAdd] : named.includes(toAdd) ? named : [...named, toAdd];
    editService(null, (s) => {
      s.reach ??= [];
      for (const stream of next) s.reach.push({ stream, coverage: REACH_DEFAULTS.coverage });
    });
    setNotice(
      started && next.length > 1
        ? `Listed ${next.map(nameOf).join(', ')} at 100%: the effects work on all of them.`
        : `Added ${nameOf(toAdd)} at 100%.`,
    );
  };

  return (
    <fieldset className="effects reach">
      <legend>Who it reaches</legend>
      <p className="field__hint">
        Left empty, the service reaches every case of the caseloads its effects name.
      </p>
      {reach === undefined && (
        <p>
          {named.length === 0
            ? 'Its effects name no caseload yet.'
            : `Now it reaches every case of: ${named.map(nameOf).join(', ')}.`}
        </p>
      )}
      {listed.map((item, k) => (
        <ServiceReachRow
          key={k}
          serviceId={serviceId}
          at={`${at}[${k}]`}
          k={k}
          item={item}
          name={nameOf(item.stream)}
        />
      ))}
      <p id={fieldId(at)} tabIndex={-1} className="field__error" hidden={!problem}>
        {problem}
      </p>
      {unlisted.length > 0 && (
        <div className="inline-form">
          <SelectInput
            label="Caseload to add"
            path={`${at}.new`}
            hint="A caseload the service serves that is not listed yet."
            value={toAdd}
            options={unlisted.map((s) => ({ value: s.id, label: s.name || s.id }))}
            onChange={setChosen}
          />
          <button type="button" className="button button--secondary" onClick={add}>
            Add the caseload
          </button>
        </div>
      )}
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
    </fieldset>
  );
}
