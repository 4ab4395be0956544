/** The Sources sheet: where each unit cost and each effect comes from, in the model's own words (plain text). */
import type { Worksheet } from 'exceljs';
import { formatFinancialYear } from '../../model/financial-year';
import type { Model } from '../../model/model';
import { freeze, setWidths, writeHeader, writeNumber, writeText } from './cell-writers';

export function writeSources(ws: Worksheet, model: Model): void {
  setWidths(ws, [16, 40, 16, 14, 12, 90]);
  writeHeader(ws, 1, ['Kind', 'Name', 'Figure', 'Price year', 'Value type', 'Source']);
  freeze(ws, 1);
  let row = 2;
  for (const line of model.costLines) {
    writeText(ws, 1, row, 'Unit cost');
    writeText(ws, 2, row, line.name || line.id);
    writeNumber(ws, 3, row, line.unitCost, 'money');
    writeText(ws, 4, row, formatFinancialYear(line.priceYear));
    writeText(ws, 5, row, line.valueType);
    writeText(ws, 6, row, line.source || 'No source given');
    row += 1;
  }
  for (const service of model.services)
    for (const effect of service.effects) {
      writeText(ws, 1, row, 'Effect');
      writeText(
        ws,
        2,
        row,
        `${service.name || service.id} on ${effect.target === 'costLine' ? 'cost line' : 'stream'} ${effect.id}`,
      );
      writeNumber(ws, 3, row, effect.reduction, 'percent');
      writeText(ws, 6, row, effect.source || 'No source given');
      row += 1;
    }
  writeText(ws, 1, row, 'Price index');
  writeText(
    ws,
    6,
    row,
    model.hasOwnPriceIndex
      ? 'The model’s own price index (see Assumptions).'
      : 'HM Treasury GDP deflators at market prices, as built into the calculator (see Assumptions).',
  );
}
