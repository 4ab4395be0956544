/** Plain en-GB labels for the kinds of partner agency (MODEL.md, "Words"). */
import type { PartnerKind } from '../model-file';

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  council: 'Council',
  housing: 'Housing',
  'childrens-services': "Children's services",
  police: 'Police',
  health: 'Health (NHS)',
  'fire-and-rescue': 'Fire and rescue',
  probation: 'Probation',
  voluntary: 'Voluntary and community sector',
  other: 'Other',
  society: 'Society (victims, families, the economy)',
};
