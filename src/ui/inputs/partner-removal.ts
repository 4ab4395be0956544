/**
 * What happens to a partner's shares when it is removed. Pure functions over the model file: each
 * returns a new file and never touches the one it is given. Shares are added and scaled with `Dec`,
 * and the last partner in a list takes the exact remainder, so every list still sums to exactly 1.
 */
import { Dec, ONE, ZERO, type Dec as DecType } from '../../model/decimal';
import { parseDecimal } from '../../model/field-reader';
import type { ContributionsFile, ModelFile } from '../../model/model-file';
import { SOCIETY_KIND } from '../../model/records/partner';

/** Decimal places kept when shares are scaled: enough for 0.0001% without 34-digit fractions. */
const SHARE_PLACES = 6;

export type PartnerUse =
  | { kind: 'bearer'; lineName: string; share: string }
  | { kind: 'contributor'; scenarioName: string }
  | { kind: 'customShare'; scenarioName: string; share: string }
  | { kind: 'offer'; scenarioName: string; annual: string };

function num(text: string): DecType {
  return parseDecimal(text) ?? ZERO;
}

function usesContributors(c: ContributionsFile): boolean {
  return c.rule === 'equal' || c.rule === 'costBorne' || c.rule === 'benefit';
}

/**
 * Every place the partner bears or pays: bearer shares, and the contributors, custom shares or offers
 * of scenarios whose rule uses them (the writer lists every partner as a contributor under any rule).
 */
export function partnerUses(file: ModelFile, partnerId: string): PartnerUse[] {
  const uses: PartnerUse[] = [];
  for (const line of file.costLines)
    for (const b of line.bearers)
      if (b.partner === partnerId)
        uses.push({ kind: 'bearer', lineName: line.name || line.id, share: b.share });
  for (const scenario of file.scenarios) {
    const c = scenario.contributions;
    if (!c) continue;
    const scenarioName = scenario.name || scenario.id;
    if (usesContributors(c) && c.contributors?.includes(partnerId))
      uses.push({ kind: 'contributor', scenarioName });
    if (c.rule === 'custom')
      for (const s of c.shares ?? [])
        if (s.partner === partnerId)
          uses.push({ kind: 'customShare', scenarioName, share: s.share });
    if (c.rule === 'offers')
      for (const o of c.offers ?? [])
        if (o.partner === partnerId) uses.push({ kind: 'offer', scenarioName, annual: o.annual });
  }
  return uses;
}

/** Scales `items` so their shares sum to exactly 1; null when they sum to zero (nothing to scale). */
function rescale<T extends { share: string }>(items: readonly T[]): T[] | null {
  const total = items.reduce((acc, item) => acc.plus(num(item.share)), ZERO);
  if (total.lte(0)) return null;
  if (total.eq(ONE)) return [...items];
  let given = ZERO;
  return items.map((item, i) => {
    if (i === items.length - 1) return { ...item, share: ONE.minus(given).toString() };
    // Rounded down so the remainder left for the last one is never below its own scaled share.
    const scaled = num(item.share).div(total).toDecimalPlaces(SHARE_PLACES, Dec.ROUND_DOWN);
    given = given.plus(scaled);
    return { ...item, share: scaled.toString() };
  });
}

/** Replaces `from` by `to` in a list keyed by partner; when `to` is already there, `merge` adds them. */
function moveEntry<T extends { partner: string }>(
  items: readonly T[],
  from: string,
  to: string,
  merge: (into: T, moved: T) => T,
): T[] {
  const moved = items.find((item) => item.partner === from);
  if (!moved) return [...items];
  const existing = items.find((item) => item.partner === to);
  if (!existing) return items.map((item) => (item === moved ? { ...item, partner: to } : item));
  return items
    .filter((item) => item !== moved)
    .map((item) => (item === existing ? merge(item, moved) : item));
}

function withoutPartner(file: ModelFile, partnerId: string): ModelFile['partners'] {
  return file.partners.filter((p) => p.id !== partnerId);
}

/**
 * Drops a partner from what a scenario's rule pays by: out of the contributors and offers, and its
 * custom share spread over the others in proportion (so they still sum to exactly 1).
 */
function withoutPayer(c: ContributionsFile, partnerId: string): ContributionsFile {
  const contributions = { ...c };
  if (c.contributors) contributions.contributors = c.contributors.filter((id) => id !== partnerId);
  if (c.shares?.some((s) => s.partner === partnerId)) {
    const others = c.shares.filter((s) => s.partner !== partnerId);
    contributions.shares = rescale(others) ?? others;
  }
  if (c.offers) contributions.offers = c.offers.filter((o) => o.partner !== partnerId);
  return contributions;
}

/**
 * Removes `from`, giving its bearer shares, contributions, custom shares and offers to `to`. A partner
 * of kind society takes the bearer shares only: it never pays, so `from`'s payments are dropped and its
 * custom share spread over the others, as when sharing among them.
 */
export function removeMovingSharesTo(file: ModelFile, from: string, to: string): ModelFile {
  const next = structuredClone(file);
  const addShares = <T extends { share: string }>(into: T, moved: T): T => ({
    ...into,
    share: num(into.share).plus(num(moved.share)).toString(),
  });
  next.costLines = next.costLines.map((line) => ({
    ...line,
    bearers: moveEntry(line.bearers, from, to, addShares),
  }));
  const toSociety = file.partners.some((p) => p.id === to && p.kind === SOCIETY_KIND);
  next.scenarios = next.scenarios.map((scenario) => {
    const c = scenario.contributions;
    if (!c) return scenario;
    if (toSociety) return { ...scenario, contributions: withoutPayer(c, from) };
    const contributions = { ...c };
    if (c.contributors) {
      const has = c.contributors.includes(to);
      contributions.contributors = c.contributors.flatMap((id) =>
        id === from ? (has ? [] : [to]) : [id],
      );
    }
    if (c.shares) contributions.shares = moveEntry(c.shares, from, to, addShares);
    if (c.offers)
      contributions.offers = moveEntry(c.offers, from, to, (into, moved) => ({
        ...into,
        annual: num(into.annual).plus(num(moved.annual)).toString(),
      }));
    return { ...scenario, contributions };
  });
  next.partners = withoutPartner(next, from);
  return next;
}

/** Why sharing among the others cannot work: each entry names a line or scenario, in plain words. */
export function shareAmongBlockers(file: ModelFile, partnerId: string): string[] {
  const blockers: string[] = [];
  for (const line of file.costLines) {
    if (!line.bearers.some((b) => b.partner === partnerId)) continue;
    const others = line.bearers.filter((b) => b.partner !== partnerId);
    const name = line.name || line.id;
    if (others.length === 0) blockers.push(`it is the only partner bearing ${name}`);
    else if (rescale(others) === null)
      blockers.push(`the other bearers of ${name} have no share to scale up`);
  }
  for (const scenario of file.scenarios) {
    const c = scenario.contributions;
    const name = scenario.name || scenario.id;
    if (!c) continue;
    if (usesContributors(c) && c.contributors?.length === 1 && c.contributors[0] === partnerId)
      blockers.push(`it is the only contributor in ${name}`);
    const shares = c.shares ?? [];
    if (c.rule === 'custom' && shares.some((s) => s.partner === partnerId)) {
      if (rescale(shares.filter((s) => s.partner !== partnerId)) === null)
        blockers.push(`no other partner has a custom share in ${name}`);
    }
    const offers = c.offers ?? [];
    if (c.rule === 'offers' && offers.length === 1 && offers[0]?.partner === partnerId)
      blockers.push(`it makes the only offer in ${name}`);
  }
  return blockers;
}

export type ShareAmongResult = { ok: true; file: ModelFile } | { ok: false; blockers: string[] };

/**
 * Removes the partner and scales up the remaining bearers of each of its lines (and the remaining
 * custom shares) in proportion so each list sums to exactly 1; drops it from contributors and offers.
 */
export function removeSharingAmongOthers(file: ModelFile, partnerId: string): ShareAmongResult {
  const blockers = shareAmongBlockers(file, partnerId);
  if (blockers.length > 0) return { ok: false, blockers };
  const next = structuredClone(file);
  next.costLines = next.costLines.map((line) => {
    if (!line.bearers.some((b) => b.partner === partnerId)) return line;
    const others = line.bearers.filter((b) => b.partner !== partnerId);
    return { ...line, bearers: rescale(others) ?? others };
  });
  next.scenarios = next.scenarios.map((scenario) => {
    const c = scenario.contributions;
    return c ? { ...scenario, contributions: withoutPayer(c, partnerId) } : scenario;
  });
  next.partners = withoutPartner(next, partnerId);
  return { ok: true, file: next };
}

/** Removes a partner that bears and pays nothing, and its name from lists no rule uses. */
export function removeUnusedPartner(file: ModelFile, partnerId: string): ModelFile {
  const next = structuredClone(file);
  next.scenarios = next.scenarios.map((scenario) => {
    const c = scenario.contributions;
    if (!c) return scenario;
    const contributions = { ...c };
    if (c.contributors)
      contributions.contributors = c.contributors.filter((id) => id !== partnerId);
    if (c.shares) contributions.shares = c.shares.filter((s) => s.partner !== partnerId);
    if (c.offers) contributions.offers = c.offers.filter((o) => o.partner !== partnerId);
    return { ...scenario, contributions };
  });
  next.partners = withoutPartner(next, partnerId);
  return next;
}
