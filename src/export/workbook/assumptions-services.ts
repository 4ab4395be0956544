/**
 * The Assumptions sheet, second half: services, whom they reach, their effects (net of deadweight and
 * attribution, as formulas), each service's combined effect on each cost line, scenarios, and who
 * contributes under each scenario with any custom shares and offers.
 */
import type { Worksheet } from 'exceljs';
import type { Dec } from '../../model/decimal';
import type { Model } from '../../model/model';
import { netEffect } from '../../model/records/effect';
import { reachOf } from '../../model/records/service';
import { lineEffect } from './cached-figures';
import { cell } from './cell-address';
import {
  writeFormula,
  writeHeader,
  writeNumber,
  writeSection,
  writeText,
  type Cursor,
} from './cell-writers';
import {
  EFFECT_COLUMNS,
  MATRIX_FIRST_COLUMN,
  REACH_COLUMNS,
  SCENARIO_COLUMNS,
  SERVICE_COLUMNS,
  type AssumptionPlaces,
} from './workbook-places';

type ServicePlaces = Pick<
  AssumptionPlaces,
  | 'serviceRows'
  | 'reachRows'
  | 'lineEffectRows'
  | 'scenarioRows'
  | 'contributorRows'
  | 'customShareRows'
  | 'offerRows'
>;

function writeServices(ws: Worksheet, model: Model, at: Cursor): number[] {
  writeSection(ws, at, 'Services', 'Costs in base-year prices; optimism bias on costs is budgeted');
  const C = SERVICE_COLUMNS;
  writeHeader(ws, at.row, [
    'Id',
    'Name',
    'Running cost a year (£)',
    'Set-up cost (£)',
    'Renewal cost (£)',
    'Ramp-up (months)',
    'Optimism bias on costs',
    'Benefit lasts (years)',
    'Drop-off a year',
    'Optimism bias on benefits',
  ]);
  at.row += 1;
  return model.services.map((service) => {
    const row = at.row;
    writeText(ws, C.id, row, service.id);
    writeText(ws, C.name, row, service.name);
    writeNumber(ws, C.annualCost, row, service.annualCost, 'money', true);
    writeNumber(ws, C.setupCost, row, service.setupCost, 'money', true);
    writeNumber(ws, C.renewalCost, row, service.renewalCost, 'money', true);
    writeNumber(ws, C.rampUpMonths, row, service.rampUpMonths, 'whole');
    writeNumber(ws, C.costOptimismBias, row, service.costOptimismBias, 'percent', true);
    writeNumber(ws, C.benefitYears, row, service.benefitYears, 'whole');
    writeNumber(ws, C.dropOffPerYear, row, service.dropOffPerYear, 'percent', true);
    writeNumber(ws, C.optimismBias, row, service.optimismBias, 'percent', true);
    at.row += 1;
    return row;
  });
}

function writeReach(ws: Worksheet, model: Model, at: Cursor): Map<string, number> {
  writeSection(
    ws,
    at,
    'Who each service reaches',
    'Capacity: cases a year at full strength (blank: no limit)',
  );
  writeHeader(ws, at.row, ['Service', 'Stream', 'Coverage', 'Capacity (cases a year)']);
  at.row += 1;
  const lineStreams = new Map(model.costLines.map((l) => [l.id, l.stream]));
  const rows = new Map<string, number>();
  model.services.forEach((service, s) => {
    for (const reach of reachOf(service, lineStreams)) {
      writeText(ws, REACH_COLUMNS.service, at.row, service.id);
      writeText(ws, REACH_COLUMNS.stream, at.row, reach.stream);
      writeNumber(ws, REACH_COLUMNS.coverage, at.row, reach.coverage, 'percent', true);
      if (reach.capacity)
        writeNumber(ws, REACH_COLUMNS.capacity, at.row, reach.capacity, 'count', true);
      rows.set(`${s}|${reach.stream}`, at.row);
      at.row += 1;
    }
  });
  return rows;
}

/** Each effect with its net effect as a formula; returns the rows of each service's effects in order. */
function writeEffects(ws: Worksheet, model: Model, at: Cursor): number[][] {
  writeSection(ws, at, 'Effects', 'Net effect = reduction × (1 − deadweight) × attribution');
  const C = EFFECT_COLUMNS;
  writeHeader(ws, at.row, [
    'Service',
    'Works on',
    'Cost line or stream',
    'Reduction',
    'Deadweight',
    'Attribution',
    'Net effect',
    'Source',
  ]);
  at.row += 1;
  return model.services.map((service) =>
    service.effects.map((effect) => {
      const row = at.row;
      writeText(ws, C.service, row, service.id);
      writeText(ws, C.target, row, effect.target === 'costLine' ? 'cost line' : 'stream');
      writeText(ws, C.id, row, effect.id);
      writeNumber(ws, C.reduction, row, effect.reduction, 'percent', true);
      writeNumber(ws, C.deadweight, row, effect.deadweight, 'percent', true);
      writeNumber(ws, C.attribution, row, effect.attribution, 'percent', true);
      const r = (column: number) => cell(column, row);
      writeFormula(
        ws,
        C.net,
        row,
        `${r(C.reduction)}*(1-${r(C.deadweight)})*${r(C.attribution)}`,
        netEffect(effect),
        'percent',
      );
      writeText(ws, C.source, row, effect.source);
      at.row += 1;
      return row;
    }),
  );
}

/**
 * e_sj: lines × services, 1 − Π(1 − net effect) over the service's effects naming the line or its
 * stream, in the order the service lists them.
 */
function writeLineEffects(
  ws: Worksheet,
  model: Model,
  at: Cursor,
  effectRows: number[][],
): number[] {
  writeSection(
    ws,
    at,
    'Effect of each service on each cost line',
    '1 − Π(1 − net effect) of its effects naming the line or its stream',
  );
  writeHeader(ws, at.row, ['Cost line', 'Stream', ...model.services.map((s) => s.id)]);
  at.row += 1;
  return model.costLines.map((line) => {
    const row = at.row;
    writeText(ws, 1, row, line.id);
    writeText(ws, 2, row, line.stream);
    model.services.forEach((service, s) => {
      const applied = service.effects.flatMap((effect, e) =>
        (effect.target === 'costLine' && effect.id === line.id) ||
        (effect.target === 'stream' && effect.id === line.stream)
          ? [{ row: effectRows[s]?.[e] ?? 0 }]
          : [],
      );
      const column = MATRIX_FIRST_COLUMN + s;
      if (applied.length === 0) {
        writeNumber(ws, column, row, 0, 'percent');
        return;
      }
      const product = applied.map((a) => `(1-${cell(EFFECT_COLUMNS.net, a.row, true)})`).join('*');
      writeFormula(ws, column, row, `1-${product}`, lineEffect(service, line), 'percent');
    });
    at.row += 1;
    return row;
  });
}

function writeScenarios(ws: Worksheet, model: Model, at: Cursor): number[] {
  writeSection(
    ws,
    at,
    'Scenarios',
    'Contract timing and ramp-up drive the month-by-month schedule the app works out: change them in the app',
  );
  const C = SCENARIO_COLUMNS;
  writeHeader(ws, at.row, [
    'Id',
    'Name',
    'Funded years',
    'Contract length (years)',
    'Gap before each renewal (months)',
    'Ramp-up restarts on renewal',
    'Effectiveness',
    'Contribution rule',
  ]);
  at.row += 1;
  return model.scenarios.map((scenario) => {
    const row = at.row;
    writeText(ws, C.id, row, scenario.id);
    writeText(ws, C.name, row, scenario.name);
    writeNumber(ws, C.fundedYears, row, scenario.fundedYears, 'whole');
    writeNumber(ws, C.contractYears, row, scenario.contractYears, 'whole');
    writeNumber(ws, C.renewalGapMonths, row, scenario.renewalGapMonths, 'whole');
    writeText(ws, C.rampRestartsOnRenewal, row, scenario.rampRestartsOnRenewal ? 'yes' : 'no');
    writeNumber(ws, C.effectiveness, row, scenario.effectiveness, 'percent', true);
    writeText(ws, C.rule, row, scenario.contributions.rule);
    at.row += 1;
    return row;
  });
}

/** Partners × scenarios: who contributes, custom shares, offers. */
function writePartnerMatrices(
  ws: Worksheet,
  model: Model,
  at: Cursor,
): Pick<ServicePlaces, 'contributorRows' | 'customShareRows' | 'offerRows'> {
  const matrix = (title: string, note: string, put: (row: number, partner: number) => void) => {
    writeSection(ws, at, title, note);
    writeHeader(ws, at.row, ['Partner', 'Name', ...model.scenarios.map((s) => s.id)]);
    at.row += 1;
    return model.partners.map((partner, p) => {
      const row = at.row;
      writeText(ws, 1, row, partner.id);
      writeText(ws, 2, row, partner.name);
      put(row, p);
      at.row += 1;
      return row;
    });
  };
  const contributorRows = matrix('Who contributes', 'yes or no, by scenario', (row, p) => {
    const id = model.partners[p]?.id ?? '';
    model.scenarios.forEach((scenario, i) => {
      const { rule, shares, offers, contributors } = scenario.contributions;
      const listed =
        rule === 'custom'
          ? shares.some((s) => s.partner === id)
          : rule === 'offers'
            ? offers.some((o) => o.partner === id)
            : contributors.includes(id);
      writeText(ws, MATRIX_FIRST_COLUMN + i, row, listed ? 'yes' : 'no');
    });
  });
  const amounts =
    (
      pick: (scenario: Model['scenarios'][number], id: string) => Dec | undefined,
      format: 'percent' | 'money',
    ) =>
    (row: number, p: number) => {
      const id = model.partners[p]?.id ?? '';
      model.scenarios.forEach((scenario, i) => {
        const amount = pick(scenario, id);
        if (amount) writeNumber(ws, MATRIX_FIRST_COLUMN + i, row, amount, format, true);
      });
    };
  const customShareRows = matrix(
    'Custom shares',
    'used by scenarios whose rule is custom',
    amounts((s, id) => s.contributions.shares.find((x) => x.partner === id)?.share, 'percent'),
  );
  const offerRows = matrix(
    'Annual offers (£)',
    'used by scenarios whose rule is offers; paid in every year with a pool',
    amounts((s, id) => s.contributions.offers.find((x) => x.partner === id)?.annual, 'money'),
  );
  return { contributorRows, customShareRows, offerRows };
}

export function writeServiceAssumptions(ws: Worksheet, model: Model, at: Cursor): ServicePlaces {
  const serviceRows = writeServices(ws, model, at);
  const reachRows = writeReach(ws, model, at);
  const effectRows = writeEffects(ws, model, at);
  const lineEffectRows = writeLineEffects(ws, model, at, effectRows);
  const scenarioRows = writeScenarios(ws, model, at);
  return {
    serviceRows,
    reachRows,
    lineEffectRows,
    scenarioRows,
    ...writePartnerMatrices(ws, model, at),
  };
}
