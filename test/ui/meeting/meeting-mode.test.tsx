// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MeetingMode } from '../../../src/ui/meeting/meeting-mode';
import { renderWithStore } from '../render-with-store';
import { twoValueTypesModel } from '../results/two-value-types-model';

/** The figure under `label` in one case's block, as its text reads ("What if: −£290Saved: £60"). */
function figure(kind: 'Financial' | 'Economic', label: string): string {
  const block = screen
    .getByRole('heading', { name: new RegExp(`^${kind} case`) })
    .closest('section')!;
  const term = within(block).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

function heading(): HTMLElement {
  return screen.getByRole('heading', { level: 1 });
}

function box(name: RegExp): HTMLElement {
  return screen.getByRole('textbox', { name });
}

function whoPaysRow(partner: string): string[] {
  const table = screen.getByRole('table', { name: /each partner’s contribution/ });
  const row = within(table).getByRole('rowheader', { name: partner }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('meeting mode: one scenario at a time', () => {
  it('opens on the first scenario with focus on its heading', () => {
    renderWithStore(<MeetingMode onExit={vi.fn()} />);
    expect(heading()).toHaveTextContent('One-year grants renewed every year');
    expect(heading()).toHaveFocus();
    expect(screen.getByText('Scenario 1 of 4')).toBeVisible();
  });

  it('steps with the arrow keys and the buttons, round from the last to the first', async () => {
    const user = userEvent.setup();
    renderWithStore(<MeetingMode onExit={vi.fn()} />);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(heading()).toHaveTextContent('Three-year commitment');
    expect(screen.getByText('Scenario 2 of 4')).toBeVisible();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(heading()).toHaveTextContent('Five-year commitment');
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(heading()).toHaveTextContent('Three-year commitment');
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    expect(heading()).toHaveTextContent('One-year pilot');
    expect(screen.getByText('Scenario 4 of 4')).toBeVisible();
  });

  it('leaves the arrow keys to a box being typed in', () => {
    renderWithStore(<MeetingMode onExit={vi.fn()} />);
    fireEvent.keyDown(box(/Contract length/), { key: 'ArrowRight' });
    fireEvent.keyDown(box(/Effectiveness/), { key: 'ArrowLeft' });
    expect(heading()).toHaveTextContent('One-year grants renewed every year');
  });

  it('leaves on Escape, even from a box, and by its button', async () => {
    const user = userEvent.setup();
    const onExit = vi.fn();
    renderWithStore(<MeetingMode onExit={onExit} />);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onExit).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(box(/Coverage/), { key: 'Escape' });
    expect(onExit).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole('button', { name: 'Exit meeting mode' }));
    expect(onExit).toHaveBeenCalledTimes(3);
  });

  it('shows who pays under each rule for the partners who pay, never society', () => {
    renderWithStore(<MeetingMode onExit={vi.fn()} />);
    const table = screen.getByRole('table', { name: /each partner’s contribution/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    // One-year grants share by cost borne, so that column is marked as the scenario's rule.
    expect(headers).toEqual([
      'Partner',
      'Equal shares',
      'By cost bornethe scenario’s rule',
      'By benefit',
    ]);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(7);
    expect(within(table).queryByRole('rowheader', { name: /society/ })).toBeNull();
    // The pilot takes offers, and the offers leave a shortfall.
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(
      within(screen.getByRole('table', { name: /each partner’s contribution/ }))
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toContain('Offersthe scenario’s rule');
    expect(screen.getByRole('rowheader', { name: /Shortfall/ })).toBeVisible();
  });
});

/*
 * Worked by hand on test/ui/results/two-value-types-model.ts (read its comment first), from MODEL.md.
 *
 * Effectiveness 50% on the two-year contract: every operating month has O = 0.5 × ramp 1 = 0.5, so
 * Ō = 0.5 in both years and g = 0.5 × coverage 1 = 0.5. Service cost does not depend on effectiveness:
 * 600, 300, PV 840. Benefiting A_0 = 0.5; A_1 = min(1, 0.5 + 0.5 × 0.5) = 0.75.
 *   Fiscal line (e = 0.5): avoided 1,000 × 0.5 × 0.5 = 250 and 1,000 × 0.5 × 0.75 = 375; PV 250 + 300 = 550.
 *   Economic line (e = 0.4): 500 × 0.4 × 0.5 = 100 and 500 × 0.4 × 0.75 = 150; PV 100 + 120 = 220.
 *   Financial case: avoided £550, net saving 550 − 840 = −290, BCR 550 / 840 = 0.6547… → 0.65; running
 *   PV 250 − 600 = −350, −350 + (375 − 300) × 0.8 = −290: never pays back.
 *   Economic case: avoided 770, net saving 770 − 840 = −70, BCR 770 / 840 = 0.9166… → 0.92.
 * Coverage 50% of planned does the same to g (0.5 × min(0.5, …)), so the same figures; on the pilot
 * (funded one year) g = 0.5, 0; A = 0.5, 0 + 0.5 × 0.5 = 0.25; fiscal avoided 250, 125, PV 250 + 100 = 350;
 * net saving 350 − 600 = −250; BCR 350 / 600 = 0.5833… → 0.58.
 *
 * Contract length 1 year with a 2-month gap on the two-year contract: a renewal starts at month 12 and
 * operates from month 14, so year 2 runs 10 months: cost 300 × 10 / 12 = 250 (no renewal cost); service
 * PV 600 + 250 × 0.8 = 800. Ō_1 = 10/12; A_1 = min(1, 10/12 + 1 × 0.5) = 1, so avoided is unchanged (fiscal
 * PV 900). Financial net saving 900 − 800 = 100, BCR 900 / 800 = 1.125 → 1.13; the council, the only
 * payer, pays the whole pool under every rule: £800 (saved £840).
 */
describe('meeting mode: what if', () => {
  it('works out effectiveness 50% on a copy, beside the saved figures, and leaves the model alone', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<MeetingMode onExit={vi.fn()} />, twoValueTypesModel());
    expect(figure('Financial', 'Net saving')).toBe('£60');
    const effectiveness = box(/Effectiveness/);
    await user.clear(effectiveness);
    await user.type(effectiveness, '50');
    expect(await screen.findByText(/What if: figures with changes/)).toBeVisible();
    expect(figure('Financial', 'Cost avoided')).toBe('What if: £550Saved: £900');
    expect(figure('Financial', 'Net saving')).toBe('What if: −£290Saved: £60');
    expect(figure('Financial', 'Benefit–cost ratio')).toBe('What if: 0.65Saved: 1.07');
    expect(figure('Financial', 'Pays back in')).toBe('What if: NeverSaved: 2027/28');
    expect(figure('Economic', 'Net saving')).toBe('What if: −£70Saved: £420');
    expect(figure('Economic', 'Benefit–cost ratio')).toBe('What if: 0.92Saved: 1.50');
    expect(screen.getByText(/Two-year contract: effectiveness 50% \(saved 100%\)/)).toBeVisible();
    expect(store.getState().file).toEqual(twoValueTypesModel());
  });

  it('scales every service’s coverage in every scenario', async () => {
    const user = userEvent.setup();
    renderWithStore(<MeetingMode onExit={vi.fn()} />, twoValueTypesModel());
    const coverage = box(/Coverage/);
    await user.clear(coverage);
    await user.type(coverage, '50');
    expect(await screen.findByText(/What if: figures with changes/)).toBeVisible();
    expect(figure('Financial', 'Net saving')).toBe('What if: −£290Saved: £60');
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(heading()).toHaveTextContent('One-year pilot');
    expect(figure('Financial', 'Net saving')).toBe('What if: −£250Saved: £100');
    expect(figure('Financial', 'Benefit–cost ratio')).toBe('What if: 0.58Saved: 1.17');
  });

  it('changes who pays when the pool changes', async () => {
    const user = userEvent.setup();
    renderWithStore(<MeetingMode onExit={vi.fn()} />, twoValueTypesModel());
    expect(whoPaysRow('Council')).toEqual(['£840', '£840', '£840']);
    await user.clear(box(/Contract length/));
    await user.type(box(/Contract length/), '1');
    await user.clear(box(/Gap between contracts/));
    await user.type(box(/Gap between contracts/), '2');
    expect(await screen.findByText(/What if: figures with changes/)).toBeVisible();
    expect(figure('Financial', 'Net saving')).toBe('What if: £100Saved: £60');
    expect(figure('Financial', 'Benefit–cost ratio')).toBe('What if: 1.13Saved: 1.07');
    expect(whoPaysRow('Council')).toEqual(['£800was £840', '£800was £840', '£800was £840']);
  });

  it('keeps the changes in the model as one undoable step', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<MeetingMode onExit={vi.fn()} />, twoValueTypesModel());
    await user.clear(box(/Effectiveness/));
    await user.type(box(/Effectiveness/), '50');
    await screen.findByText(/What if: figures with changes/);
    await user.click(screen.getByRole('button', { name: 'Keep these changes' }));
    expect(store.getState().file.scenarios[0]?.effectiveness).toBe('0.5');
    expect(screen.queryByText(/What if: figures with changes/)).toBeNull();
    expect(figure('Financial', 'Net saving')).toBe('−£290');
    expect(box(/Effectiveness/)).toHaveValue('50');
    act(() => {
      store.getState().undo();
    });
    expect(figure('Financial', 'Net saving')).toBe('£60');
    expect(store.getState().file).toEqual(twoValueTypesModel());
  });

  it('resets to the saved figures', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<MeetingMode onExit={vi.fn()} />, twoValueTypesModel());
    await user.clear(box(/Effectiveness/));
    await user.type(box(/Effectiveness/), '50');
    await screen.findByText(/What if: figures with changes/);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.queryByText(/What if: figures with changes/)).toBeNull();
    expect(figure('Financial', 'Net saving')).toBe('£60');
    expect(box(/Effectiveness/)).toHaveValue('100');
    expect(store.getState().past).toHaveLength(0);
  });

  it('says what is wrong with a box it cannot use, and keeps the saved figures', async () => {
    const user = userEvent.setup();
    renderWithStore(<MeetingMode onExit={vi.fn()} />, twoValueTypesModel());
    await user.clear(box(/Gap between contracts/));
    await user.type(box(/Gap between contracts/), '12');
    expect(box(/Gap between contracts/)).toHaveAccessibleDescription(
      /whole number of months from 0 to 11/,
    );
    expect(figure('Financial', 'Net saving')).toBe('£60');
  });
});
