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
 * first named "Copy 11" to "Copy 25".
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

describe('Long lists: every item in one table, its editor opened from its row', () => {
  it('shows all 25 cost lines in one table with no pages, and no editor until one is asked for', () => {
    const file = withManyLines();
    expect(readModel(file).ok).toBe(true);
    renderWithStore(<CostLinesScreen />, file);
    expect(screen.queryByRole('group', { name: /^Pages of/ })).toBeNull();
    const table = screen.getByRole('table', { name: /^Cost lines/ });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(25);
    expect(within(table).getByRole('button', { name: 'Copy 25' })).toBeInTheDocument();
    expect(cards('cost-line')).toHaveLength(0);
  });

  it('opens the editor of a line when it is added, with focus on its name', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CostLinesScreen />, withManyLines());
    await user.click(screen.getByRole('button', { name: 'Add a blank cost line' }));
    expect(store.getState().file.costLines).toHaveLength(26);
    expect(cards('cost-line')).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'Cost line 26' })).toBeInTheDocument();
    await waitFor(() => {
      expect(document.activeElement?.id).toBe(fieldId('costLines[25].name'));
    });
  });

  it('opens the editor of the line a link points at, as the error summary does', async () => {
    renderWithStore(<CostLinesScreen />, withManyLines());
    // A link elsewhere on the page to the unit cost of the 23rd line.
    const link = document.createElement('a');
    link.href = `#${fieldId('costLines[22].unitCost')}`;
    link.textContent = 'Costs: the unit cost of Copy 23';
    document.body.append(link);
    const user = userEvent.setup();
    await user.click(link);
    expect(document.getElementById(fieldId('costLines[22].unitCost'))).not.toBeNull();
    expect(screen.getByRole('region', { name: 'Copy 23' })).toBeInTheDocument();
    link.remove();
  });

  it('shows the services in a table too, and opens the service a link points at', async () => {
    renderWithStore(<ServicesScreen />, workedExample());
    expect(screen.queryByRole('group', { name: /^Pages of/ })).toBeNull();
    const table = screen.getByRole('table', { name: /^Services/ });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(2);
    expect(cards('service')).toHaveLength(0);
    const link = document.createElement('a');
    link.href = `#${fieldId('services[1].annualCost')}`;
    link.textContent = 'Services: the annual cost of the perpetrator programme';
    document.body.append(link);
    await userEvent.setup().click(link);
    expect(document.getElementById(fieldId('services[1].annualCost'))).not.toBeNull();
    expect(cards('service')).toHaveLength(1);
    link.remove();
  });
});
