/**
 * Each service's block on a scenario sheet: the month-by-month schedule the app works out (values), and
 * from it, as formulas: operating months, set-up and renewal years, the year's operating level, the
 * service's cost, and for each stream it reaches the share helped, the share benefiting and the strength.
 */
import type { Worksheet } from 'exceljs';
import { ONE, ZERO } from '../../model/decimal';
import type { Model, Scenario } from '../../model/model';
import type { ScenarioResult } from '../../model/results';
import { contractsOf, scheduleServices } from '../../model/service-schedule';
import { strengthOf } from './cached-figures';
import { cell, onSheet, range, rowFixed } from './cell-address';
import { BY_THE_APP, writeText } from './cell-writers';
import { FIXED_SHEETS } from './sheet-names';
import {
  REACH_COLUMNS,
  SCENARIO_COLUMNS,
  SERVICE_COLUMNS,
  type AssumptionPlaces,
  type DoNothingPlaces,
} from './workbook-places';
import { writeYearRow, type FactorRanges, type YearColumns } from './year-rows';

const MONTHS = [
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'January',
  'February',
  'March',
];

export type ServiceRows = {
  monthsRows: number[];
  costRows: number[];
  /** Row of each service's strength on a stream, keyed `serviceIndex|streamId`. */
  strengthRows: Map<string, number>;
};

type Context = {
  ws: Worksheet;
  model: Model;
  scenario: Scenario;
  scenarioIndex: number;
  result: ScenarioResult;
  columns: YearColumns;
  places: AssumptionPlaces;
  doNothing: DoNothingPlaces;
  totals: FactorRanges;
};

/** Writes every service's block from `startRow`; also says in which years any service operates. */
export function writeServiceBlocks(
  context: Context,
  startRow: number,
): { rows: ServiceRows; next: number; operating: boolean[] } {
  const { ws, model, scenario, result, columns, places, doNothing, totals } = context;
  const H = model.horizonYears;
  const A = (column: number, row: number) =>
    onSheet(FIXED_SHEETS.assumptions, cell(column, row, true));
  const at = (t: number, row: number) => cell(columns.of(t), row);
  const dn = (t: number, row: number) =>
    onSheet(FIXED_SHEETS.doNothing, rowFixed(columns.of(t), row));
  // The schedule at full effectiveness is the ramp alone: 0 when not running, up to 1 at full strength.
  const ramps = scheduleServices(model.services, { ...scenario, effectiveness: ONE }, H);
  const contracts = contractsOf(scenario);
  const starts = new Set(contracts.slice(1).map((c) => Math.floor(c.start / 12)));
  const scenarioRow = places.scenarioRows[context.scenarioIndex] ?? 0;
  const funded = A(SCENARIO_COLUMNS.fundedYears, scenarioRow);
  const contractYears = A(SCENARIO_COLUMNS.contractYears, scenarioRow);
  const effectiveness = A(SCENARIO_COLUMNS.effectiveness, scenarioRow);
  const rows: ServiceRows = { monthsRows: [], costRows: [], strengthRows: new Map() };
  let row = startRow;

  model.services.forEach((service, s) => {
    const serviceRow = places.serviceRows[s] ?? 0;
    const figures = result.services[s];
    const ramp = ramps[s];
    row += 1;
    writeText(ws, 1, row, `Service: ${service.name || service.id}`, { bold: true });
    row += 1;
    const firstMonth = row;
    MONTHS.forEach((month, m) => {
      writeYearRow(ws, columns, row, {
        label: `Share of full strength in ${month} (${BY_THE_APP}: contracts, gaps and ramp-up)`,
        key: service.id,
        formula: null,
        values: Array.from({ length: H }, (_, t) => ramp?.monthly[12 * t + m] ?? ZERO),
        format: 'percent',
        ...(m === 0
          ? {
              note: {
                formula: `AND(MIN(${range(columns.first, row, columns.last, row + 11)})>=0,MAX(${range(columns.first, row, columns.last, row + 11)})<=1)`,
                result: true,
              },
            }
          : {}),
      });
      row += 1;
    });
    const lastMonth = row - 1;
    const monthsRow = row;
    writeYearRow(ws, columns, row++, {
      label: 'Operating months',
      key: service.id,
      formula: (t) => `COUNTIF(${at(t, firstMonth)}:${at(t, lastMonth)},">0")`,
      values: ramp?.operatingMonths ?? [],
      format: 'whole',
    });
    const t = (i: number) => dn(i, doNothing.tRow);
    const setupRow = row;
    writeYearRow(ws, columns, row++, {
      label: 'Set-up cost falls this year (1 = yes)',
      key: service.id,
      formula: (i) => `IF(AND(${t(i)}=0,${funded}>0),1,0)`,
      values: Array.from({ length: H }, (_, i) => (i === 0 && contracts.length > 0 ? 1 : 0)),
      format: 'whole',
    });
    const renewalRow = row;
    writeYearRow(ws, columns, row++, {
      label: 'A renewal starts this year (1 = yes)',
      key: service.id,
      formula: (i) => `IF(AND(${t(i)}>0,${t(i)}<${funded},MOD(${t(i)},${contractYears})=0),1,0)`,
      values: Array.from({ length: H }, (_, i) => (starts.has(i) ? 1 : 0)),
      format: 'whole',
    });
    const levelRow = row;
    writeYearRow(ws, columns, row++, {
      label: 'Operating level: effectiveness × the year’s average strength',
      key: service.id,
      formula: (i) => `${effectiveness}*AVERAGE(${at(i, firstMonth)}:${at(i, lastMonth)})`,
      values: figures?.effectiveness ?? [],
      format: 'percent',
    });
    const S = (column: number) => A(column, serviceRow);
    const costRow = row;
    writeYearRow(ws, columns, row++, {
      label: `Cost of ${service.name || service.id} (with optimism bias on costs)`,
      key: service.id,
      formula: (i) =>
        `(${S(SERVICE_COLUMNS.annualCost)}*${at(i, monthsRow)}/12+${S(SERVICE_COLUMNS.setupCost)}*${at(i, setupRow)}+${S(SERVICE_COLUMNS.renewalCost)}*${at(i, renewalRow)})*(1+${S(SERVICE_COLUMNS.costOptimismBias)})`,
      values: figures?.cost ?? [],
      format: 'money',
      totals,
    });
    rows.monthsRows.push(monthsRow);
    rows.costRows.push(costRow);

    for (const reach of figures?.reach ?? []) {
      const reachRow = places.reachRows.get(`${s}|${reach.streamId}`) ?? 0;
      const caseRow = places.caseloadRows.get(reach.streamId) ?? 0;
      const hasCapacity = (service.reach ?? []).some(
        (r) => r.stream === reach.streamId && r.capacity,
      );
      const coverage = A(REACH_COLUMNS.coverage, reachRow);
      const helpedRow = row;
      writeYearRow(ws, columns, row++, {
        label: `Share of ${reach.streamId} cases helped: level × coverage${hasCapacity ? ' (within capacity)' : ''}`,
        key: reach.streamId,
        formula: (i) => {
          const n = onSheet(FIXED_SHEETS.assumptions, at(i, caseRow));
          const share = hasCapacity
            ? `MIN(${coverage},${A(REACH_COLUMNS.capacity, reachRow)}/${n})`
            : coverage;
          return `IF(OR(${at(i, levelRow)}=0,${n}=0),0,${at(i, levelRow)}*${share})`;
        },
        values: reach.helped,
        format: 'percent',
      });
      const dropOff = S(SERVICE_COLUMNS.dropOffPerYear);
      const benefitingRow = row;
      writeYearRow(ws, columns, row++, {
        label: `Share of ${reach.streamId} cases benefiting: helped this year and in the ${service.benefitYears - 1} before, fading by the drop-off`,
        key: reach.streamId,
        formula: (i) => {
          const terms = [];
          for (let a = 0; a < service.benefitYears && a <= i; a += 1)
            terms.push(a === 0 ? at(i, helpedRow) : `${at(i - a, helpedRow)}*(1-${dropOff})^${a}`);
          return `MIN(1,${terms.join('+')})`;
        },
        values: reach.benefiting,
        format: 'percent',
      });
      writeYearRow(ws, columns, row, {
        label: `Strength on ${reach.streamId}: benefiting × (1 − optimism bias on benefits)`,
        key: reach.streamId,
        formula: (i) => `${at(i, benefitingRow)}*(1-${S(SERVICE_COLUMNS.optimismBias)})`,
        values: strengthOf(service, reach.benefiting),
        format: 'percent',
      });
      rows.strengthRows.set(`${s}|${reach.streamId}`, row);
      row += 1;
    }
  });
  const operating = Array.from({ length: H }, (_, t) =>
    ramps.some((schedule) => (schedule.operatingMonths[t] ?? 0) > 0),
  );
  return { rows, next: row, operating };
}
