import type { UnitCostEntry } from '../../model/reference/unit-cost-library';

/** Areas of the unit-cost library, in the order the Sources page shows them. */
const UNIT_COST_AREAS = [
  'Domestic abuse per incident',
  'Domestic abuse per victim',
  'Housing and homelessness',
  "Children's social care",
  'Health',
  'Police, justice and fire',
  'Services the pool buys',
  'Other',
] as const;

export type UnitCostArea = (typeof UNIT_COST_AREAS)[number];

// The library has no area field, so entries are sorted here by id; a new entry lands in 'Other'.
const AREA_BY_ID: Record<string, UnitCostArea> = {
  'homelessness-application-family': 'Housing and homelessness',
  'homelessness-decision': 'Housing and homelessness',
  'ta-bed-and-breakfast': 'Housing and homelessness',
  'ta-private-sector-leased': 'Housing and homelessness',
  'ta-hostel': 'Housing and homelessness',
  'homelessness-prevented': 'Housing and homelessness',
  'ta-council-stock': 'Housing and homelessness',
  'ta-housing-association': 'Housing and homelessness',
  'refuge-room-week': 'Housing and homelessness',
  'refuge-housing-benefit': 'Housing and homelessness',
  'looked-after-child': "Children's social care",
  'foster-care-council': "Children's social care",
  'childrens-home-council': "Children's social care",
  'child-in-need': "Children's social care",
  'child-in-need-protection-plan': "Children's social care",
  'section-47-enquiry': "Children's social care",
  'care-order-application': "Children's social care",
  'a-and-e-attendance': 'Health',
  'ambulance-call-out': 'Health',
  'non-elective-inpatient': 'Health',
  'gp-consultation': 'Health',
  'mental-health-contact': 'Health',
  'adult-depression': 'Health',
  'adult-depression-in-contact': 'Health',
  'camhs-case': 'Health',
  'arrest-detained': 'Police, justice and fire',
  'court-event-violence': 'Police, justice and fire',
  'fire-response': 'Police, justice and fire',
  'idva-high-risk-case': 'Services the pool buys',
};

export function areaOf(entry: UnitCostEntry): UnitCostArea {
  if (entry.id.startsWith('da-incident-')) return 'Domestic abuse per incident';
  if (entry.id.startsWith('da-victim-')) return 'Domestic abuse per victim';
  return AREA_BY_ID[entry.id] ?? 'Other';
}

export type AreaGroup = { area: UnitCostArea; entries: UnitCostEntry[] };

/** The entries grouped by area, in area order, leaving out areas with no entries. */
export function groupByArea(entries: readonly UnitCostEntry[]): AreaGroup[] {
  return UNIT_COST_AREAS.map((area) => ({
    area,
    entries: entries.filter((entry) => areaOf(entry) === area),
  })).filter((group) => group.entries.length > 0);
}
