// @vitest-environment jsdom
/** The Results screen's workbook button: builds on demand, says so while it works, and says clearly when it fails. */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkbookDownload, workbookFileName } from '../../src/ui/results/workbook-download';
import { renderWithStore } from '../ui/render-with-store';

afterEach(() => {
  vi.restoreAllMocks();
});

function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:workbook';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names };
}

describe('Download workbook (.xlsx)', () => {
  it('builds the workbook of the model on screen when pressed, and says when it is ready', async () => {
    const { blobs, names } = captureDownloads();
    renderWithStore(<WorkbookDownload />);
    await userEvent.click(screen.getByRole('button', { name: 'Download workbook (.xlsx)' }));
    await waitFor(
      () => {
        expect(screen.getByRole('status')).toHaveTextContent(/Workbook ready/);
      },
      { timeout: 20_000 },
    );
    // The title's first 60 characters as a slug, as a saved model's file name has it.
    expect(names).toEqual([
      'worked-example-ashdown-domestic-abuse-partnership-illustrati-workbook.xlsx',
    ]);
    const blob = blobs[0];
    expect(blob?.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await blob!.arrayBuffer());
    expect(book.worksheets[0]?.name).toBe('Summary');
    expect(book.getWorksheet('One-year pilot')).toBeDefined();
  });

  it('says plainly that the workbook could not be made, and leaves the button ready to try again', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new Error('the browser refused the download');
    });
    renderWithStore(<WorkbookDownload />);
    const button = screen.getByRole('button', { name: 'Download workbook (.xlsx)' });
    await userEvent.click(button);
    const alert = await screen.findByRole('alert', {}, { timeout: 20_000 });
    expect(alert).toHaveTextContent(
      'The workbook could not be made (the browser refused the download). Your model is unchanged',
    );
    expect(button).toHaveAttribute('aria-disabled', 'false');
  });

  it('names the file after the model, with a fallback for an untitled one', () => {
    expect(workbookFileName('Ashdown: 2026/27 bid')).toBe('ashdown-2026-27-bid-workbook.xlsx');
    expect(workbookFileName('=cmd|')).toBe('cmd-workbook.xlsx');
    expect(workbookFileName('')).toBe('cost-of-inaction-workbook.xlsx');
  });
});
