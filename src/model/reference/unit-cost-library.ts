/**
 * The default unit-cost library: published figures, each with its source, price year, unit, value type and
 * the agency that bears it, transcribed from the project's reference notes (shared/data/reference-costs.md,
 * including its corrections checked against the UCD v1.4 workbook). Users pick from it to make cost lines;
 * the price year lets the engine convert each figure to the model's price base with the HM Treasury
 * deflators.
 *
 * Share links name a line taken from the library by the entry's id and fill in its name, figure, price year,
 * unit and source from here (test/fixtures/library-pin.json). So an entry that has shipped never changes
 * those five fields and never goes away: a correction to one of them is a new entry with a new id, and the
 * old one names it in `supersededBy`, so old links still open but the library no longer offers it.
 *
 * Choices made here:
 * - Economic and social values (lost output, human and emotional harm, the all-costs per-victim figure) are
 *   borne by the `society` kind of partner (victims, families, employers, the wider economy), which never
 *   pays into the pool; they belong in the economic case, never the financial case.
 * - Cashable defaults follow the UCD guidance: temporary accommodation and foster and residential placements
 *   are cashable; police and health per-incident costs (mostly staff time), case work, administration and
 *   fire response are not; economic and social values never are. Mixed figures (the family homelessness
 *   application, most of it administration and advice) default to not cashable.
 * - Where a source names several bearers without percentages, the suggested split follows the parts the
 *   source gives, or is one kind; an assumption the user should change when they know better.
 * - "Council housing" maps to the 'housing' kind and "council children's services" to 'childrens-services';
 *   criminal justice, courts, legal aid, CAFCASS, the Ministry of Justice and DWP have no local partner kind
 *   and map to 'other'.
 * - Kent and Medway's "a high-risk victim costs public services at least £10,000 a year" is left out: it
 *   is a floor with no price year or split by agency.
 */
import type { PartnerKind } from '../model-file';
import type { ValueType } from '../records/cost-line';

export type UnitCostConfidence = 'green' | 'amber' | 'red' | 'not rated';

export type UnitCostBearer = { kind: PartnerKind; share: string };

export type UnitCostEntry = {
  /** Short, kebab-case and stable: share links refer to an entry by it. */
  id: string;
  name: string;
  unitCost: string;
  /** Financial year the value is priced in, named by its start year (2008/09 is 2008). */
  priceYear: number;
  /** True when the source gives no price year and `priceYear` is an assumption. */
  priceYearAssumed?: true;
  unit: string;
  /** Fiscal (a public body's budget), economic (costs to the economy) or social (harm to victims). */
  valueType: ValueType;
  /** The suggested default for a line made from it; only a fiscal value is ever cashable. */
  cashable: boolean;
  /** The bearing agency as the source describes it. */
  bearerLabel: string;
  /** A suggested split by kind of partner; shares sum to exactly 1 and kinds are unique. */
  bearers: UnitCostBearer[];
  /** The UCD's red–amber–green rating; figures from elsewhere are 'not rated'. */
  confidence: UnitCostConfidence;
  /** The UCD code of the figure (or of the entry it is a part of); null when not from the UCD or not known. */
  ucdCode: string | null;
  source: string;
  /** Attribution the licence requires, or null when none is needed. */
  credit: string | null;
  /** Ids of entries whose cost is certainly inside this one: a model with both counts that cost twice. */
  contains: string[];
  /** What not to add alongside this figure, or why it is not a public-service cost. */
  warning: string | null;
  /** The id of the corrected entry that replaces this one; the library no longer offers a replaced entry. */
  supersededBy?: string;
};

export const UCD_CREDIT = 'GMCA / New Economy Unit Cost Database';
export const UCD_LICENCE = 'Creative Commons Attribution 4.0 (CC BY 4.0)';
const UCD = 'GMCA / New Economy Unit Cost Database v1.4 (March 2015)';
const WALBY = `${UCD}, code CR2.0, from Walby (2009)`;
const SHELTER = `${UCD}, from Shelter (2012)`;
const HO_107 =
  'Home Office Research Report 107, The economic and social costs of domestic abuse (Oliver et al., 2019)';

/** What "per incident" means in CR2.0; the library panel says the same before anyone picks. */
export const PER_INCIDENT_MEANING =
  'Per incident means an average over all incidents, most of them never reported to anyone: applied to ' +
  'incidents known to services, it understates what those incidents cost services.';
/** What "per victim" means in the Home Office figures. */
export const PER_VICTIM_MEANING =
  'Per victim means the cost of each victim abused in a year, with harms and lost output counted over an ' +
  'average three-year period of abuse: most of it is harm to victims and lost output, not public services.';

const PER_INCIDENT_RULES =
  'It already includes police and criminal justice: do not add arrest or court costs on top. Drop the ' +
  "children's social care and housing parts when child protection or homelessness are modelled as their " +
  'own lines. Never add per-victim (Home Office 2019) costs to per-incident costs.';
const PER_INCIDENT_PART = `Certainly inside the all-public-services cost per incident (CR2.0): use the parts or the total, never both. ${PER_INCIDENT_RULES} ${PER_INCIDENT_MEANING}`;
const NOT_FISCAL =
  "Not a public body's budget: it belongs in the economic case, never the financial case, and the " +
  'society partner (victims, families, employers) bears it. It is never cashable.';
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
const AFTER_FOUR_WEEKS =
  "The family homelessness application (HO3.0) already includes four weeks' bed and breakfast: with it, count temporary accommodation only from the fifth week.";
const SOCIETY: UnitCostBearer[] = [{ kind: 'society', share: '1' }];

/** Every part of the all-public-services cost per incident, including the replaced criminal justice part. */
const INCIDENT_PARTS = [
  'da-incident-health',
  'da-incident-justice-and-civil-legal-aid',
  'da-incident-criminal-justice',
  'da-incident-police',
  'da-incident-childrens-social-care',
  'da-incident-housing',
];

export const UNIT_COST_LIBRARY: readonly UnitCostEntry[] = [
  // Domestic abuse per incident (Walby 2009, via UCD CR2.0), 2008/09 prices; amber.
  {
    id: 'da-incident-all-services',
    name: 'Domestic abuse incident: all public services',
    unitCost: '2470',
    priceYear: 2008,
    unit: 'incident',
    valueType: 'fiscal',
    cashable: false,
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
    ucdCode: 'CR2.0',
    source: `${WALBY}: sum of health, criminal justice, police, children's social care and housing`,
    credit: UCD_CREDIT,
    contains: INCIDENT_PARTS,
    warning: `The sum of five parts, each certainly inside it: use it or the parts, never both. ${PER_INCIDENT_RULES} ${PER_INCIDENT_MEANING}`,
  },
  {
    id: 'da-incident-health',
    name: 'Domestic abuse incident: health',
    unitCost: '1171',
    priceYear: 2008,
    unit: 'incident',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'NHS',
    bearers: [{ kind: 'health', share: '1' }],
    confidence: 'amber',
    ucdCode: 'CR2.0',
    source: `${WALBY}: hospital and ambulance 979, mental health 149, prescriptions 22, GP 21`,
    credit: UCD_CREDIT,
    contains: [],
    warning: PER_INCIDENT_PART,
  },
  {
    id: 'da-incident-criminal-justice',
    name: 'Domestic abuse incident: criminal justice excluding police',
    unitCost: '581',
    priceYear: 2008,
    unit: 'incident',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'criminal justice and legal aid',
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'amber',
    ucdCode: 'CR2.0.2',
    source: `${WALBY}: prosecution, courts, probation, prison, legal aid`,
    credit: UCD_CREDIT,
    contains: [],
    warning:
      'Replaced by “Domestic abuse incident: criminal justice excluding police, and civil legal aid”: the same £581 also holds state-funded civil legal aid (about £132). ' +
      PER_INCIDENT_PART,
    supersededBy: 'da-incident-justice-and-civil-legal-aid',
  },
  {
    id: 'da-incident-justice-and-civil-legal-aid',
    name: 'Domestic abuse incident: criminal justice excluding police, and civil legal aid',
    unitCost: '581',
    priceYear: 2008,
    unit: 'incident',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'criminal justice and the Legal Aid Agency',
    // Prosecution, courts, probation, prison and legal aid together; the source gives no split.
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'amber',
    ucdCode: 'CR2.0.2',
    source: `${WALBY}: prosecution, courts, probation, prison, criminal legal aid and state-funded civil legal aid (about £132)`,
    credit: UCD_CREDIT,
    contains: [],
    warning: `Includes state-funded civil legal aid (about £132): do not add civil legal costs for the same incidents. ${PER_INCIDENT_PART}`,
  },
  {
    id: 'da-incident-police',
    name: 'Domestic abuse incident: police',
    unitCost: '415',
    priceYear: 2008,
    unit: 'incident',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'police',
    bearers: [{ kind: 'police', share: '1' }],
    confidence: 'amber',
    ucdCode: 'CR2.0',
    source: WALBY,
    credit: UCD_CREDIT,
    contains: [],
    warning: PER_INCIDENT_PART,
  },
  {
    id: 'da-incident-childrens-social-care',
    name: "Domestic abuse incident: children's social care",
    unitCost: '193',
    priceYear: 2008,
    unit: 'incident',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: "council children's services",
    bearers: [{ kind: 'childrens-services', share: '1' }],
    confidence: 'amber',
    ucdCode: 'CR2.0',
    source: WALBY,
    credit: UCD_CREDIT,
    contains: [],
    warning: PER_INCIDENT_PART,
  },
  {
    id: 'da-incident-housing',
    name: 'Domestic abuse incident: housing',
    unitCost: '110',
    priceYear: 2008,
    unit: 'incident',
    valueType: 'fiscal',
    // An average over all incidents, most of which never reach a housing service: not counted as cashable.
    cashable: false,
    bearerLabel: 'council housing',
    bearers: [{ kind: 'housing', share: '1' }],
    confidence: 'amber',
    ucdCode: 'CR2.0',
    source: `${WALBY}: refuges and emergency accommodation 44, housing benefit 32, temporary housing 29, other 5`,
    credit: UCD_CREDIT,
    contains: [],
    warning: PER_INCIDENT_PART,
  },
  {
    id: 'da-incident-lost-output',
    name: 'Domestic abuse incident: lost output (economic, not public services)',
    unitCost: '1473',
    priceYear: 2008,
    unit: 'incident',
    valueType: 'economic',
    cashable: false,
    bearerLabel: 'victims, employers',
    bearers: SOCIETY,
    confidence: 'amber',
    ucdCode: 'CR2.0',
    source: `${WALBY}: victims 818, employers 655`,
    credit: UCD_CREDIT,
    contains: [],
    warning:
      'Replaced by “Domestic abuse incident: economic cost to victims and employers”: the same £1,473 is more than lost output. ' +
      NOT_FISCAL,
    supersededBy: 'da-incident-economic',
  },
  {
    id: 'da-incident-economic',
    name: 'Domestic abuse incident: economic cost to victims and employers',
    unitCost: '1473',
    priceYear: 2008,
    unit: 'incident',
    valueType: 'economic',
    cashable: false,
    bearerLabel: 'victims, employers',
    bearers: SOCIETY,
    confidence: 'amber',
    ucdCode: 'CR2.0',
    source: `${WALBY}: economic value, victims 818 and employers 655; mostly lost output, with victims' travel and lost wages for GP visits, prescription charges, setting up new homes (24) and civil legal costs: about 156 of it is not lost output`,
    credit: UCD_CREDIT,
    contains: [],
    warning: `Mostly lost output, but also victims' own costs: travel and lost wages for GP visits, prescription charges, setting up new homes and civil legal costs. ${NOT_FISCAL} ${PER_INCIDENT_MEANING}`,
  },
  {
    id: 'da-incident-human-harm',
    name: 'Domestic abuse incident: human and emotional harm (social, not public services)',
    unitCost: '6795',
    priceYear: 2008,
    unit: 'incident',
    valueType: 'social',
    cashable: false,
    bearerLabel: 'victims',
    bearers: SOCIETY,
    confidence: 'amber',
    ucdCode: 'CR2.0',
    source: WALBY,
    credit: UCD_CREDIT,
    contains: [],
    warning: `Harm to victims' health and wellbeing, the UCD's social value. ${NOT_FISCAL} ${PER_INCIDENT_MEANING}`,
  },

  // Domestic abuse per victim (Home Office 2019), 2016/17 prices; not in the UCD, so not rated.
  {
    id: 'da-victim-all-costs',
    name: 'Domestic abuse victim: all costs (mostly harms and lost output, not public services)',
    unitCost: '34015',
    priceYear: 2016,
    unit: 'victim (average three-year period of abuse)',
    // Harms are £47.3bn of £66.2bn (71%), lost output £14.1bn (21%), services £4.7bn (7%): social above all.
    valueType: 'social',
    cashable: false,
    bearerLabel: 'victims, employers and public services',
    bearers: SOCIETY,
    confidence: 'not rated',
    ucdCode: null,
    source: `${HO_107}: England and Wales total £66.2bn (harms £47.3bn, lost output £14.1bn, services £4.7bn)`,
    credit: null,
    contains: [],
    warning:
      'Mostly social and economic: harms £47.3bn and lost output £14.1bn of £66.2bn; public services are only about 7%. ' +
      `Never use it in a financial case; the society partner bears it. ${PER_VICTIM}`,
  },
  {
    id: 'da-victim-police',
    name: 'Domestic abuse victim: police',
    unitCost: '645',
    priceYear: 2016,
    unit: 'victim (average three-year period of abuse)',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'police',
    bearers: [{ kind: 'police', share: '1' }],
    confidence: 'not rated',
    ucdCode: null,
    source: `${HO_107}, as reported by secondary sources citing it`,
    credit: null,
    contains: [],
    warning: `${PER_VICTIM} ${SECONDARY}`,
  },
  {
    id: 'da-victim-criminal-legal',
    name: 'Domestic abuse victim: criminal legal',
    unitCost: '170',
    priceYear: 2016,
    unit: 'victim (average three-year period of abuse)',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'criminal justice',
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'not rated',
    ucdCode: null,
    source: `${HO_107}, as reported by secondary sources citing it`,
    credit: null,
    contains: [],
    warning: `${PER_VICTIM} ${SECONDARY}`,
  },
  {
    id: 'da-victim-civil-legal',
    name: 'Domestic abuse victim: civil legal',
    unitCost: '70',
    priceYear: 2016,
    unit: 'victim (average three-year period of abuse)',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'civil justice and legal aid',
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'not rated',
    ucdCode: null,
    source: `${HO_107}, as reported by secondary sources citing it`,
    credit: null,
    contains: [],
    warning: `${PER_VICTIM} ${SECONDARY}`,
  },

  // Housing and homelessness (UCD, from Shelter 2012), 2010/11 prices; every HO entry is amber.
  {
    id: 'homelessness-application-family',
    name: "Homelessness application, family (includes 4 weeks' bed and breakfast)",
    unitCost: '2501',
    priceYear: 2010,
    unit: 'application',
    valueType: 'fiscal',
    // Mostly administration and advice (staff time) besides the four weeks' B&B: not cashable by default.
    cashable: false,
    bearerLabel:
      'council housing, housing provider; court-desk advice (£79.50) is paid by the Ministry of Justice',
    // 79.50 of 2,501.30 is 0.03178…, so 0.0318 to the Ministry of Justice ('other') and 0.9682 to housing.
    bearers: [
      { kind: 'housing', share: '0.9682' },
      { kind: 'other', share: '0.0318' },
    ],
    confidence: 'amber',
    ucdCode: 'HO3.0',
    source: SHELTER,
    credit: UCD_CREDIT,
    contains: ['homelessness-decision'],
    warning:
      'Certainly contains the homelessness decision (HO3.0.2): 375 + 4 × 334.95 (four weeks of bed and breakfast) + 477 + 230 + 79.50 (court-desk advice) = 2,501.30. ' +
      `Do not add a homelessness decision for the same household, and count bed and breakfast only from the fifth week. ${OVERLAPS_INCIDENT_HOUSING}`,
  },
  {
    id: 'homelessness-decision',
    name: 'Homelessness decision, administration',
    unitCost: '375',
    priceYear: 2010,
    unit: 'application',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'council housing',
    bearers: [{ kind: 'housing', share: '1' }],
    confidence: 'amber',
    ucdCode: 'HO3.0.2',
    source: SHELTER,
    credit: UCD_CREDIT,
    contains: [],
    warning:
      'Certainly inside the family homelessness application cost (HO3.0): do not add both for the same household.',
  },
  {
    id: 'ta-bed-and-breakfast',
    name: 'Temporary accommodation: bed and breakfast',
    unitCost: '334.95',
    priceYear: 2010,
    unit: 'household per week',
    valueType: 'fiscal',
    cashable: true,
    bearerLabel: 'council housing',
    bearers: [{ kind: 'housing', share: '1' }],
    confidence: 'amber',
    ucdCode: null,
    source: SHELTER,
    credit: UCD_CREDIT,
    contains: [],
    warning: `${AFTER_FOUR_WEEKS} ${OVERLAPS_INCIDENT_HOUSING}`,
  },
  {
    id: 'ta-private-sector-leased',
    name: 'Temporary accommodation: private-sector leased',
    unitCost: '162.44',
    priceYear: 2010,
    unit: 'household per week',
    valueType: 'fiscal',
    cashable: true,
    bearerLabel:
      'council housing (the local authority, usually met through Local Housing Allowance)',
    // The UCD puts the whole cost on the local authority.
    bearers: [{ kind: 'housing', share: '1' }],
    confidence: 'amber',
    ucdCode: 'HO4.4',
    source: SHELTER,
    credit: UCD_CREDIT,
    contains: [],
    warning: `${AFTER_FOUR_WEEKS} ${OVERLAPS_INCIDENT_HOUSING}`,
  },
  {
    id: 'ta-hostel',
    name: 'Temporary accommodation: hostel',
    unitCost: '107.45',
    priceYear: 2010,
    unit: 'household per week',
    valueType: 'fiscal',
    cashable: true,
    bearerLabel: 'council housing',
    bearers: [{ kind: 'housing', share: '1' }],
    confidence: 'amber',
    ucdCode: null,
    source: SHELTER,
    credit: UCD_CREDIT,
    contains: [],
    warning: `${AFTER_FOUR_WEEKS} ${OVERLAPS_INCIDENT_HOUSING}`,
  },
  {
    id: 'ta-council-stock',
    name: 'Temporary accommodation: council stock',
    unitCost: '98',
    priceYear: 2010,
    unit: 'household per week',
    valueType: 'fiscal',
    cashable: true,
    bearerLabel: 'council housing',
    bearers: [{ kind: 'housing', share: '1' }],
    confidence: 'amber',
    ucdCode: 'HO4.2',
    source: `${UCD}, code HO4.2`,
    credit: UCD_CREDIT,
    contains: [],
    warning: `${AFTER_FOUR_WEEKS} ${OVERLAPS_INCIDENT_HOUSING}`,
  },
  {
    id: 'ta-housing-association',
    name: 'Temporary accommodation: housing association',
    unitCost: '87',
    priceYear: 2010,
    unit: 'household per week',
    valueType: 'fiscal',
    cashable: true,
    bearerLabel: 'council housing',
    bearers: [{ kind: 'housing', share: '1' }],
    confidence: 'amber',
    ucdCode: 'HO4.3',
    source: `${UCD}, code HO4.3`,
    credit: UCD_CREDIT,
    contains: [],
    warning: `${AFTER_FOUR_WEEKS} ${OVERLAPS_INCIDENT_HOUSING}`,
  },
  {
    id: 'homelessness-prevented',
    name: 'Homelessness prevented',
    unitCost: '642',
    priceYear: 2010,
    unit: 'prevention',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'council housing',
    bearers: [{ kind: 'housing', share: '1' }],
    confidence: 'amber',
    ucdCode: null,
    source: SHELTER,
    credit: UCD_CREDIT,
    contains: [],
    warning: null,
  },
  {
    id: 'refuge-room-week',
    name: 'Refuge rent and service charge',
    unitCost: '300',
    priceYear: 2016,
    unit: 'room per week',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'housing benefit (DWP)',
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'not rated',
    ucdCode: null,
    source: "Women's Aid (2016), refuge rent and service charge, about £300 per room per week",
    credit: null,
    contains: [],
    warning:
      'Replaced by “Refuge room: housing benefit”: the £300 a week is the housing benefit paid per room, not the full rent and service charge.',
    supersededBy: 'refuge-housing-benefit',
  },
  {
    id: 'refuge-housing-benefit',
    name: 'Refuge room: housing benefit',
    unitCost: '300',
    priceYear: 2016,
    unit: 'room per week',
    valueType: 'fiscal',
    // Not named as cashable by the UCD guidance, and refuge rooms are seldom left empty: not cashable.
    cashable: false,
    bearerLabel: 'housing benefit (DWP)',
    // Housing benefit is DWP money; move any part the council pays under its safe-accommodation duty.
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'not rated',
    ucdCode: null,
    source:
      "Women's Aid (2016): housing benefit paid per refuge room, about £300 a week (not the full rent and service charge)",
    credit: null,
    contains: [],
    warning:
      'Only the housing benefit paid per room, not the full cost of a refuge place. Overlaps the refuges and emergency accommodation part of the per-incident housing cost (CR2.0): use one or the other.',
  },

  // Children's social care (UCD).
  {
    id: 'looked-after-child',
    name: 'Looked-after child, average',
    unitCost: '51080',
    priceYear: 2013,
    unit: 'child per year',
    valueType: 'fiscal',
    // An average over placements, which the UCD counts as cashable.
    cashable: true,
    bearerLabel: "council children's services",
    bearers: [{ kind: 'childrens-services', share: '1' }],
    confidence: 'amber',
    ucdCode: 'SS1.0',
    source: UCD,
    credit: UCD_CREDIT,
    contains: [],
    warning: `An average across placements: use it or the weekly placement costs, not both. ${OVERLAPS_INCIDENT_CHILDREN}`,
  },
  {
    id: 'foster-care-council',
    name: 'Foster care, council',
    unitCost: '700',
    priceYear: 2013,
    unit: 'child per week',
    valueType: 'fiscal',
    cashable: true,
    bearerLabel: "council children's services",
    bearers: [{ kind: 'childrens-services', share: '1' }],
    confidence: 'green',
    ucdCode: 'SS2.0',
    source: UCD,
    credit: UCD_CREDIT,
    contains: [],
    warning: `Do not add to the average looked-after child cost for the same children. ${OVERLAPS_INCIDENT_CHILDREN}`,
  },
  {
    id: 'childrens-home-council',
    name: "Children's home, council",
    unitCost: '2995',
    priceYear: 2013,
    unit: 'child per week',
    valueType: 'fiscal',
    cashable: true,
    bearerLabel: "council children's services",
    bearers: [{ kind: 'childrens-services', share: '1' }],
    confidence: 'green',
    ucdCode: 'SS3.0',
    source: UCD,
    credit: UCD_CREDIT,
    contains: [],
    warning: `Do not add to the average looked-after child cost for the same children. ${OVERLAPS_INCIDENT_CHILDREN}`,
  },
  {
    id: 'child-in-need',
    name: 'Child in need, case management',
    unitCost: '1416',
    priceYear: 2008,
    unit: 'six-month episode',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: "council children's services",
    bearers: [{ kind: 'childrens-services', share: '1' }],
    confidence: 'green',
    ucdCode: 'SS5.0',
    source: UCD,
    credit: UCD_CREDIT,
    contains: ['section-47-enquiry'],
    warning: `Certainly contains the section 47 enquiry (SS5.0.7): do not add one for the same child. For a child with a child protection plan use that figure instead. ${OVERLAPS_INCIDENT_CHILDREN}`,
  },
  {
    id: 'child-in-need-protection-plan',
    name: 'Child in need with a child protection plan',
    unitCost: '1864',
    priceYear: 2008,
    unit: 'episode',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: "council children's services",
    bearers: [{ kind: 'childrens-services', share: '1' }],
    // The reference notes give no rating for this figure.
    confidence: 'not rated',
    ucdCode: null,
    source: `${UCD}: child in need with a child protection plan`,
    credit: UCD_CREDIT,
    contains: [],
    warning: `Use it or the child in need case management cost for the same child, not both. ${OVERLAPS_INCIDENT_CHILDREN}`,
  },
  {
    id: 'section-47-enquiry',
    name: 'Section 47 enquiry',
    unitCost: '511',
    priceYear: 2008,
    unit: 'enquiry',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: "council children's services",
    bearers: [{ kind: 'childrens-services', share: '1' }],
    confidence: 'green',
    ucdCode: 'SS5.0.7',
    source: UCD,
    credit: UCD_CREDIT,
    contains: [],
    warning: `Certainly inside the child in need cost (SS5.0): do not add both for the same child. ${OVERLAPS_INCIDENT_CHILDREN}`,
  },
  {
    id: 'care-order-application',
    name: 'Care order application',
    unitCost: '25000',
    priceYear: 2005,
    unit: 'application',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'legal aid ~60%, council ~25%, CAFCASS ~10%, courts ~5%',
    // Legal aid, CAFCASS and courts have no local partner kind, so they merge into 'other'.
    bearers: [
      { kind: 'other', share: '0.75' },
      { kind: 'childrens-services', share: '0.25' },
    ],
    confidence: 'amber',
    ucdCode: 'SS4.1',
    source: UCD,
    credit: UCD_CREDIT,
    contains: [],
    warning: OVERLAPS_INCIDENT_CHILDREN,
  },

  // Health (UCD): per-contact costs are mostly staff time, so none is cashable by default.
  {
    id: 'a-and-e-attendance',
    name: 'A&E attendance',
    unitCost: '109',
    priceYear: 2011,
    unit: 'attendance',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'NHS',
    bearers: [{ kind: 'health', share: '1' }],
    confidence: 'green',
    ucdCode: 'HE4.0',
    source: UCD,
    credit: UCD_CREDIT,
    contains: [],
    warning: OVERLAPS_INCIDENT_HEALTH,
  },
  {
    id: 'ambulance-call-out',
    name: 'Ambulance call-out',
    unitCost: '216',
    priceYear: 2013,
    unit: 'incident',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'NHS',
    bearers: [{ kind: 'health', share: '1' }],
    confidence: 'green',
    ucdCode: 'HE3.0',
    source: UCD,
    credit: UCD_CREDIT,
    contains: [],
    warning: OVERLAPS_INCIDENT_HEALTH,
  },
  {
    id: 'non-elective-inpatient',
    name: 'Non-elective inpatient episode',
    unitCost: '1542',
    priceYear: 2013,
    unit: 'episode',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'NHS',
    bearers: [{ kind: 'health', share: '1' }],
    confidence: 'green',
    ucdCode: 'HE7.0.2',
    source: UCD,
    credit: UCD_CREDIT,
    contains: [],
    warning: OVERLAPS_INCIDENT_HEALTH,
  },
  {
    id: 'gp-consultation',
    name: 'GP consultation',
    unitCost: '38',
    priceYear: 2013,
    unit: 'consultation',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'NHS',
    bearers: [{ kind: 'health', share: '1' }],
    confidence: 'green',
    ucdCode: 'HE20.2',
    source: UCD,
    credit: UCD_CREDIT,
    contains: [],
    warning: OVERLAPS_INCIDENT_HEALTH,
  },
  {
    id: 'mental-health-contact',
    name: 'Mental health community contact',
    unitCost: '156',
    priceYear: 2011,
    unit: 'contact',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'NHS',
    bearers: [{ kind: 'health', share: '1' }],
    confidence: 'green',
    ucdCode: 'HE16.0',
    source: UCD,
    credit: UCD_CREDIT,
    contains: [],
    warning: OVERLAPS_INCIDENT_HEALTH,
  },
  {
    id: 'adult-depression',
    name: 'Adult depression, service cost',
    unitCost: '1354.84',
    priceYear: 2007,
    unit: 'person per year',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'NHS 90%, council 10%',
    bearers: [
      { kind: 'health', share: '0.9' },
      { kind: 'council', share: '0.1' },
    ],
    confidence: 'amber',
    ucdCode: 'HE11.3',
    source: UCD,
    credit: UCD_CREDIT,
    contains: [],
    warning: `An average over all adults with depression, many of whom see no service. For victims known to services, who are in contact with services, the cost for adults in contact with services (£2,085) fits better: use one or the other. ${OVERLAPS_INCIDENT_HEALTH}`,
  },
  {
    id: 'adult-depression-in-contact',
    name: 'Adult depression, service cost (adults in contact with services)',
    unitCost: '2085',
    priceYear: 2007,
    unit: 'person per year',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'NHS 90%, council 10% (the split the UCD gives for all adults with depression)',
    // The notes give the split for the all-adults figure only; the same split is assumed here.
    bearers: [
      { kind: 'health', share: '0.9' },
      { kind: 'council', share: '0.1' },
    ],
    confidence: 'amber',
    ucdCode: 'HE11.3',
    source: `${UCD}, code HE11.3: adults with depression in contact with services`,
    credit: UCD_CREDIT,
    contains: [],
    warning: `The average for adults with depression who are in contact with services, as victims known to services are. Use it or the all-adults figure (£1,354.84), not both. ${OVERLAPS_INCIDENT_HEALTH}`,
  },
  {
    id: 'camhs-case',
    name: 'CAMHS case',
    unitCost: '4608',
    priceYear: 2013,
    unit: 'case',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'NHS',
    bearers: [{ kind: 'health', share: '1' }],
    confidence: 'green',
    ucdCode: 'HE12.2',
    source: UCD,
    credit: UCD_CREDIT,
    contains: [],
    // Children's mental health: the per-incident health cost is the victim's, so no overlap to warn of.
    warning: null,
  },

  // Police, justice and fire (UCD): staff time and response, not cashable in the short run.
  {
    id: 'arrest-detained',
    name: 'Arrest, detained',
    unitCost: '593',
    priceYear: 2006,
    unit: 'arrest',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'police (£342 of £593); the rest other criminal justice agencies',
    // 342/593 to four places.
    bearers: [
      { kind: 'police', share: '0.5767' },
      { kind: 'other', share: '0.4233' },
    ],
    confidence: 'amber',
    ucdCode: 'CR7.0',
    source: UCD,
    credit: UCD_CREDIT,
    contains: [],
    warning: WITHIN_INCIDENT_JUSTICE,
  },
  {
    id: 'court-event-violence',
    name: 'Court event, violence against the person, adult',
    unitCost: '12716',
    priceYear: 2008,
    unit: 'court event',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'criminal justice',
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'green',
    ucdCode: 'CR5.0',
    source: UCD,
    credit: UCD_CREDIT,
    contains: [],
    warning: WITHIN_INCIDENT_JUSTICE,
  },
  {
    id: 'fire-response',
    name: 'Fire response',
    unitCost: '3186',
    priceYear: 2008,
    unit: 'fire',
    valueType: 'fiscal',
    // The UCD notes fire response as not easily cashable.
    cashable: false,
    bearerLabel: 'fire and rescue service',
    bearers: [{ kind: 'fire-and-rescue', share: '1' }],
    confidence: 'amber',
    ucdCode: 'FI2.0',
    source: UCD,
    credit: UCD_CREDIT,
    contains: [],
    warning: null,
  },

  // What pooled funds buy: a service cost, for sizing a service rather than as a cost line.
  {
    id: 'idva-high-risk-case',
    name: 'Independent domestic violence adviser (IDVA) support',
    unitCost: '500',
    priceYear: 2011,
    priceYearAssumed: true,
    unit: 'high-risk case',
    valueType: 'fiscal',
    cashable: false,
    bearerLabel: 'the commissioned service',
    bearers: [{ kind: 'other', share: '1' }],
    confidence: 'not rated',
    ucdCode: null,
    source: 'Trust for London (2011); Kent and Medway IDVA needs assessment (2012)',
    credit: null,
    contains: [],
    warning:
      "The cost of a service, not of a consequence: use it to size a service's annual cost, not as a cost line. " +
      'The sources give no price year: 2011/12 is an assumption.',
  },
];

export function findUnitCost(id: string): UnitCostEntry | undefined {
  return UNIT_COST_LIBRARY.find((entry) => entry.id === id);
}

/** True for an entry kept only so old links open: a corrected entry has replaced it. */
export function isSuperseded(entry: UnitCostEntry): boolean {
  return entry.supersededBy !== undefined;
}

/** The entries the library offers for new lines: every entry that no corrected entry has replaced. */
export const OFFERED_UNIT_COSTS: readonly UnitCostEntry[] = UNIT_COST_LIBRARY.filter(
  (entry) => !isSuperseded(entry),
);
