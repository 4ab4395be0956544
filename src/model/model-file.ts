/**
 * The model file as saved, shared and exported (MODEL.md, "Model file"). Money, rates and counts are
 * decimal strings; this is also exactly what the app's store holds while someone is typing. Each
 * record's file form lives with its defaults, reader and writer in `records/`.
 */
import type { ContributionRule } from './records/contributions';
import type { CostLineFile } from './records/cost-line';
import type { ModelSettingsFile } from './records/model-settings';
import type { PartnerFile } from './records/partner';
import type { ScenarioFile } from './records/scenario';
import type { ServiceFile } from './records/service';
import type { StreamFile } from './records/stream';
import type { UncertaintyFile } from './records/uncertainty';

export const MODEL_FORMAT = 'cost-of-inaction';
export const MODEL_VERSION = 2;

export type ModelFile = {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
} & ModelSettingsFile & {
    partners: PartnerFile[];
    streams: StreamFile[];
    costLines: CostLineFile[];
    services: ServiceFile[];
    scenarios: ScenarioFile[];
    /** Left out while it holds only defaults (no ranges of the user's own, seed 1, 10,000 draws). */
    uncertainty?: UncertaintyFile;
  };

export { CONTRIBUTION_RULES } from './records/contributions';
export type { ContributionsFile } from './records/contributions';
export type { BearerFile } from './records/cost-line';
export type { EffectFile } from './records/effect';
export type { ReachFile } from './records/service';
export { VALUE_TYPES } from './records/cost-line';
export type { ValueType } from './records/cost-line';
export { PARTNER_KINDS } from './records/partner';
export type { PartnerKind } from './records/partner';
export type { DecimalString } from './records/record-fields';
export type { HistoryPointFile, TrendFile, TrendMethod } from './records/stream';
export type { UncertaintyFile, UncertaintyRangeFile } from './records/uncertainty';
export type {
  ContributionRule,
  CostLineFile,
  ModelSettingsFile,
  PartnerFile,
  ScenarioFile,
  ServiceFile,
  StreamFile,
};
