import { useCallback, useState } from 'react';
import type { CostLineFile } from '../../model/model-file';
import type { UnitCostEntry } from '../../model/reference/unit-cost-library';
import { createCostLine, soleBearer } from '../../model/records/cost-line';
import { useModel, useAppStore } from '../../state/store-context';
import { formatFinancialYear, formatMoney } from '../shared/format';
import { fieldId } from '../shared/use-field-problem';
import { newId } from '../shared/new-id';
import { parseDecimal } from '../../model/field-reader';
import { CostLinesTable, initiallyOpenLine } from './cost-lines-table';
import { VALUE_TYPE_WORDS } from './cost-lines-table-rows';
import { removalMessage, removeCostLine, type RemovedLine } from './cost-line-remove';
import { LibraryPanel } from './library-panel';
import { costLineFromLibrary } from './library-to-cost-line';
import { COST_LINE_EXAMPLE_HEADINGS, previewCostLinePaste } from './row-paste-cost-lines';
import { RowPasteForm } from './row-paste-form';

/** Moves focus to a field of a line just added, once React has drawn it. */
function focusLater(path: string): void {
  window.setTimeout(() => document.getElementById(fieldId(path))?.focus(), 0);
}

const PASTE_HINT =
  'The caseload and bearer are named as on the Caseload and Partners screens; several bearers each take a share, e.g. “Police 60%; Housing 40%”. Value type is fiscal, economic or social; cashable is yes or no; a price year such as 2024 or 2024/25 (left blank: the price base).';

export function CostLinesScreen() {
  const store = useAppStore();
  const lineCount = useModel((s) => s.file.costLines.length);
  const priceBaseYear = useModel((s) => s.file.priceBaseYear);
  const [notices, setNotices] = useState<string[]>([]);
  // A link to a field of a line (from the error summary) opens the screen with that line's editor.
  const [openId, setOpenId] = useState<string | null>(() =>
    initiallyOpenLine(store.getState().file.costLines.map((l) => l.id)),
  );
  const onOpen = useCallback((lineId: string | null) => {
    setOpenId(lineId);
  }, []);

  const describeLine = (line: CostLineFile): string => {
    const { file } = store.getState();
    const stream = file.streams.find((s) => s.id === line.stream)?.name ?? line.stream;
    const who = line.bearers
      .map((b) => file.partners.find((p) => p.id === b.partner)?.name ?? b.partner)
      .join(' and ');
    const unitCost = parseDecimal(line.unitCost);
    const price = unitCost ? formatMoney(unitCost, { pence: true }) : line.unitCost;
    const value = VALUE_TYPE_WORDS[line.valueType ?? 'fiscal'];
    return `${line.name}: ${stream}, rate ${line.rate} × ${line.quantity ?? '1'}${line.unit ? ` ${line.unit}` : ''} at ${price} (${formatFinancialYear(line.priceYear ?? priceBaseYear)} prices); ${value}${line.cashable ? ', cashable' : ''}; borne by ${who}.`;
  };

  const addFromLibrary = (entry: UnitCostEntry) => {
    const { file, edit } = store.getState();
    const { line, notices: said } = costLineFromLibrary(entry, file);
    edit((d) => {
      d.costLines.push(line);
    });
    setNotices(said);
    setOpenId(line.id);
    focusLater(`costLines[${file.costLines.length}].rate`);
  };
  const addBlank = () => {
    const { file, edit } = store.getState();
    const partner = file.partners[0]?.id;
    const id = newId(
      'line',
      file.costLines.map((l) => l.id),
    );
    edit((d) => {
      d.costLines.push(
        createCostLine(id, {
          stream: d.streams[0]?.id ?? '',
          bearers: soleBearer(partner),
          priceBaseYear: d.priceBaseYear,
        }),
      );
    });
    setNotices([
      'Added a blank cost line at the end of the table; its editor is open below: name it and fill in its figures.',
    ]);
    setOpenId(id);
    focusLater(`costLines[${file.costLines.length}].name`);
  };
  const addPasted = (lines: CostLineFile[]) => {
    store.getState().edit((d) => {
      d.costLines.push(...lines);
    });
    setNotices([]);
  };
  const remove = (lineId: string) => {
    const said: { removed: RemovedLine | null } = { removed: null };
    store.getState().edit((d) => {
      said.removed = removeCostLine(d, lineId);
    });
    if (said.removed) setNotices([removalMessage(said.removed)]);
    setOpenId(null);
    window.setTimeout(() => document.getElementById('cost-lines-table')?.focus(), 0);
  };

  return (
    <section aria-labelledby="costs-heading" className="screen cost-lines">
      <h2 id="costs-heading">Costs of doing nothing</h2>
      <p className="lead">
        Each cost line is something that happens to a share of cases every year and costs a partner
        money. Its yearly cost is the caseload × rate × quantity × unit cost, in real terms at{' '}
        {formatFinancialYear(priceBaseYear)} prices. Choose a line’s name or Edit to change it.
      </p>
      {lineCount === 0 && <p>There are no cost lines yet: add one from the library below.</p>}
      <CostLinesTable openId={openId} onOpen={onOpen} onRemove={remove} />
      {/* Next to where new lines appear and the buttons that add them. */}
      <div role="status" className="cost-lines__status">
        {notices.length > 0 && (
          <div className="notice">
            {notices.map((n) => (
              <p key={n}>{n}</p>
            ))}
          </div>
        )}
      </div>
      <div className="inline-form">
        <button type="button" className="button button--secondary" onClick={addBlank}>
          Add a blank cost line
        </button>
      </div>
      <RowPasteForm<CostLineFile>
        noun="cost line"
        nouns="cost lines"
        exampleHeadings={COST_LINE_EXAMPLE_HEADINGS}
        hint={PASTE_HINT}
        preview={previewCostLinePaste}
        describe={describeLine}
        onAdd={addPasted}
      />
      <LibraryPanel onAdd={addFromLibrary} />
    </section>
  );
}
