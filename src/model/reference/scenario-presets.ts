/**
 * Ready-made ways of funding the services. No published coefficient exists for the cost of short-term
 * funding (reference notes, "Short-term funding"), so every renewal gap, ramp restart and effectiveness
 * below 1 here is an assumption: each is listed, with the evidence it leans on, for the app to show and
 * the user to change.
 */
import type { ScenarioFile } from '../model-file';

export type ScenarioPresetId = 'one-year-grants' | 'three-year' | 'five-year' | 'one-year-pilot';

export type ScenarioPreset = {
  id: ScenarioPresetId;
  name: string;
  description: string;
  contractYears: number;
  renewalGapMonths: number;
  rampRestartsOnRenewal: boolean;
  effectiveness: string;
  /** 'horizon' funds every year of the model's horizon; a number funds that many years from the start. */
  fundedYears: 'horizon' | number;
  /** Plain-English statements of each non-neutral value and the evidence behind it. */
  assumptions: string[];
};

const LATE_ALLOCATIONS =
  'safe-accommodation duty allocations for 2022/23 were published on 15 February 2022, about six weeks before the year began';
const LOST_STAFF =
  "36% of services running work without dedicated funding lost staff through job insecurity (Women's Aid annual audit 2020; Welsh Women's Aid 2019: 36% expected to lose essential staff)";
const MOBILISATION =
  "Hampshire's 2025 tender for a seven-year service allowed eight months' mobilisation";
const NO_COEFFICIENT = 'No published coefficient exists; this is an assumption.';

export const SCENARIO_PRESETS: readonly ScenarioPreset[] = [
  {
    id: 'one-year-grants',
    name: 'One-year grants renewed every year',
    description:
      'The services are funded one year at a time and renewed every year for the whole horizon. Late decisions leave a gap at each renewal and staff turnover means the service builds up again each time.',
    contractYears: 1,
    renewalGapMonths: 2,
    rampRestartsOnRenewal: true,
    effectiveness: '0.9',
    fundedYears: 'horizon',
    assumptions: [
      `A two-month gap at each yearly renewal, while the service is not running and helps no new cases. ${NO_COEFFICIENT} It leans on late funding decisions: ${LATE_ALLOCATIONS}; and on lost staff: ${LOST_STAFF}.`,
      `The ramp-up starts again at each renewal, as staff leave and replacements are recruited and trained. ${NO_COEFFICIENT} It leans on lost staff (${LOST_STAFF}) and on how long a service takes to get going: ${MOBILISATION}.`,
      `The service runs at 90% of its full effect, because time goes on bids and staff on insecure contracts leave. ${NO_COEFFICIENT} It leans on lost staff: ${LOST_STAFF}.`,
    ],
  },
  {
    id: 'three-year',
    name: 'Three-year commitment',
    description:
      'The services are funded in three-year contracts for the whole horizon. Renewals come less often, so gaps and staff losses are smaller.',
    contractYears: 3,
    renewalGapMonths: 1,
    rampRestartsOnRenewal: false,
    effectiveness: '0.95',
    fundedYears: 'horizon',
    assumptions: [
      `A one-month gap at each three-yearly renewal. ${NO_COEFFICIENT} It leans on late funding decisions (${LATE_ALLOCATIONS}) and on Lancashire's three-year joint commission being delayed because partners could not commit funding for its whole length.`,
      `The service runs at 95% of its full effect, less lost to insecurity than under one-year grants. ${NO_COEFFICIENT} It leans on lost staff: ${LOST_STAFF}.`,
    ],
  },
  {
    id: 'five-year',
    name: 'Five-year commitment',
    description:
      'The services are funded in five-year contracts for the whole horizon, with no gap at renewal and no loss of effect.',
    contractYears: 5,
    renewalGapMonths: 0,
    rampRestartsOnRenewal: false,
    effectiveness: '1',
    fundedYears: 'horizon',
    assumptions: [],
  },
  {
    id: 'one-year-pilot',
    name: 'One-year pilot',
    description:
      'The services are funded for one year only and then stop. Only the cases helped during that year benefit, for as long as each service says its benefit lasts; cases that arrive after the money stops get no help.',
    contractYears: 1,
    renewalGapMonths: 0,
    rampRestartsOnRenewal: false,
    effectiveness: '1',
    fundedYears: 1,
    assumptions: [],
  },
];

export const SERVICE_RENEWAL_COST_ASSUMPTION =
  "A service's renewal cost (re-tendering, re-contracting, recruiting and training replacement staff) is charged at each renewal. No published figure exists, so it is an assumption: set it for your own services, and leave it at zero if renewals cost you nothing extra.";

/** A scenario for a model of `horizonYears` years; funded years never exceed the horizon. */
export function scenarioFromPreset(
  preset: ScenarioPreset,
  horizonYears: number,
  id: string = preset.id,
): ScenarioFile {
  const fundedYears =
    preset.fundedYears === 'horizon' ? horizonYears : Math.min(preset.fundedYears, horizonYears);
  return {
    id,
    name: preset.name,
    fundedYears,
    contractYears: preset.contractYears,
    renewalGapMonths: preset.renewalGapMonths,
    rampRestartsOnRenewal: preset.rampRestartsOnRenewal,
    effectiveness: preset.effectiveness,
  };
}
