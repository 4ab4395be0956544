import type { PartnerFile, PartnerKind } from '../../model/model-file';
import { PARTNER_KINDS } from '../../model/model-file';
import { SOCIETY_KIND } from '../../model/records/partner';
import { PARTNER_KIND_LABELS } from '../../model/reference/partner-kinds';
import { useAppStore } from '../../state/store-context';
import { domIdPart } from '../shared/dom-id';
import { SelectInput } from '../shared/select-input';
import { TextInput } from '../shared/text-input';
import { removeFromPayers } from './contribution-rules';
import { partnerColourOf } from './partner-colour-names';

const KIND_OPTIONS = PARTNER_KINDS.map((kind) => ({
  value: kind,
  label: PARTNER_KIND_LABELS[kind],
}));

/** A DOM id for a partner's remove button, so focus can come back to it after a cancelled removal. */
export function removeButtonId(partnerId: string): string {
  return `remove-partner-${domIdPart(partnerId)}`;
}

/** Said beside a society partner's kind (the screen's lead says it for every row). */
const SOCIETY_HINT =
  'Stands for victims, families and the wider economy: it bears economic and social costs and never pays into the pool.';

type Props = {
  partner: PartnerFile;
  index: number;
  onRemove: (partnerId: string) => void;
  /** Says what else changed with the partner's kind. */
  onNotice: (message: string) => void;
};

export function PartnerRow({ partner, index, onRemove, onNotice }: Props) {
  const edit = useAppStore().getState().edit;
  const { colour, name: colourName } = partnerColourOf(index);
  const displayName = partner.name || `partner ${index + 1}`;
  return (
    <tr>
      <td>
        <span className="partner-colour">
          <span className="partner-swatch" style={{ background: colour }} aria-hidden="true" />
          <span>{colourName}</span>
        </span>
      </td>
      <td>
        <TextInput
          label={`Name of partner ${index + 1}`}
          className="field--in-table"
          path={`partners[${index}].name`}
          width="long"
          value={partner.name}
          onChange={(v) => {
            edit((d) => {
              const p = d.partners[index];
              if (p) p.name = v;
            }, `partners.${partner.id}.name`);
          }}
        />
      </td>
      <td>
        <SelectInput<PartnerKind>
          label={`Kind of partner ${index + 1}`}
          className="field--in-table"
          path={`partners[${index}].kind`}
          value={partner.kind}
          options={KIND_OPTIONS}
          {...(partner.kind === SOCIETY_KIND ? { hint: SOCIETY_HINT } : {})}
          onChange={(v) => {
            let dropped: string[] = [];
            edit((d) => {
              const p = d.partners[index];
              if (!p) return;
              p.kind = v;
              // Society never pays: the same step takes it out of every scenario's payers.
              if (v === SOCIETY_KIND) dropped = removeFromPayers(d.scenarios, p.id);
            });
            if (dropped.length > 0)
              onNotice(
                `${displayName} is now society, which never pays into the pool: taken out of the payers of ${dropped.join(', ')}.`,
              );
          }}
        />
      </td>
      <td>
        <button
          type="button"
          id={removeButtonId(partner.id)}
          aria-label={`Remove ${displayName}`}
          className="button button--secondary"
          onClick={() => {
            onRemove(partner.id);
          }}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
