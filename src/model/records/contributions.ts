/**
 * How a scenario shares the pooled budget among partners (MODEL.md, "Contributions"): the rule, who
 * contributes, and the custom shares or offers some rules need.
 */
import type { Dec } from '../decimal';
import { joinPath, type FieldReader } from '../field-reader';
import { isJsonRecord, pairsToRecords, type Json, type JsonRecord } from './link-json';
import {
  checkDistinct,
  checkPartnerReference,
  checkSumsToOne,
  type KnownIds,
} from './record-checks';
import {
  decimalText,
  FRACTION,
  LIMITS,
  NON_NEGATIVE,
  type DecimalString,
  type ShortKeys,
} from './record-fields';

export const CONTRIBUTION_RULES = ['equal', 'costBorne', 'benefit', 'custom', 'offers'] as const;
export type ContributionRule = (typeof CONTRIBUTION_RULES)[number];

export type ContributionsFile = {
  rule: ContributionRule;
  /** Defaults to every partner not of kind society, in the order they are listed. */
  contributors?: string[];
  shares?: { partner: string; share: DecimalString }[];
  offers?: { partner: string; annual: DecimalString }[];
};

export type Contributions = {
  rule: ContributionRule;
  contributors: string[];
  shares: { partner: string; share: Dec }[];
  offers: { partner: string; annual: Dec }[];
};

/** The rule of a scenario that says nothing about contributions. */
export const DEFAULT_CONTRIBUTION_RULE: ContributionRule = 'equal';

type ContributionsKey = keyof ContributionsFile | 'partner' | 'share' | 'annual';

export const CONTRIBUTIONS_SHORT_KEYS: ShortKeys<ContributionsKey> = {
  rule: 'i',
  contributors: 'J',
  shares: 'sh',
  offers: 'of',
  partner: 'o',
  share: 'z',
  annual: 'an',
};

/** What a new scenario starts with: every partner pays an equal share. */
export function createContributions(): ContributionsFile {
  return { rule: DEFAULT_CONTRIBUTION_RULE };
}

function isRule(value: unknown): value is ContributionRule {
  return CONTRIBUTION_RULES.some((rule) => rule === value);
}

export function readContributions(
  r: FieldReader,
  value: unknown,
  path: string,
  partnerIds: string[],
): Contributions {
  const fallback: Contributions = {
    rule: DEFAULT_CONTRIBUTION_RULE,
    contributors: partnerIds,
    shares: [],
    offers: [],
  };
  if (value === undefined) return fallback;
  const obj = r.object(value, path, 'The contributions');
  if (!obj) return fallback;
  if (!isRule(obj.rule))
    r.report(
      joinPath(path, 'rule'),
      'Choose a contribution rule: equal, costBorne, benefit, custom or offers.',
    );
  const rule = isRule(obj.rule) ? obj.rule : DEFAULT_CONTRIBUTION_RULE;
  const contributorsPath = joinPath(path, 'contributors');
  const contributors =
    r
      .optionalList(obj, 'contributors', path, 'The contributors', LIMITS.partners)
      ?.map((item, i) => {
        if (typeof item === 'string' && item !== '') return item;
        r.report(joinPath(contributorsPath, i), 'Each contributor is a partner id.');
        return '';
      }) ?? partnerIds;
  const shares = r.objects(
    r.optionalList(obj, 'shares', path, 'The custom shares', LIMITS.partners) ?? [],
    joinPath(path, 'shares'),
    'A custom share',
    (share, at) => ({
      partner: r.reference(share, 'partner', at, 'partner'),
      share: r.decimal(share, 'share', at, 'The share', FRACTION),
    }),
  );
  const offers = r.objects(
    r.optionalList(obj, 'offers', path, 'The offers', LIMITS.partners) ?? [],
    joinPath(path, 'offers'),
    'An offer',
    (offer, at) => ({
      partner: r.reference(offer, 'partner', at, 'partner'),
      annual: r.decimal(offer, 'annual', at, 'The annual offer', NON_NEGATIVE),
    }),
  );
  return { rule, contributors, shares, offers };
}

/** Society bears costs but never pays into the pool (MODEL.md, "Words"). */
function checkNotSociety(
  r: FieldReader,
  known: KnownIds,
  id: string,
  at: string,
  what: string,
): void {
  if (known.society.has(id))
    r.report(
      at,
      `${what} cannot be "${id}": it stands for society (victims, families, the wider economy), which bears costs but never pays into the pool.`,
    );
}

/** Every partner named exists, once; each rule has what it needs; custom shares make up 100%. */
export function checkContributions(
  r: FieldReader,
  contributions: Contributions,
  path: string,
  known: KnownIds,
): void {
  const { rule, contributors, shares, offers } = contributions;
  /** Every partner a share or an offer names exists, and none is named twice. */
  const checkPartnerList = (list: readonly { partner: string }[], key: string, what: string) => {
    list.forEach((item, k) => {
      const at = joinPath(joinPath(joinPath(path, key), k), 'partner');
      checkPartnerReference(r, known, item.partner, at);
      checkNotSociety(r, known, item.partner, at, what);
    });
    checkDistinct(
      r,
      list.map((item) => item.partner),
      joinPath(path, key),
      'partner',
      'The partner',
    );
  };
  contributors.forEach((id, k) => {
    const at = joinPath(joinPath(path, 'contributors'), k);
    checkPartnerReference(r, known, id, at);
    checkNotSociety(r, known, id, at, 'A contributor');
  });
  checkDistinct(r, contributors, joinPath(path, 'contributors'), null, 'The contributor');
  if ((rule === 'equal' || rule === 'costBorne' || rule === 'benefit') && contributors.length === 0)
    r.report(joinPath(path, 'contributors'), 'Choose at least one contributor.');
  if (rule === 'custom') {
    if (shares.length === 0)
      r.report(joinPath(path, 'shares'), 'Give each contributing partner a share.');
    checkPartnerList(shares, 'shares', 'A custom share');
    checkSumsToOne(
      r,
      shares.map((s) => s.share),
      joinPath(path, 'shares'),
      'The custom shares',
    );
  }
  if (rule === 'offers') {
    if (offers.length === 0)
      r.report(joinPath(path, 'offers'), 'Enter at least one partner’s annual offer.');
    checkPartnerList(offers, 'offers', 'An offer');
  }
}

/** Written in full: every contributor listed, shares and offers only when there are some. */
export function writeContributions(c: Contributions): ContributionsFile {
  return {
    rule: c.rule,
    contributors: [...c.contributors],
    ...(c.shares.length > 0
      ? { shares: c.shares.map((x) => ({ partner: x.partner, share: decimalText(x.share) })) }
      : {}),
    ...(c.offers.length > 0
      ? { offers: c.offers.map((x) => ({ partner: x.partner, annual: decimalText(x.annual) })) }
      : {}),
  };
}

/**
 * Contributions in a link: contributors left out when they are every paying partner in order, shares and
 * offers as [partner, amount] pairs; null when only the default rule remains.
 */
export function compactContributions(
  c: ContributionsFile,
  partnerIds: readonly string[],
): JsonRecord | null {
  const contributors = c.contributors ?? partnerIds;
  const everyone =
    contributors.length === partnerIds.length &&
    contributors.every((id, i) => id === partnerIds[i]);
  const compact: JsonRecord = { rule: c.rule };
  if (!everyone) compact.contributors = [...contributors];
  if (c.shares && c.shares.length > 0) compact.shares = c.shares.map((x) => [x.partner, x.share]);
  if (c.offers && c.offers.length > 0) compact.offers = c.offers.map((x) => [x.partner, x.annual]);
  return compact.rule === DEFAULT_CONTRIBUTION_RULE && Object.keys(compact).length === 1
    ? null
    : compact;
}

export function expandContributions(given: Json | undefined, partnerIds: string[]): JsonRecord {
  const contributions: JsonRecord = isJsonRecord(given)
    ? given
    : { rule: DEFAULT_CONTRIBUTION_RULE };
  return {
    contributors: partnerIds,
    ...contributions,
    ...pairsToRecords(contributions.shares, 'shares', 'share'),
    ...pairsToRecords(contributions.offers, 'offers', 'annual'),
  };
}
