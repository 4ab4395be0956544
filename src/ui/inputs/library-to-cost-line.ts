/**
 * Makes a cost line from a unit-cost library entry. The library suggests bearers by kind of agency; the
 * model has named partners, so each kind goes to the first partner of that kind. Shares of kinds the
 * model has no partner for go to the first bearer found (or the first partner), so the shares still
 * total exactly 100%, and the notice says the split needs checking. The line takes the entry's value type
 * and its cashable default (cashable only when fiscal).
 */
import { Dec, ZERO } from '../../model/decimal';
import type { BearerFile, CostLineFile, ModelFile } from '../../model/model-file';
import { costLineFromEntry } from '../../model/records/cost-line';
import { SOCIETY_KIND } from '../../model/records/partner';
import { PARTNER_KIND_LABELS } from '../../model/reference/partner-kinds';
import type { UnitCostEntry } from '../../model/reference/unit-cost-library';
import { formatPercent } from '../shared/format';
import { newId } from '../shared/new-id';

/** A placeholder rate: the library knows the cost of an event, never how often it happens locally. */
export const LIBRARY_DEFAULT_RATE = '0.1';

export type LibraryLine = { line: CostLineFile; notices: string[] };

/** Adds the shares of repeated partners together, keeping first-seen order. */
export function mergeBearers(bearers: readonly { partner: string; share: Dec }[]): BearerFile[] {
  const totals = new Map<string, Dec>();
  for (const b of bearers) totals.set(b.partner, (totals.get(b.partner) ?? ZERO).plus(b.share));
  return [...totals].map(([partner, share]) => ({ partner, share: share.toString() }));
}

function bearersFor(
  entry: UnitCostEntry,
  partners: ModelFile['partners'],
): { bearers: BearerFile[]; notice: string | null } {
  const found: { partner: string; share: Dec }[] = [];
  const missing: { kind: string; share: Dec }[] = [];
  for (const b of entry.bearers) {
    const partner = partners.find((p) => p.kind === b.kind);
    const share = new Dec(b.share);
    if (partner) found.push({ partner: partner.id, share });
    else missing.push({ kind: PARTNER_KIND_LABELS[b.kind], share });
  }
  const fallback = found[0]?.partner ?? partners[0]?.id;
  if (fallback === undefined)
    return { bearers: [], notice: 'Add a partner first, then say who bears this cost.' };
  if (missing.length === 0) return { bearers: mergeBearers(found), notice: null };
  const fallbackName = partners.find((p) => p.id === fallback)?.name ?? fallback;
  const lost = missing.map((m) => `${m.kind} (${formatPercent(m.share, 2)})`).join(', ');
  const bearers = mergeBearers([
    ...found,
    ...missing.map((m) => ({ partner: fallback, share: m.share })),
  ]);
  const notice =
    found.length === 0
      ? `No partner in this model is of the kind the library suggests (${lost}), so ${fallbackName} bears 100% for now: check the bearers.`
      : `No partner in this model is of the kind ${lost}, so ${missing.length === 1 ? 'its share' : 'their shares'} went to ${fallbackName}: check the bearers.`;
  return { bearers, notice };
}

export function costLineFromLibrary(entry: UnitCostEntry, file: ModelFile): LibraryLine {
  const { bearers, notice } = bearersFor(entry, file.partners);
  const stream = file.streams[0]?.id ?? '';
  const id = newId(
    'line',
    file.costLines.map((l) => l.id),
    entry.id,
  );
  const line: CostLineFile = {
    ...costLineFromEntry(id, entry, { stream, bearers, rate: LIBRARY_DEFAULT_RATE }),
  };
  const hasSociety = file.partners.some((p) => p.kind === SOCIETY_KIND);
  const notices = [
    `Added “${entry.name}”. Its rate is a placeholder of ${LIBRARY_DEFAULT_RATE} events per case per year: set it for your area.`,
    ...(stream === '' ? ['Add a caseload stream for this cost to follow.'] : []),
    ...(notice ? [notice] : []),
    ...(entry.valueType !== 'fiscal' && !hasSociety
      ? [
          `This is ${entry.valueType} value, not a public body's budget: add a partner of the kind “${PARTNER_KIND_LABELS[SOCIETY_KIND]}” on the Partners screen and let it bear this line.`,
        ]
      : []),
  ];
  return { line, notices };
}
