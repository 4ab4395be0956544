/**
 * "Download workbook (.xlsx)": builds the workbook that recalculates from the results on screen. The
 * writer and exceljs load only when the button is pressed, so neither enters the app's first load.
 */
import { useState } from 'react';
import { useAppStore, useResults } from '../../state/store-context';
import { resolvePair } from '../shared/comparison-data';

type Status =
  | { kind: 'idle' }
  | { kind: 'building' }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; message: string };

/** `ashdown-partnership-workbook.xlsx`, from the model's title. */
export function workbookFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'cost-of-inaction'}-workbook.xlsx`;
}

/** Offers bytes to the person as a downloaded file; nothing leaves the browser. */
function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

export function WorkbookDownload() {
  const store = useAppStore();
  const { isOutOfDate } = useResults();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const isBuilding = status.kind === 'building';

  const build = async () => {
    const { shown, comparison } = store.getState();
    if (!shown) return;
    setStatus({ kind: 'building' });
    try {
      const { buildWorkbook, WORKBOOK_TYPE } = await import('../../export/workbook/build-workbook');
      const bytes = await buildWorkbook({
        model: shown.model,
        results: shown.results,
        madeAt: new Date(),
        pair: resolvePair(shown.model, comparison),
      });
      const fileName = workbookFileName(shown.model.title);
      downloadBytes(fileName, bytes, WORKBOOK_TYPE);
      setStatus({ kind: 'done', fileName });
    } catch (error) {
      setStatus({
        kind: 'failed',
        message: error instanceof Error && error.message ? error.message : 'an unexpected error',
      });
    }
  };

  return (
    <div className="workbook-download">
      <button
        type="button"
        aria-disabled={isBuilding}
        aria-describedby="workbook-download-status"
        onClick={() => {
          if (!isBuilding) void build();
        }}
      >
        Download workbook (.xlsx)
      </button>
      <p id="workbook-download-status" role="status" className="export-status">
        {status.kind === 'building' && 'Building the workbook…'}
        {status.kind === 'done' &&
          `Workbook ready: ${status.fileName}.${isOutOfDate ? ' It holds the figures shown, which are out of date.' : ''}`}
      </p>
      {status.kind === 'failed' && (
        <p role="alert" className="export-error">
          The workbook could not be made ({status.message}). Your model is unchanged: try again, or
          download the figures as CSV.
        </p>
      )}
    </div>
  );
}
