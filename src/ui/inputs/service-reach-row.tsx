import type { ReachFile } from '../../model/model-file';
import { REACH_DEFAULTS } from '../../model/records/service';
import { PercentInput } from '../shared/percent-input';
import { RangeInput } from '../shared/range-input';
import { TextInput } from '../shared/text-input';
import { fieldId, useFieldProblem } from '../shared/use-field-problem';
import { useServiceEdit } from './service-edit';

type Props = {
  serviceId: string;
  /** Where the row is in the model file, e.g. "services[0].reach[1]". */
  at: string;
  k: number;
  item: ReachFile;
  /** The stream's name; its id when it names no stream in the model. */
  name: string;
};

/** One caseload a service reaches: the share of its cases, and how many a year at most. */
export function ServiceReachRow({ serviceId, at, k, item, name }: Props) {
  const editService = useServiceEdit(serviceId);
  const streamPath = `${at}.stream`;
  const streamProblem = useFieldProblem(streamPath);
  return (
    <div className="effect-row reach-row">
      <p className="field reach-row__stream">
        <span>Caseload</span>
        <span>{name}</span>
      </p>
      {/* The stream cannot be typed, so a message about it (an unknown or repeated stream) sits here. */}
      <p id={fieldId(streamPath)} tabIndex={-1} className="field__error" hidden={!streamProblem}>
        {streamProblem}
      </p>
      <div className="ranged-figure">
        <PercentInput
          label={`Share of ${name} reached`}
          path={`${at}.coverage`}
          hint="The share of this caseload’s cases the service is there for."
          value={item.coverage ?? REACH_DEFAULTS.coverage}
          onChange={(v) => {
            editService(`reach.${k}.coverage`, (s) => {
              const r = s.reach?.[k];
              if (r) r.coverage = v;
            });
          }}
        />
        <RangeInput
          inputKey={`reach:${serviceId}:${item.stream}:coverage`}
          name={`share of ${name} reached`}
          format="percent"
        />
      </div>
      <TextInput
        label={`Cases of ${name} a year at most`}
        path={`${at}.capacity`}
        kind="decimal"
        width="short"
        hint="How many cases a year it can help at full strength. Blank for no limit."
        value={item.capacity ?? ''}
        onChange={(v) => {
          editService(`reach.${k}.capacity`, (s) => {
            const r = s.reach?.[k];
            if (!r) return;
            // A blank box means no limit: the file leaves capacity out.
            if (v.trim() === '') delete r.capacity;
            else r.capacity = v;
          });
        }}
      />
      <button
        type="button"
        className="button button--link"
        onClick={() => {
          editService(null, (s) => {
            s.reach?.splice(k, 1);
            // An empty list means the default again: every caseload the effects name.
            if (s.reach?.length === 0) delete s.reach;
          });
        }}
      >
        Remove <span className="visually-hidden">the caseload {name}</span>
      </button>
    </div>
  );
}
