/**
 * A funding scenario: how long the services are funded, in contracts of what length, what each renewal
 * costs in lost time and effect, and who pays into the pool (MODEL.md, "Funding scenarios").
 */
import type { Dec } from '../decimal';
import { joinPath, type FieldReader } from '../field-reader';
import {
  checkContributions,
  compactContributions,
  createContributions,
  expandContributions,
  readContributions,
  writeContributions,
  type Contributions,
  type ContributionsFile,
} from './contributions';
import { mapRecords, withoutDefaults, type Json, type JsonRecord } from './link-json';
import type { KnownIds } from './record-checks';
import {
  decimalDefault,
  decimalText,
  FRACTION,
  type DecimalString,
  type ShortKeys,
} from './record-fields';

export type ScenarioFile = {
  id: string;
  name: string;
  fundedYears: number;
  contractYears: number;
  renewalGapMonths?: number;
  rampRestartsOnRenewal?: boolean;
  effectiveness?: DecimalString;
  contributions?: ContributionsFile;
};

export type Scenario = {
  id: string;
  name: string;
  fundedYears: number;
  contractYears: number;
  renewalGapMonths: number;
  rampRestartsOnRenewal: boolean;
  effectiveness: Dec;
  contributions: Contributions;
};

/** Every optional field's value when a file leaves it out (contributions: see its own record). */
export const SCENARIO_DEFAULTS = {
  renewalGapMonths: 0,
  rampRestartsOnRenewal: false,
  effectiveness: '1',
} as const satisfies Partial<ScenarioFile>;

const EFFECTIVENESS_DEFAULT = decimalDefault(SCENARIO_DEFAULTS.effectiveness);

export const SCENARIO_SHORT_KEYS: ShortKeys<keyof ScenarioFile> = {
  name: 'a',
  fundedYears: 'F',
  contractYears: 'L',
  renewalGapMonths: 'G',
  rampRestartsOnRenewal: 'E',
  effectiveness: 'Z',
  contributions: 'W',
};

/** Contracts a new scenario starts with, when the horizon allows: three years. */
const NEW_CONTRACT_YEARS = 3;

/** A scenario funding every year of the horizon, with no renewal penalties, shared equally. */
export function createScenario(id: string, name: string, horizonYears: number): ScenarioFile {
  return {
    id,
    name,
    fundedYears: horizonYears,
    contractYears: Math.min(NEW_CONTRACT_YEARS, horizonYears),
    ...SCENARIO_DEFAULTS,
    contributions: createContributions(),
  };
}

export function readScenario(
  r: FieldReader,
  value: unknown,
  path: string,
  horizonYears: number | null,
  partnerIds: string[],
): Scenario | null {
  const obj = r.object(value, path, 'A scenario');
  if (!obj) return null;
  return {
    id: r.id(obj, path, 'scenario'),
    name: r.text(obj, 'name', path, 'The scenario name'),
    fundedYears: r.integer(obj, 'fundedYears', path, 'The funded years', {
      min: 0,
      max: horizonYears ?? 50,
    }),
    contractYears: r.integer(obj, 'contractYears', path, 'The contract length in years', {
      min: 1,
      max: 50,
    }),
    renewalGapMonths: r.integer(
      obj,
      'renewalGapMonths',
      path,
      'The gap between contracts',
      { min: 0, max: 11 },
      SCENARIO_DEFAULTS.renewalGapMonths,
    ),
    rampRestartsOnRenewal: r.boolean(
      obj,
      'rampRestartsOnRenewal',
      path,
      'Ramp restarts on renewal',
      SCENARIO_DEFAULTS.rampRestartsOnRenewal,
    ),
    effectiveness: r.decimal(
      obj,
      'effectiveness',
      path,
      'The effectiveness',
      FRACTION,
      EFFECTIVENESS_DEFAULT,
    ),
    contributions: readContributions(
      r,
      obj.contributions,
      joinPath(path, 'contributions'),
      partnerIds,
    ),
  };
}

export function checkScenarioReferences(
  r: FieldReader,
  scenario: Scenario,
  path: string,
  known: KnownIds,
): void {
  checkContributions(r, scenario.contributions, joinPath(path, 'contributions'), known);
}

export function writeScenario(scenario: Scenario): ScenarioFile {
  return {
    id: scenario.id,
    name: scenario.name,
    fundedYears: scenario.fundedYears,
    contractYears: scenario.contractYears,
    renewalGapMonths: scenario.renewalGapMonths,
    rampRestartsOnRenewal: scenario.rampRestartsOnRenewal,
    effectiveness: decimalText(scenario.effectiveness),
    contributions: writeContributions(scenario.contributions),
  };
}

export function compactScenario(scenario: ScenarioFile, partnerIds: readonly string[]): JsonRecord {
  const out = withoutDefaults(scenario, SCENARIO_DEFAULTS);
  if (scenario.contributions) {
    const contributions = compactContributions(scenario.contributions, partnerIds);
    if (contributions) out.contributions = contributions;
    else delete out.contributions;
  }
  return out;
}

export function expandScenarios(
  scenarios: Json | undefined,
  partnerIds: string[],
): Json | undefined {
  return mapRecords(scenarios, (scenario) => ({
    ...SCENARIO_DEFAULTS,
    ...scenario,
    contributions: expandContributions(scenario.contributions, partnerIds),
  }));
}
