import { useState } from 'react';
import type { UnitCostEntry } from '../../model/reference/unit-cost-library';
import { createCostLine, soleBearer } from '../../model/records/cost-line';
import { useModel, useAppStore } from '../../state/store-context';
import { formatFinancialYear } from '../shared/format';
import { fieldId } from '../shared/use-field-problem';
import { newId } from '../shared/new-id';
import { PagedList } from '../shared/paged-list';
import { CostLineCard } from './cost-line-card';
import { removalMessage, removeCostLine, type RemovedLine } from './cost-line-remove';
import { LibraryPanel } from './library-panel';
import { costLineFromLibrary } from './library-to-cost-line';

/** Each card holds a table of bearers and a yearly table: hundreds at once would take seconds to draw. */
const COST_LINES_PER_PAGE = 10;

/** Moves focus to a field of a line just added, once React has drawn it. */
function focusLater(path: string): void {
  window.setTimeout(() => document.getElementById(fieldId(path))?.focus(), 0);
}

export function CostLinesScreen() {
  const store = useAppStore();
  const lineIds = useModel((s) => s.file.costLines.map((l) => l.id));
  const priceBaseYear = useModel((s) => s.file.priceBaseYear);
  const [notices, setNotices] = useState<string[]>([]);

  const addFromLibrary = (entry: UnitCostEntry) => {
    const { file, edit } = store.getState();
    const { line, notices: said } = costLineFromLibrary(entry, file);
    edit((d) => {
      d.costLines.push(line);
    });
    setNotices(said);
    focusLater(`costLines[${file.costLines.length}].rate`);
  };
  const addBlank = () => {
    const { file, edit } = store.getState();
    const partner = file.partners[0]?.id;
    edit((d) => {
      const id = newId(
        'line',
        d.costLines.map((l) => l.id),
      );
      d.costLines.push(
        createCostLine(id, {
          stream: d.streams[0]?.id ?? '',
          bearers: soleBearer(partner),
          priceBaseYear: d.priceBaseYear,
        }),
      );
    });
    setNotices([
      'Added a blank cost line at the end of the list: name it and fill in its figures.',
    ]);
    focusLater(`costLines[${file.costLines.length}].name`);
  };
  const remove = (lineId: string) => {
    const said: { removed: RemovedLine | null } = { removed: null };
    store.getState().edit((d) => {
      said.removed = removeCostLine(d, lineId);
    });
    if (said.removed) setNotices([removalMessage(said.removed)]);
  };

  return (
    <section aria-labelledby="costs-heading" className="screen cost-lines">
      <h2 id="costs-heading">Costs of doing nothing</h2>
      <p className="lead">
        Each cost line is something that happens to a share of cases every year and costs a partner
        money. Its yearly cost is the caseload × rate × quantity × unit cost, in real terms at{' '}
        {formatFinancialYear(priceBaseYear)} prices.
      </p>
      {lineIds.length === 0 && <p>There are no cost lines yet: add one from the library below.</p>}
      <PagedList
        count={lineIds.length}
        pageSize={COST_LINES_PER_PAGE}
        noun="cost lines"
        path="costLines"
        renderItem={(index) => {
          const id = lineIds[index] ?? '';
          return <CostLineCard key={id} lineId={id} index={index} onRemove={remove} />;
        }}
      />
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
      <LibraryPanel onAdd={addFromLibrary} />
    </section>
  );
}
