import { useEffect, useRef, useState } from 'react';
import { Dec } from '../../model/decimal';
import { parseDecimal } from '../../model/field-reader';
import type { ModelFile } from '../../model/model-file';
import { useAppStore } from '../../state/store-context';
import { formatMoney, formatPercent } from '../shared/format';
import {
  partnerUses,
  removeMovingSharesTo,
  removeSharingAmongOthers,
  shareAmongBlockers,
  type PartnerUse,
} from './partner-removal';

function describeUse(use: PartnerUse): string {
  const percent = (text: string) => {
    const share = parseDecimal(text);
    return share ? formatPercent(share, 4) : `a share of "${text}"`;
  };
  switch (use.kind) {
    case 'bearer':
      return `bears ${percent(use.share)} of ${use.lineName}`;
    case 'contributor':
      return `contributes to the pooled budget in ${use.scenarioName}`;
    case 'customShare':
      return `pays a custom share of ${percent(use.share)} in ${use.scenarioName}`;
    case 'offer': {
      const annual = parseDecimal(use.annual) ?? new Dec(0);
      return `offers ${formatMoney(annual, { pence: true })} a year in ${use.scenarioName}`;
    }
  }
}

type Props = {
  file: ModelFile;
  partnerId: string;
  onCancel: () => void;
  /** Called after the partner is gone, with a sentence saying what happened. */
  onRemoved: (message: string) => void;
};

/** Asks what happens to a partner's shares before removing it; an inline alert dialog. */
export function PartnerRemovalDialog({ file, partnerId, onCancel, onRemoved }: Props) {
  const store = useAppStore();
  const regionRef = useRef<HTMLDivElement>(null);
  const partner = file.partners.find((p) => p.id === partnerId);
  const others = file.partners.filter((p) => p.id !== partnerId);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  useEffect(() => {
    regionRef.current?.focus();
  }, [partnerId]);
  if (!partner) return null;
  const name = partner.name || partner.id;
  const uses = partnerUses(file, partnerId);
  const blockers = shareAmongBlockers(file, partnerId);
  const chosen = others.find((p) => p.id === target) ?? others[0];
  const apply = (next: ModelFile, message: string) => {
    store.getState().edit((d) => {
      d.partners = next.partners;
      d.costLines = next.costLines;
      d.scenarios = next.scenarios;
    });
    onRemoved(message);
  };
  return (
    <div
      ref={regionRef}
      className="card removal-dialog"
      role="alertdialog"
      aria-labelledby="partner-removal-title"
      aria-describedby="partner-removal-uses"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3 id="partner-removal-title">Remove {name}?</h3>
      <div id="partner-removal-uses">
        <p>{name} still bears costs or pays into the budget. It:</p>
        <ul>
          {uses.map((use, i) => (
            <li key={i}>{describeUse(use)}</li>
          ))}
        </ul>
        <p>Choose what happens to its shares.</p>
      </div>
      {chosen ? (
        <div className="inline-form">
          <label htmlFor="partner-removal-target">Move its shares to</label>
          <select
            id="partner-removal-target"
            className="input"
            value={chosen.id}
            onChange={(event) => {
              setTarget(event.currentTarget.value);
            }}
          >
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name || p.id}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            onClick={() => {
              apply(
                removeMovingSharesTo(file, partnerId, chosen.id),
                `Removed ${name}; its shares now belong to ${chosen.name || chosen.id}.`,
              );
            }}
          >
            Move shares and remove
          </button>
        </div>
      ) : (
        <p>There is no other partner to move its shares to.</p>
      )}
      <div className="inline-form">
        <button
          type="button"
          className="button button--secondary"
          disabled={blockers.length > 0}
          aria-describedby={blockers.length > 0 ? 'partner-removal-blockers' : undefined}
          onClick={() => {
            const result = removeSharingAmongOthers(file, partnerId);
            if (result.ok)
              apply(result.file, `Removed ${name}; its shares are spread over the other partners.`);
          }}
        >
          Share them among the other bearers in proportion
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {blockers.length > 0 && (
        <div id="partner-removal-blockers" className="field__hint">
          <p>Sharing in proportion is not possible because:</p>
          <ul>
            {blockers.map((blocker) => (
              <li key={blocker}>{blocker}</li>
            ))}
          </ul>
          <p>Move its shares to one partner instead.</p>
        </div>
      )}
    </div>
  );
}
