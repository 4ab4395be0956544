/**
 * The default unit-cost library: published figures, each with its source, price year, unit and the agency
 * that bears it, transcribed from the project's reference notes (shared/data/reference-costs.md). Users
 * pick from it to make cost lines; the price year lets the engine convert each figure to the model's price
 * base with the HM Treasury deflators.
 *
 * Choices made here:
 * - Economic and social costs (lost output, human and emotional harm, the all-costs per-victim figure) are
 *   kept so the library shows the whole published picture, but no partner bears them: their bearer is
 *   'other' and their warning says they are not public-service costs.
 * - Where a source names several bearers without percentages, the suggested split is even across the
 *   partner kinds they map to; an assumption the user should change when they know better.
 * - "Council housing" maps to the 'housing' kind and "council children's services" to 'childrens-services';
 *   criminal justice, courts, legal aid, CAFCASS and DWP have no local partner kind and map to 'other'.
 * - Kent and Medway's "a high-risk victim costs public services at least £10,000 a year" is left out: it
 *   is a floor with no price year or split by agency.
 */
import type { PartnerKind } from '../model-file';

export type UnitCostConfidence = 'green' | 'amber' | 'red' | 'not rated';

export type UnitCostBearer = { kind: PartnerKind; share: string };

export type UnitCostEntry = {
  /** Short, kebab-case and stable: other code may refer to an entry by it. */
  id: string;
  name: string;
  unitCost: string;
  /** Financial year the value is priced in, named by its start year (2008/09 is 2008). */
  priceYear: number;
  unit: string;
  /** The bearing agency as the source describes it. */
  bearerLabel: string;
  /** A suggested split by kind of partner; shares sum to exactly 1 and kinds are unique. */
  bearers: UnitCostBearer[];
  confidence: UnitCostConfidence;
  source: string;
  /** Attribution the licence requires, or null when none is needed. */
  credit: string | null;
  /** What not to add alongside this figure, or why it is not a public-service cost. */
  warning: string | null;
};

export const UCD_CREDIT = 'GMCA / New Economy Unit Cost Database';
export const UCD_LICENCE = 'Creative Commons Attribution 4.0 (CC BY 4.0)';
const UCD = 'GMCA / New Economy Unit Cost Database v1.4 (March 2015)';
const WALBY = `${UCD}, code CR2.0, from Walby (2009)`;
const SHELTER = `${UCD}, from Shelter (2012)`;
const HO_107 =
  'Home Office Research Report 107, The economic and social costs of domestic abuse (Oliver et al., 2019)';

const PER_INCIDENT_RULES =
  'It already includes police and criminal justice: do not add arrest or court costs on top. Drop the ' +
  "children's social care and housing parts when child protection or homelessness are modelled as their " +
  'own lines. Never add per-victim (Home Office 2019) costs to per-incident costs.';
const PER_INCIDENT_PART = `One part of the all-public-services cost per incident (CR2.0): use the parts or the total, never both. ${PER_INCIDENT_RULES}`;
const NOT_PUBLIC_SERVICE =
  'Not a public-service cost: no partner bears it. Leave it out of the partnership cost of doing nothing, ' +
  'or show it apart as a cost to society.';
const PER_VICTIM =
  'Per victim over an average three-year period of abuse: never add to per-incident costs (CR2.0).';
const SECONDARY =
  'Reported by secondary sources citing the report, not checked against it: check before relying on it.';
const OVERLAPS_INCIDENT_HEALTH =
  'Overlaps the health part of the per-incident domestic abuse cost (CR2.0): do not use both for the same victims.';
const OVERLAPS_INCIDENT_CHILDREN =
  "Overlaps the children's social care part of the per-incident domestic abuse cost (CR2.0): drop that part when this is its own line.";
const OVERLAPS_INCIDENT_HOUSING =
  'Overlaps the housing part of the per-incident domestic abuse cost (CR2.0): drop that part when this is its own line.';
const WITHIN_INCIDENT_JUSTICE =
  'Already within the per-incident domestic abuse cost (CR2.0), which includes police and criminal justice: do not add it on top.';

export const UNIT_COST_LIBRARY: readonly UnitCostEntry[] = [
  // Domestic abuse per incident (Walby 2009, via UCD CR2.0), 2008/09 prices.
  {
    id: 'da-incident-all-services',
    name: 'Domestic abuse incident: all public services',
    unitCost: '2470',
    priceYear: 2008,
    unit: 'incident',
    bearerLabel: 'several',
    // The five parts' own shares (1171, 581, 415, 193, 110 of 2470) to four places, largest remainders.
    bearers: [
      { kind: 'health', share: '0.4741' },
      { kind: 'other', share: '0.2352' },
      { kind: 'police', share: '0.1680' },
      { kind: 'childrens-services', share: '0.0782' },
      { kind: 'housing', share: '0.0445' },
    ],
    confidence: 'amber',
    source: `${WALBY}: sum of health, criminal justice, police, children's social care and housing`,
    credit: UCD_CREDIT,
    warning: `The sum of five parts: use it or the parts, never both. ${PER_INCIDENT_RULES}`,
  },
  {
    id: 'da-incident-health',
    name: 'Domestic abuse incident: health',
    unitCost: '1171',
    priceYear: 2008,
    unit: 'incident',
    bearerLabel: 'NHS',
    bearers: [{ kind: 'health', share: '1' }],
    confidence: 'amber',
    source: `${WALBY}: hospital and ambulance 979, mental health 149, prescriptions 22, GP 21`,
    credit: UCD_CREDIT,
    warning: PER_INCIDENT_PART,
  },
  {
    id: 'da-incident-criminal-justice',
    name: 'Domestic abuse incident: criminal justice excluding police',
    unitCost: '581',
    priceYear: 2008,
    unit: 'incident',
    bearerLabel: 'criminal justice',
    // Prosecution, courts, probation, prison and legal aid together; the source gives no split.
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'amber',
    source: `${WALBY}: prosecution, courts, probation, prison, legal aid`,
    credit: UCD_CREDIT,
    warning: PER_INCIDENT_PART,
  },
  {
    id: 'da-incident-police',
    name: 'Domestic abuse incident: police',
    unitCost: '415',
    priceYear: 2008,
    unit: 'incident',
    bearerLabel: 'police',
    bearers: [{ kind: 'police', share: '1' }],
    confidence: 'amber',
    source: WALBY,
    credit: UCD_CREDIT,
    warning: PER_INCIDENT_PART,
  },
  {
    id: 'da-incident-childrens-social-care',
    name: "Domestic abuse incident: children's social care",
    unitCost: '193',
    priceYear: 2008,
    unit: 'incident',
    bearerLabel: "council children's services",
    bearers: [{ kind: 'childrens-services', share: '1' }],
    confidence: 'amber',
    source: WALBY,
    credit: UCD_CREDIT,
    warning: PER_INCIDENT_PART,
  },
  {
    id: 'da-incident-housing',
    name: 'Domestic abuse incident: housing',
    unitCost: '110',
    priceYear: 2008,
    unit: 'incident',
    bearerLabel: 'council housing',
    bearers: [{ kind: 'housing', share: '1' }],
    confidence: 'amber',
    source: `${WALBY}: refuges and emergency accommodation 44, housing benefit 32, temporary housing 29, other 5`,
    credit: UCD_CREDIT,
    warning: PER_INCIDENT_PART,
  },
  {
    id: 'da-incident-lost-output',
    name: 'Domestic abuse incident: lost output (economic, not public services)',
    unitCost: '1473',
    priceYear: 2008,
    unit: 'incident',
    bearerLabel: 'victims, employers',
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'amber',
    source: `${WALBY}: victims 818, employers 655`,
    credit: UCD_CREDIT,
    warning: NOT_PUBLIC_SERVICE,
  },
  {
    id: 'da-incident-human-harm',
    name: 'Domestic abuse incident: human and emotional harm (social, not public services)',
    unitCost: '6795',
    priceYear: 2008,
    unit: 'incident',
    bearerLabel: 'victims',
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'amber',
    source: WALBY,
    credit: UCD_CREDIT,
    warning: NOT_PUBLIC_SERVICE,
  },

  // Domestic abuse per victim (Home Office 2019), 2016/17 prices.
  {
    id: 'da-victim-all-costs',
    name: 'Domestic abuse victim: all costs (mostly harms and lost output, not public services)',
    unitCost: '34015',
    priceYear: 2016,
    unit: 'victim (average three-year period of abuse)',
    bearerLabel: 'victims, employers and public services',
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'not rated',
    source: `${HO_107}: England and Wales total £66.2bn (harms £47.3bn, lost output £14.1bn, services £4.7bn)`,
    credit: null,
    warning: `${NOT_PUBLIC_SERVICE} ${PER_VICTIM}`,
  },
  {
    id: 'da-victim-police',
    name: 'Domestic abuse victim: police',
    unitCost: '645',
    priceYear: 2016,
    unit: 'victim (average three-year period of abuse)',
    bearerLabel: 'police',
    bearers: [{ kind: 'police', share: '1' }],
    confidence: 'not rated',
    source: `${HO_107}, as reported by secondary sources citing it`,
    credit: null,
    warning: `${PER_VICTIM} ${SECONDARY}`,
  },
  {
    id: 'da-victim-criminal-legal',
    name: 'Domestic abuse victim: criminal legal',
    unitCost: '170',
    priceYear: 2016,
    unit: 'victim (average three-year period of abuse)',
    bearerLabel: 'criminal justice',
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'not rated',
    source: `${HO_107}, as reported by secondary sources citing it`,
    credit: null,
    warning: `${PER_VICTIM} ${SECONDARY}`,
  },
  {
    id: 'da-victim-civil-legal',
    name: 'Domestic abuse victim: civil legal',
    unitCost: '70',
    priceYear: 2016,
    unit: 'victim (average three-year period of abuse)',
    bearerLabel: 'civil justice and legal aid',
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'not rated',
    source: `${HO_107}, as reported by secondary sources citing it`,
    credit: null,
    warning: `${PER_VICTIM} ${SECONDARY}`,
  },

  // Housing and homelessness (Shelter 2012, via UCD), 2010/11 prices.
  {
    id: 'homelessness-application-family',
    name: "Homelessness application, family (includes 4 weeks' bed and breakfast)",
    unitCost: '2501',
    priceYear: 2010,
    unit: 'application',
    bearerLabel: 'council housing, housing provider',
    bearers: [{ kind: 'housing', share: '1' }],
    confidence: 'amber',
    source: SHELTER,
    credit: UCD_CREDIT,
    warning: `Already includes four weeks' bed and breakfast: count temporary accommodation only for the weeks after those. ${OVERLAPS_INCIDENT_HOUSING}`,
  },
  {
    id: 'homelessness-decision',
    name: 'Homelessness decision, administration',
    unitCost: '375',
    priceYear: 2010,
    unit: 'application',
    bearerLabel: 'council housing',
    bearers: [{ kind: 'housing', share: '1' }],
    confidence: 'amber',
    source: SHELTER,
    credit: UCD_CREDIT,
    warning:
      'May already be within the family homelessness application cost: do not add both for the same household.',
  },
  {
    id: 'ta-bed-and-breakfast',
    name: 'Temporary accommodation: bed and breakfast',
    unitCost: '334.95',
    priceYear: 2010,
    unit: 'household per week',
    bearerLabel: 'council housing',
    bearers: [{ kind: 'housing', share: '1' }],
    confidence: 'amber',
    source: SHELTER,
    credit: UCD_CREDIT,
    warning: OVERLAPS_INCIDENT_HOUSING,
  },
  {
    id: 'ta-private-sector-leased',
    name: 'Temporary accommodation: private-sector leased',
    unitCost: '162.44',
    priceYear: 2010,
    unit: 'household per week',
    bearerLabel: 'council housing, DWP',
    // No split is published: an even one is a placeholder (DWP's part is housing benefit).
    bearers: [
      { kind: 'housing', share: '0.5' },
      { kind: 'other', share: '0.5' },
    ],
    confidence: 'amber',
    source: SHELTER,
    credit: UCD_CREDIT,
    warning: OVERLAPS_INCIDENT_HOUSING,
  },
  {
    id: 'ta-hostel',
    name: 'Temporary accommodation: hostel',
    unitCost: '107.45',
    priceYear: 2010,
    unit: 'household per week',
    bearerLabel: 'council housing',
    bearers: [{ kind: 'housing', share: '1' }],
    confidence: 'amber',
    source: SHELTER,
    credit: UCD_CREDIT,
    warning: OVERLAPS_INCIDENT_HOUSING,
  },
  {
    id: 'homelessness-prevented',
    name: 'Homelessness prevented',
    unitCost: '642',
    priceYear: 2010,
    unit: 'prevention',
    bearerLabel: 'council housing',
    bearers: [{ kind: 'housing', share: '1' }],
    confidence: 'amber',
    source: SHELTER,
    credit: UCD_CREDIT,
    warning: null,
  },
  {
    id: 'refuge-room-week',
    name: 'Refuge rent and service charge',
    unitCost: '300',
    priceYear: 2016,
    unit: 'room per week',
    bearerLabel: 'mostly housing benefit',
    // Housing benefit is DWP money; move any part the council pays under its safe-accommodation duty.
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'not rated',
    source: "Women's Aid (2016), refuge rent and service charge, about £300 per room per week",
    credit: null,
    warning:
      'Overlaps the refuges and emergency accommodation part of the per-incident housing cost (CR2.0): use one or the other.',
  },

  // Children's social care (UCD); the reference notes give no confidence rating for these.
  {
    id: 'looked-after-child',
    name: 'Looked-after child, average',
    unitCost: '51080',
    priceYear: 2013,
    unit: 'child per year',
    bearerLabel: "council children's services",
    bearers: [{ kind: 'childrens-services', share: '1' }],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    warning: `An average across placements: use it or the weekly placement costs, not both. ${OVERLAPS_INCIDENT_CHILDREN}`,
  },
  {
    id: 'foster-care-council',
    name: 'Foster care, council',
    unitCost: '700',
    priceYear: 2013,
    unit: 'child per week',
    bearerLabel: "council children's services",
    bearers: [{ kind: 'childrens-services', share: '1' }],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    warning: `Do not add to the average looked-after child cost for the same children. ${OVERLAPS_INCIDENT_CHILDREN}`,
  },
  {
    id: 'childrens-home-council',
    name: "Children's home, council",
    unitCost: '2995',
    priceYear: 2013,
    unit: 'child per week',
    bearerLabel: "council children's services",
    bearers: [{ kind: 'childrens-services', share: '1' }],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    warning: `Do not add to the average looked-after child cost for the same children. ${OVERLAPS_INCIDENT_CHILDREN}`,
  },
  {
    id: 'child-in-need',
    name: 'Child in need, case management',
    unitCost: '1416',
    priceYear: 2008,
    unit: 'six-month episode',
    bearerLabel: "council children's services",
    bearers: [{ kind: 'childrens-services', share: '1' }],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    warning: OVERLAPS_INCIDENT_CHILDREN,
  },
  {
    id: 'section-47-enquiry',
    name: 'Section 47 enquiry',
    unitCost: '511',
    priceYear: 2008,
    unit: 'enquiry',
    bearerLabel: "council children's services",
    bearers: [{ kind: 'childrens-services', share: '1' }],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    warning: OVERLAPS_INCIDENT_CHILDREN,
  },
  {
    id: 'care-order-application',
    name: 'Care order application',
    unitCost: '25000',
    priceYear: 2005,
    unit: 'application',
    bearerLabel: 'legal aid ~60%, council ~25%, CAFCASS ~10%, courts ~5%',
    // Legal aid, CAFCASS and courts have no local partner kind, so they merge into 'other'.
    bearers: [
      { kind: 'other', share: '0.75' },
      { kind: 'childrens-services', share: '0.25' },
    ],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    warning: OVERLAPS_INCIDENT_CHILDREN,
  },

  // Health (UCD).
  {
    id: 'a-and-e-attendance',
    name: 'A&E attendance',
    unitCost: '109',
    priceYear: 2011,
    unit: 'attendance',
    bearerLabel: 'NHS',
    bearers: [{ kind: 'health', share: '1' }],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    warning: OVERLAPS_INCIDENT_HEALTH,
  },
  {
    id: 'ambulance-call-out',
    name: 'Ambulance call-out',
    unitCost: '216',
    priceYear: 2013,
    unit: 'incident',
    bearerLabel: 'NHS',
    bearers: [{ kind: 'health', share: '1' }],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    warning: OVERLAPS_INCIDENT_HEALTH,
  },
  {
    id: 'non-elective-inpatient',
    name: 'Non-elective inpatient episode',
    unitCost: '1542',
    priceYear: 2013,
    unit: 'episode',
    bearerLabel: 'NHS',
    bearers: [{ kind: 'health', share: '1' }],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    warning: OVERLAPS_INCIDENT_HEALTH,
  },
  {
    id: 'gp-consultation',
    name: 'GP consultation',
    unitCost: '38',
    priceYear: 2013,
    unit: 'consultation',
    bearerLabel: 'NHS',
    bearers: [{ kind: 'health', share: '1' }],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    warning: OVERLAPS_INCIDENT_HEALTH,
  },
  {
    id: 'mental-health-contact',
    name: 'Mental health community contact',
    unitCost: '156',
    priceYear: 2011,
    unit: 'contact',
    bearerLabel: 'NHS',
    bearers: [{ kind: 'health', share: '1' }],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    warning: OVERLAPS_INCIDENT_HEALTH,
  },
  {
    id: 'adult-depression',
    name: 'Adult depression, service cost',
    unitCost: '1354.84',
    priceYear: 2007,
    unit: 'person per year',
    bearerLabel: 'NHS 90%, council 10%',
    bearers: [
      { kind: 'health', share: '0.9' },
      { kind: 'council', share: '0.1' },
    ],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    warning: OVERLAPS_INCIDENT_HEALTH,
  },
  {
    id: 'camhs-case',
    name: 'CAMHS case',
    unitCost: '4608',
    priceYear: 2013,
    unit: 'case',
    bearerLabel: 'NHS',
    bearers: [{ kind: 'health', share: '1' }],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    // Children's mental health: the per-incident health cost is the victim's, so no overlap to warn of.
    warning: null,
  },

  // Police, justice and fire (UCD).
  {
    id: 'arrest-detained',
    name: 'Arrest, detained',
    unitCost: '593',
    priceYear: 2006,
    unit: 'arrest',
    bearerLabel: 'police (£342 of £593); the rest other criminal justice agencies',
    // 342/593 to four places.
    bearers: [
      { kind: 'police', share: '0.5767' },
      { kind: 'other', share: '0.4233' },
    ],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    warning: WITHIN_INCIDENT_JUSTICE,
  },
  {
    id: 'court-event-violence',
    name: 'Court event, violence against the person, adult',
    unitCost: '12716',
    priceYear: 2008,
    unit: 'court event',
    bearerLabel: 'criminal justice',
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    warning: WITHIN_INCIDENT_JUSTICE,
  },
  {
    id: 'fire-response',
    name: 'Fire response',
    unitCost: '3186',
    priceYear: 2008,
    unit: 'fire',
    bearerLabel: 'fire and rescue service',
    bearers: [{ kind: 'fire-and-rescue', share: '1' }],
    confidence: 'not rated',
    source: UCD,
    credit: UCD_CREDIT,
    warning: null,
  },

  // What pooled funds buy: a service cost, for sizing a service rather than as a cost line.
  {
    id: 'idva-high-risk-case',
    name: 'Independent domestic violence adviser (IDVA) support',
    unitCost: '500',
    priceYear: 2011,
    unit: 'high-risk case',
    bearerLabel: 'the commissioned service',
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'not rated',
    source: 'Trust for London (2011); Kent and Medway IDVA needs assessment (2012)',
    credit: null,
    warning:
      "The cost of a service, not of a consequence: use it to size a service's annual cost, not as a cost line.",
  },
];

export function findUnitCost(id: string): UnitCostEntry | undefined {
  return UNIT_COST_LIBRARY.find((entry) => entry.id === id);
}
