import type { EffectFile } from '../../model/model-file';
import { parseDecimal } from '../../model/field-reader';
import { EFFECT_DEFAULTS, netEffect } from '../../model/records/effect';
import { useModel } from '../../state/store-context';
import { formatPercent } from '../shared/format';
import { PercentInput } from '../shared/percent-input';
import { RangeInput } from '../shared/range-input';
import { TextInput } from '../shared/text-input';
import { useServiceEdit } from './service-edit';

/**
 * The net effect as typed, `reduction × (1 − deadweight) × attribution`, for display beside the boxes;
 * null while any of the three is not a number (its box then says what is wrong).
 */
export function netEffectText(effect: EffectFile): string | null {
  const reduction = parseDecimal(effect.reduction);
  const deadweight = parseDecimal(effect.deadweight ?? EFFECT_DEFAULTS.deadweight);
  const attribution = parseDecimal(effect.attribution ?? EFFECT_DEFAULTS.attribution);
  if (reduction === null || deadweight === null || attribution === null) return null;
  const net = netEffect({
    target: 'stream',
    id: '',
    reduction,
    deadweight,
    attribution,
    source: '',
  });
  return formatPercent(net, 2);
}

const NET_EFFECT_FIELDS = ['reduction', 'deadweight', 'attribution'] as const;

type Props = {
  serviceId: string;
  /** Where the effect is in the model file, e.g. "services[0].effects[2]". */
  at: string;
  /** The effect's position in its service, from 0. */
  k: number;
  effect: EffectFile;
  /** The effect's uncertain-input key, less the field (see uncertain-keys). */
  inputKey: string;
};

/** Deadweight, attribution and source of one effect, and the net effect they leave. */
export function EffectAdditionality({ serviceId, at, k, effect, inputKey }: Props) {
  const editService = useServiceEdit(serviceId);
  // A box holding text that is not a number has not changed the file: no net effect until it is fixed.
  const isTyping = useModel((s) =>
    NET_EFFECT_FIELDS.some((key) => s.drafts[`${at}.${key}`] !== undefined),
  );
  const n = k + 1;
  const net = isTyping ? null : netEffectText(effect);
  return (
    <>
      <div className="ranged-figure">
        <PercentInput
          label={`Deadweight of effect ${n}`}
          path={`${at}.deadweight`}
          hint="The share of this change that would have happened anyway."
          value={effect.deadweight ?? EFFECT_DEFAULTS.deadweight}
          onChange={(v) => {
            editService(`effects.${k}.deadweight`, (s) => {
              const e = s.effects[k];
              if (e) e.deadweight = v;
            });
          }}
        />
        <RangeInput
          inputKey={`${inputKey}:deadweight`}
          name={`deadweight of effect ${n}`}
          format="percent"
        />
      </div>
      <div className="ranged-figure">
        <PercentInput
          label={`Attribution of effect ${n}`}
          path={`${at}.attribution`}
          hint="The share of the change owed to this service rather than to others."
          value={effect.attribution ?? EFFECT_DEFAULTS.attribution}
          onChange={(v) => {
            editService(`effects.${k}.attribution`, (s) => {
              const e = s.effects[k];
              if (e) e.attribution = v;
            });
          }}
        />
        <RangeInput
          inputKey={`${inputKey}:attribution`}
          name={`attribution of effect ${n}`}
          format="percent"
        />
      </div>
      <div className="field effect-net">
        <span>Net effect {n}</span>
        <span className="field__hint">Reduction × (1 − deadweight) × attribution.</span>
        {net === null ? (
          <span>
            <span aria-hidden="true">–</span>
            <span className="visually-hidden">Not known until all three are numbers.</span>
          </span>
        ) : (
          <strong className="effect-net__value">{net}</strong>
        )}
      </div>
      <TextInput
        label={`Source of effect ${n}`}
        path={`${at}.source`}
        width="long"
        hint="Where the reduction, deadweight and attribution come from, so others can check them."
        value={effect.source ?? EFFECT_DEFAULTS.source}
        onChange={(v) => {
          editService(`effects.${k}.source`, (s) => {
            const e = s.effects[k];
            if (e) e.source = v;
          });
        }}
      />
    </>
  );
}
