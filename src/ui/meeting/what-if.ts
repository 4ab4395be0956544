/**
 * The meeting's "what if" settings: what people type into the four boxes, what that asks of the model,
 * and the one recipe that makes those changes, used both on a copy of the model (to show the room) and
 * on the real model when someone chooses to keep them.
 */
import { Dec, ONE, type Dec as DecType } from '../../model/decimal';
import { parseDecimal } from '../../model/field-reader';
import type { ModelFile, ReachFile, ServiceFile } from '../../model/model-file';
import type { Scenario } from '../../model/model';

/** The settings of one scenario that the meeting may try out. */
export type ScenarioKnob = 'contractYears' | 'renewalGapMonths' | 'effectiveness';

export const SCENARIO_KNOBS: readonly ScenarioKnob[] = [
  'contractYears',
  'renewalGapMonths',
  'effectiveness',
];

/** What has been typed, by scenario id and setting; coverage (of every service) is one box for all. */
export type WhatIfTexts = {
  scenarios: Record<string, Partial<Record<ScenarioKnob, string>>>;
  /** Percent of each service's planned coverage; null when untouched. */
  coverage: string | null;
};

export const NO_TEXTS: WhatIfTexts = { scenarios: {}, coverage: null };

/** One scenario's changes, in the model file's own form. */
export type ScenarioChange = {
  contractYears?: number;
  renewalGapMonths?: number;
  /** A fraction, as the file stores it. */
  effectiveness?: string;
};

export type WhatIfChanges = {
  scenarios: Record<string, ScenarioChange>;
  /** The multiplier on every reach's coverage (1 = as planned); null when unchanged. */
  coverageScale: DecType | null;
};

export const COVERAGE_MAX_PERCENT = 200;

type Limits = { min: number; max: number };
const LIMITS: Record<ScenarioKnob, Limits> = {
  contractYears: { min: 1, max: 50 },
  renewalGapMonths: { min: 0, max: 11 },
  effectiveness: { min: 0, max: 100 },
};

export const KNOB_LABELS: Record<ScenarioKnob, string> = {
  contractYears: 'Contract length (years)',
  renewalGapMonths: 'Gap between contracts (months)',
  effectiveness: 'Effectiveness (%)',
};

const KNOB_MESSAGES: Record<ScenarioKnob, string> = {
  contractYears: 'Contract length should be a whole number of years from 1 to 50.',
  renewalGapMonths: 'The gap should be a whole number of months from 0 to 11.',
  effectiveness: 'Effectiveness should be a percentage from 0 to 100.',
};

export const COVERAGE_MESSAGE = `Coverage should be a percentage from 0 to ${String(COVERAGE_MAX_PERCENT)}.`;

/** A percentage as typed ("80", "80%", "12.5"); null when it is not a number. */
function parsePercent(text: string): DecType | null {
  return parseDecimal(text.trim().replace(/%$/, '').trim());
}

function parseWhole(text: string, { min, max }: Limits): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
}

function percentWithin(text: string, max: number): DecType | null {
  const percent = parsePercent(text);
  return percent !== null && percent.gte(0) && percent.lte(max) ? percent : null;
}

/** The scenario's saved value of a setting as it shows in its box: "3", "2", "90". */
export function savedText(scenario: Scenario, knob: ScenarioKnob): string {
  if (knob === 'effectiveness') return scenario.effectiveness.times(100).toFixed();
  return String(scenario[knob]);
}

/** The text in a box: what was typed, else the saved value. */
export function knobText(texts: WhatIfTexts, scenario: Scenario, knob: ScenarioKnob): string {
  return texts.scenarios[scenario.id]?.[knob] ?? savedText(scenario, knob);
}

/** The message for a box whose text cannot be used, or null. */
export function knobProblem(text: string, knob: ScenarioKnob): string | null {
  const ok =
    knob === 'effectiveness'
      ? percentWithin(text, LIMITS.effectiveness.max) !== null
      : parseWhole(text, LIMITS[knob]) !== null;
  return ok ? null : KNOB_MESSAGES[knob];
}

export function coverageProblem(text: string): string | null {
  return percentWithin(text, COVERAGE_MAX_PERCENT) === null ? COVERAGE_MESSAGE : null;
}

function scenarioChange(
  typed: Partial<Record<ScenarioKnob, string>>,
  scenario: Scenario,
): ScenarioChange {
  const change: ScenarioChange = {};
  for (const knob of SCENARIO_KNOBS) {
    const text = typed[knob];
    if (text === undefined || knobProblem(text, knob) !== null) continue;
    if (knob === 'effectiveness') {
      const fraction = (parsePercent(text) ?? ONE.times(100)).div(100);
      if (!fraction.eq(scenario.effectiveness)) change.effectiveness = fraction.toFixed();
      continue;
    }
    const value = Number(text.trim());
    if (value !== scenario[knob]) change[knob] = value;
  }
  return change;
}

/** The changes the usable boxes ask for: boxes with a problem, or back at the saved value, ask for none. */
export function changesOf(texts: WhatIfTexts, scenarios: readonly Scenario[]): WhatIfChanges {
  const byScenario: Record<string, ScenarioChange> = {};
  for (const scenario of scenarios) {
    const typed = texts.scenarios[scenario.id];
    if (!typed) continue;
    const change = scenarioChange(typed, scenario);
    if (Object.keys(change).length > 0) byScenario[scenario.id] = change;
  }
  const percent =
    texts.coverage === null ? null : percentWithin(texts.coverage, COVERAGE_MAX_PERCENT);
  const scale = percent === null || percent.eq(100) ? null : percent.div(100);
  return { scenarios: byScenario, coverageScale: scale };
}

export function hasChanges(changes: WhatIfChanges): boolean {
  return changes.coverageScale !== null || Object.keys(changes.scenarios).length > 0;
}

/**
 * A service's reach as the file gives it or, when the file leaves it out, as the engine reads it: every
 * stream its effects name, directly or through a cost line, once each, at coverage 1 (MODEL.md).
 */
function reachInFull(service: ServiceFile, file: ModelFile): ReachFile[] {
  if (service.reach) return service.reach;
  const lineStreams = new Map(file.costLines.map((line) => [line.id, line.stream]));
  const streams = new Set<string>();
  for (const effect of service.effects) {
    const stream = 'costLine' in effect ? lineStreams.get(effect.costLine) : effect.stream;
    if (stream !== undefined) streams.add(stream);
  }
  return [...streams].map((stream) => ({ stream }));
}

/** A reach's coverage × scale, never above 100%. Coverage that cannot be read is left for the validator. */
function scaledCoverage(coverage: string | undefined, scale: DecType): string | undefined {
  const planned = coverage === undefined ? ONE : parseDecimal(coverage);
  if (planned === null) return coverage;
  return Dec.min(ONE, planned.times(scale)).toFixed();
}

/**
 * Makes the changes on a model file (an immer draft, or a copy): each scenario's settings, and every
 * reach of every service scaled by the coverage multiplier (capped at 100%).
 */
export function applyChanges(file: ModelFile, changes: WhatIfChanges): void {
  for (const scenario of file.scenarios) {
    const change = changes.scenarios[scenario.id];
    if (!change) continue;
    if (change.contractYears !== undefined) scenario.contractYears = change.contractYears;
    if (change.renewalGapMonths !== undefined) scenario.renewalGapMonths = change.renewalGapMonths;
    if (change.effectiveness !== undefined) scenario.effectiveness = change.effectiveness;
  }
  const scale = changes.coverageScale;
  if (scale === null) return;
  for (const service of file.services) {
    service.reach = reachInFull(service, file).map((reach) => {
      const coverage = scaledCoverage(reach.coverage, scale);
      return { ...reach, ...(coverage === undefined ? {} : { coverage }) };
    });
  }
}

/** A copy of the model file with the changes made; the file given is left as it is. */
export function withChanges(file: ModelFile, changes: WhatIfChanges): ModelFile {
  const copy = structuredClone(file);
  applyChanges(copy, changes);
  return copy;
}

/** The changes in words, one line each: "Three-year commitment: contract length 5 years (saved 3)". */
export function describeChanges(changes: WhatIfChanges, scenarios: readonly Scenario[]): string[] {
  const lines = scenarios.flatMap((scenario) => {
    const change = changes.scenarios[scenario.id];
    if (!change) return [];
    const parts: string[] = [];
    if (change.contractYears !== undefined)
      parts.push(
        `contract length ${String(change.contractYears)} years (saved ${String(scenario.contractYears)})`,
      );
    if (change.renewalGapMonths !== undefined)
      parts.push(
        `gap between contracts ${String(change.renewalGapMonths)} months (saved ${String(scenario.renewalGapMonths)})`,
      );
    if (change.effectiveness !== undefined)
      parts.push(
        `effectiveness ${new Dec(change.effectiveness).times(100).toFixed()}% (saved ${savedText(scenario, 'effectiveness')}%)`,
      );
    return [`${scenario.name}: ${parts.join('; ')}`];
  });
  if (changes.coverageScale !== null)
    lines.push(
      `Every scenario: each service’s coverage × ${changes.coverageScale.times(100).toFixed()}% of what is planned (at most 100%)`,
    );
  return lines;
}
