/** A partner: an agency that bears costs of doing nothing and may pay into the pooled budget. */
import { joinPath, type FieldReader } from '../field-reader';
import type { ShortKeys } from './record-fields';

export const PARTNER_KINDS = [
  'council',
  'housing',
  'childrens-services',
  'police',
  'health',
  'fire-and-rescue',
  'probation',
  'voluntary',
  'other',
  'society',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/**
 * Victims, families, employers and the wider economy: bears economic and social costs, never pays into
 * the pool (MODEL.md, "Words").
 */
export const SOCIETY_KIND: PartnerKind = 'society';

export type PartnerFile = { id: string; name: string; kind: PartnerKind };
export type Partner = { id: string; name: string; kind: PartnerKind };

export const PARTNER_SHORT_KEYS: ShortKeys<keyof PartnerFile> = { name: 'a', kind: 'k' };

const DEFAULT_KIND: PartnerKind = 'other';

function isPartnerKind(kind: unknown): kind is PartnerKind {
  return PARTNER_KINDS.some((known) => known === kind);
}

export function readPartner(r: FieldReader, value: unknown, path: string): Partner | null {
  const obj = r.object(value, path, 'A partner');
  if (!obj) return null;
  const kind = obj.kind ?? DEFAULT_KIND;
  if (!isPartnerKind(kind))
    r.report(joinPath(path, 'kind'), `Choose the kind of partner (${PARTNER_KINDS.join(', ')}).`);
  return {
    id: r.id(obj, path, 'partner'),
    name: r.text(obj, 'name', path, 'The partner name'),
    kind: isPartnerKind(kind) ? kind : DEFAULT_KIND,
  };
}

export function writePartner(partner: Partner): PartnerFile {
  return { id: partner.id, name: partner.name, kind: partner.kind };
}

/** Partners who may pay into the pool: every partner not of kind society, in model order. */
export function payerIds(partners: readonly { id: string; kind: PartnerKind }[]): string[] {
  return partners.filter((p) => p.kind !== SOCIETY_KIND).map((p) => p.id);
}

/** A partner added by the user, named so it can be found and renamed. */
export function createPartner(id: string, name: string): PartnerFile {
  return { id, name, kind: DEFAULT_KIND };
}
