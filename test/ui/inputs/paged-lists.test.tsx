// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../../src/model/model-file';
import { readModel } from '../../../src/model/read-model';
import { CostLinesScreen } from '../../../src/ui/inputs/cost-lines-screen';
import { ServicesScreen } from '../../../src/ui/inputs/services-screen';
import { fieldId } from '../../../src/ui/shared/use-field-problem';
import { renderWithStore, workedExample } from '../render-with-store';

/**
 * The worked example with 25 cost lines: its first 10 (no effect names a later one), then 15 copies of the
 * first named "Copy 11" to "Copy 25", so page 2 opens with "Copy 11" whatever else the example holds.
 */
function withManyLines(): ModelFile {
  const file = workedExample();
  const first = file.costLines[0];
  if (!first) throw new Error('the worked example has cost lines');
  if (file.costLines.length > 10) file.costLines = file.costLines.slice(0, 10);
  for (let n = file.costLines.length + 1; n <= 25; n += 1)
    file.costLines.push({ ...first, id: `copy-${n}`, name: `Copy ${n}` });
  return file;
}

const cards = (selector: string) => document.querySelectorAll(`section.${selector}`);

describe('Long lists shown a page at a time', () => {
  it('shows 10 cost lines at a time and pages through all 25', async () => {
    const user = userEvent.setup();
    const file = withManyLines();
    expect(readModel(file).ok).toBe(true);
    renderWithStore(<CostLinesScreen />, file);
    const pages = screen.getByRole('group', { name: 'Pages of cost lines' });
    // 25 lines in pages of 10: 1–10, 11–20 and 21–25.
    expect(within(pages).getByRole('combobox', { name: /Showing cost lines/ })).toHaveDisplayValue(
      '1–10',
    );
    expect(cards('cost-line')).toHaveLength(10);
    await user.click(within(pages).getByRole('button', { name: 'Next 10 cost lines' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Copy 11' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: 'Copy 21' })).toBeNull();
    await user.click(within(pages).getByRole('button', { name: 'Next 10 cost lines' }));
    expect(cards('cost-line')).toHaveLength(5);
    expect(screen.getByRole('heading', { level: 3, name: 'Copy 25' })).toBeInTheDocument();
    expect(within(pages).getByRole('button', { name: 'Next 10 cost lines' })).toBeDisabled();
    await user.selectOptions(
      within(pages).getByRole('combobox', { name: /Showing cost lines/ }),
      '1–10',
    );
    expect(screen.queryByRole('heading', { level: 3, name: 'Copy 11' })).toBeNull();
    expect(within(pages).getByRole('button', { name: 'Previous 10 cost lines' })).toBeDisabled();
  });

  it('opens the last page when a line is added, with focus on its name', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CostLinesScreen />, withManyLines());
    await user.click(screen.getByRole('button', { name: 'Add a blank cost line' }));
    expect(store.getState().file.costLines).toHaveLength(26);
    // The 26th line is on the page 21–26.
    expect(screen.getByRole('combobox', { name: /Showing cost lines/ })).toHaveDisplayValue(
      '21–26',
    );
    await waitFor(() => {
      expect(document.activeElement?.id).toBe(fieldId('costLines[25].name'));
    });
  });

  it('opens the page of a field a link points at, as the error summary does', async () => {
    renderWithStore(<CostLinesScreen />, withManyLines());
    // A link elsewhere on the page to the unit cost of the 23rd line (page 21–25).
    const link = document.createElement('a');
    link.href = `#${fieldId('costLines[22].unitCost')}`;
    link.textContent = 'Costs: the unit cost of Copy 23';
    document.body.append(link);
    const user = userEvent.setup();
    await user.click(link);
    expect(document.getElementById(fieldId('costLines[22].unitCost'))).not.toBeNull();
    expect(screen.getByRole('combobox', { name: /Showing cost lines/ })).toHaveDisplayValue(
      '21–25',
    );
    link.remove();
  });

  it('shows a short list whole, with no page controls', () => {
    renderWithStore(<ServicesScreen />, workedExample());
    expect(screen.queryByRole('group', { name: /^Pages of/ })).toBeNull();
    expect(cards('service')).toHaveLength(2);
  });
});
