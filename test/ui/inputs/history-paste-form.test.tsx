// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HistoryPasteForm } from '../../../src/ui/inputs/history-paste-form';
import { renderWithStore } from '../render-with-store';

describe('HistoryPasteForm', () => {
  it('refuses a column of 3,000 counts at once, naming the limit, and leaves the history alone', () => {
    const { store } = renderWithStore(<HistoryPasteForm index={0} />);
    const before = store.getState().file.streams[0]?.history;
    // 3,000 counts, one a line: 1 to 3,000.
    const column = Array.from({ length: 3000 }, (_, i) => String(i + 1)).join('\n');
    fireEvent.change(screen.getByRole('textbox', { name: 'Paste from a spreadsheet' }), {
      target: { value: column },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Use the pasted figures' }));
    const report = screen.getByRole('status');
    expect(report).toHaveTextContent(
      'This paste has 3,000 lines of figures, but a history holds at most 200 years. Paste 200 lines or fewer; the history is unchanged.',
    );
    expect(report).not.toHaveTextContent(/Filled|-\d/);
    expect(within(report).queryAllByRole('listitem')).toHaveLength(0);
    expect(store.getState().file.streams[0]?.history).toEqual(before);
  });
});
