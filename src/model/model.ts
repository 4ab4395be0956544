/**
 * The model after validation: every default filled in and every number a `Dec`. Only `readModel`
 * makes one, so the calculation never meets a missing field, a bad reference or NaN. Each record's
 * type lives with its reader and writer in `records/`.
 */
import type { Contributions } from './records/contributions';
import type { CostLine } from './records/cost-line';
import type { ModelSettings } from './records/model-settings';
import type { Partner } from './records/partner';
import type { Scenario } from './records/scenario';
import type { Service } from './records/service';
import type { Stream } from './records/stream';
import type { Uncertainty } from './records/uncertainty';

export type Model = ModelSettings & {
  partners: Partner[];
  streams: Stream[];
  costLines: CostLine[];
  services: Service[];
  scenarios: Scenario[];
  /** Ranges on uncertain inputs, and the simulation's seed and draws (defaults when the file has none). */
  uncertainty: Uncertainty;
};

export type { Problem } from './field-reader';
export type { Bearer, CostLine } from './records/cost-line';
export type { Effect } from './records/effect';
export type { HistoryPoint, Stream, Trend } from './records/stream';
export type { Uncertainty, UncertaintyRange } from './records/uncertainty';
export type { Contributions, Partner, Scenario, Service };
