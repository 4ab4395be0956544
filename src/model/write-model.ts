/**
 * Writes a validated model back as a model file: every default spelled out, numbers as decimal strings,
 * the price index only when the model carries its own. Each record writes its own fields.
 */
import type { Model } from './model';
import { MODEL_FORMAT, MODEL_VERSION, type ModelFile } from './model-file';
import { writeCostLine } from './records/cost-line';
import { writeModelSettings } from './records/model-settings';
import { writePartner } from './records/partner';
import { writeScenario } from './records/scenario';
import { writeService } from './records/service';
import { writeStream } from './records/stream';
import { writeUncertainty } from './records/uncertainty';

export function writeModelFile(model: Model): ModelFile {
  const uncertainty = writeUncertainty(model.uncertainty);
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    ...writeModelSettings(model),
    partners: model.partners.map(writePartner),
    streams: model.streams.map(writeStream),
    costLines: model.costLines.map(writeCostLine),
    services: model.services.map(writeService),
    scenarios: model.scenarios.map(writeScenario),
    ...(uncertainty ? { uncertainty } : {}),
  };
}
