/**
 * Starting points for a new model: a blank one, or a template with the worked example's structure
 * (partners, caseloads, cost lines, services and scenarios) and every local figure cleared, so a
 * partnership fills in its own numbers rather than editing someone else's.
 */
import type { ModelFile } from '../model-file';
import { PARTNER_KIND_LABELS } from './partner-kinds';

const SETTINGS_KEPT = [
  'startYear',
  'horizonYears',
  'priceBaseYear',
  'discountRate',
  'longTermDiscountRate',
  'inflationRate',
] as const;

function settingsOf(example: ModelFile) {
  return Object.fromEntries(
    SETTINGS_KEPT.flatMap((key) => (example[key] === undefined ? [] : [[key, example[key]]])),
  ) as Pick<ModelFile, (typeof SETTINGS_KEPT)[number]>;
}

/** No partners, caseloads, costs, services or scenarios yet: the example's years and rates only. */
export function blankModel(example: ModelFile): ModelFile {
  return {
    format: example.format,
    version: example.version,
    title: 'New model',
    area: '',
    notes: '',
    ...settingsOf(example),
    partners: [],
    streams: [],
    costLines: [],
    services: [],
    scenarios: [],
  };
}

export const TEMPLATE_NOTES =
  "Started from the worked example's structure. Every local figure is cleared: enter your caseload history, how often each cost follows a case, what each service costs and does, who it reaches and who pays. The unit costs are the library's published figures, with their sources; check each suits your area.";

/**
 * The example's structure with its local figures cleared: no caseload history, rates of 0, services
 * that cost and do nothing yet (and reach every caseload their effects name until told otherwise),
 * offers of 0. Partners take the name of their kind; published unit costs and their sources stay.
 */
export function templateModel(example: ModelFile): ModelFile {
  return {
    ...blankModel(example),
    title: 'New model from the template',
    notes: TEMPLATE_NOTES,
    partners: example.partners.map((p) => ({ ...p, name: PARTNER_KIND_LABELS[p.kind] })),
    streams: example.streams.map((s) => ({ ...s, history: [], trend: { method: 'linear' } })),
    costLines: example.costLines.map((line) => ({ ...line, rate: '0' })),
    services: example.services.map(({ reach: _reach, ...service }) => ({
      ...service,
      annualCost: '0',
      setupCost: '0',
      renewalCost: '0',
      effects: service.effects.map((effect) => ({ ...effect, reduction: '0', source: '' })),
    })),
    scenarios: example.scenarios.map((scenario) => {
      const offers = scenario.contributions?.offers;
      return offers
        ? {
            ...scenario,
            contributions: {
              ...scenario.contributions,
              rule: scenario.contributions?.rule ?? 'offers',
              offers: offers.map((o) => ({ ...o, annual: '0' })),
            },
          }
        : scenario;
    }),
  };
}
