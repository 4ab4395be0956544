// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/model/read-model';
import { CaseloadScreen } from '../../../src/ui/inputs/caseload-screen';
import { renderWithStore, workedExample } from '../render-with-store';

const VICTIMS = 'Domestic abuse incidents known to services';
const MARAC = 'High-risk cases heard at MARAC';
const CHILDREN = 'Children in households affected by domestic abuse';

function streamRegion(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('Caseload screen', () => {
  it('shows each stream with its history as labelled fields', () => {
    renderWithStore(<CaseloadScreen />);
    const victims = streamRegion(VICTIMS);
    expect(within(victims).getByRole('textbox', { name: 'Year, row 1' })).toHaveValue('2021');
    expect(within(victims).getByRole('textbox', { name: 'Count in 2025/26' })).toHaveValue('1345');
    expect(
      within(victims).getByRole('combobox', { name: 'How the caseload is projected' }),
    ).toHaveValue('linear');
  });

  it('fills the history from five years pasted from a spreadsheet', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CaseloadScreen />);
    const region = streamRegion(CHILDREN);
    const box = within(region).getByRole('textbox', { name: 'Paste from a spreadsheet' });
    await user.click(box);
    await user.paste(
      'Year\tCases\n2021\t1120\n2022\t1180\n2023\t1,230\n2024/25\t1290\n2025\t1345\n',
    );
    await user.click(within(region).getByRole('button', { name: 'Use the pasted figures' }));
    expect(store.getState().file.streams[2]!.history).toEqual([
      { year: 2021, count: '1120' },
      { year: 2022, count: '1180' },
      { year: 2023, count: '1230' },
      { year: 2024, count: '1290' },
      { year: 2025, count: '1345' },
    ]);
    expect(within(region).getByRole('status')).toHaveTextContent(
      'Filled 5 years: 2021/22 to 2025/26. The heading row “Year Cases” was skipped.',
    );
    expect(within(region).getByRole('textbox', { name: 'Count in 2022/23' })).toHaveValue('1180');
    expect(readModel(store.getState().file).ok).toBe(true);
  });

  it('puts counts pasted alone in the years before the model starts, and reports what it could not read', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CaseloadScreen />);
    const region = streamRegion(MARAC);
    await user.click(within(region).getByRole('textbox', { name: 'Paste from a spreadsheet' }));
    await user.paste('300\n310\nn/a\n325');
    await user.click(within(region).getByRole('button', { name: 'Use the pasted figures' }));
    expect(store.getState().file.streams[1]!.history).toEqual([
      { year: 2023, count: '300' },
      { year: 2024, count: '310' },
      { year: 2025, count: '325' },
    ]);
    const report = within(region).getByRole('status');
    expect(report).toHaveTextContent('Filled 3 years (2023/24 to 2025/26) from counts alone');
    expect(report).toHaveTextContent('Line 3 ("n/a"): "n/a" is not a number of cases.');
  });

  it('says what growth a compound trend implies', () => {
    renderWithStore(<CaseloadScreen />);
    // MARAC 2021–2025: 258, 271, 283, 298, 312. Years from the centre: −2, −1, 0, 1, 2 (Σ squares 10).
    // ln counts: 5.55296, 5.60212, 5.64545, 5.69709, 5.74300; slope of ln(count) on the year =
    // (−2 × 5.55296 − 5.60212 + 5.69709 + 2 × 5.74300) / 10 = 0.47505 / 10 = 0.047505;
    // implied growth e^0.047505 − 1 = 0.04865 → 4.9%.
    expect(
      within(streamRegion(MARAC)).getByText('Implied annual growth: 4.9%.'),
    ).toBeInTheDocument();
    // Incidents 2021–2025: 1,120, 1,185, 1,230, 1,290, 1,345. Slope of a straight line =
    // (−2 × 1,120 − 1,185 + 1,290 + 2 × 1,345) / 10 = 555 / 10 = 55.5 → about +56 a year (half up).
    expect(
      within(streamRegion(VICTIMS)).getByText('Changes by about +56 cases a year.'),
    ).toBeInTheDocument();
    // The figures behind the chart.
    const table = within(streamRegion(MARAC)).getByRole('table', {
      name: /Caseload by financial year/,
    });
    expect(within(table).getByRole('rowheader', { name: '2035/36' })).toBeInTheDocument();
  });

  it('warns when a straight line through a falling history is held at zero', async () => {
    const user = userEvent.setup();
    const file = workedExample();
    file.streams[2]!.history = [
      { year: 2021, count: '1000' },
      { year: 2022, count: '800' },
      { year: 2023, count: '600' },
      { year: 2024, count: '400' },
      { year: 2025, count: '200' },
    ];
    const { store } = renderWithStore(<CaseloadScreen />, file);
    const region = streamRegion(CHILDREN);
    await user.selectOptions(
      within(region).getByRole('combobox', { name: 'How the caseload is projected' }),
      'linear',
    );
    expect(store.getState().file.streams[2]!.trend).toEqual({ method: 'linear' });
    expect(
      await within(region).findByText(
        'The straight-line trend falls below zero in 2027/28; the caseload is held at zero from then on.',
      ),
    ).toBeInTheDocument();
    expect(within(region).getByText('Changes by about −200 cases a year.')).toBeInTheDocument();
  });

  it('writes a complete trend for each method chosen', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CaseloadScreen />);
    const region = streamRegion(VICTIMS);
    const method = within(region).getByRole('combobox', { name: 'How the caseload is projected' });
    await user.selectOptions(method, 'rate');
    expect(store.getState().file.streams[0]!.trend).toEqual({ method: 'rate', rate: '0' });
    const rate = within(region).getByRole('textbox', { name: 'Annual growth rate' });
    await user.clear(rate);
    await user.type(rate, '3.5');
    expect(store.getState().file.streams[0]!.trend).toEqual({ method: 'rate', rate: '0.035' });
    expect(await within(region).findByText('Implied annual growth: 3.5%.')).toBeInTheDocument();

    await user.selectOptions(method, 'series');
    const trend = store.getState().file.streams[0]!.trend;
    expect(trend.method === 'series' && trend.values).toHaveLength(10);
    const y2030 = within(region).getByRole('textbox', { name: 'Caseload in 2030/31' });
    await user.clear(y2030);
    await user.type(y2030, '1500');
    const after = store.getState().file.streams[0]!.trend;
    expect(after.method === 'series' && after.values[4]).toBe('1500');
    expect(readModel(store.getState().file).ok).toBe(true);
  });

  it('shows a message beside a count that is not a number, and marks the preview out of date', async () => {
    const user = userEvent.setup();
    renderWithStore(<CaseloadScreen />);
    const region = streamRegion(VICTIMS);
    const count = within(region).getByRole('textbox', { name: 'Count in 2023/24' });
    await user.clear(count);
    await user.type(count, '12x0');
    expect(count).toHaveAttribute('aria-invalid', 'true');
    expect(count).toHaveAccessibleDescription(/The count should be a number/);
    expect(within(region).getByText(/^Out of date/)).toBeInTheDocument();
  });

  it('adds and removes history rows', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CaseloadScreen />);
    const region = streamRegion(VICTIMS);
    await user.click(within(region).getByRole('button', { name: 'Add a year' }));
    expect(store.getState().file.streams[0]!.history.at(-1)).toEqual({ year: 2026, count: '' });
    await user.type(within(region).getByRole('textbox', { name: 'Count in 2026/27' }), '1400');
    expect(store.getState().file.streams[0]!.history.at(-1)).toEqual({ year: 2026, count: '1400' });
    await user.click(
      within(region).getByRole('button', {
        name: `Remove 2021/22 from the history of ${VICTIMS}`,
      }),
    );
    expect(store.getState().file.streams[0]!.history.map((p) => p.year)).toEqual([
      2022, 2023, 2024, 2025, 2026,
    ]);
  });

  it('refuses to remove a stream that cost lines follow, naming them; removes an unused one', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CaseloadScreen />);
    // Every line on the MARAC stream is named, in model order, and the one service with effects on it.
    const example = workedExample();
    const lines = example.costLines.filter((l) => l.stream === 'marac').map((l) => l.name);
    expect(lines.length).toBeGreaterThan(2);
    const idva = example.services.find((s) => s.id === 'idva')?.name;
    expect(
      example.services.filter((s) => s.id !== 'idva').flatMap((s) => s.effects),
    ).not.toContainEqual(expect.objectContaining({ stream: 'marac' }));
    const listOf = (names: string[]) => `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    await user.click(screen.getByRole('button', { name: `Remove the stream ${MARAC}` }));
    expect(within(streamRegion(MARAC)).getByRole('alert')).toHaveTextContent(
      `${MARAC} cannot be removed while the cost lines ${listOf(lines)} and the effects of the service ${idva} follow it. Move them to another stream, or remove them, first.`,
    );
    expect(store.getState().file.streams).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Add a caseload stream' }));
    expect(store.getState().file.streams[3]).toEqual({
      id: 'new-caseload',
      name: 'New caseload',
      history: [],
      trend: { method: 'flat', base: '0' },
    });
    expect(readModel(store.getState().file).ok).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Remove the stream New caseload' }));
    expect(store.getState().file.streams).toHaveLength(3);
  });
});
describe('Removing a stream a service reaches', () => {
  it('never leaves a service reaching a stream that is gone', async () => {
    // A stream no line follows and no effect names, but the IDVA service reaches half of it. Removing
    // it must either be refused or take it out of the reach too: a reach naming a missing stream is
    // a problem in the model (MODEL.md, Validation: every reference exists).
    const user = userEvent.setup();
    const file = workedExample();
    file.streams.push({
      id: 'extra',
      name: 'Extra caseload',
      history: [],
      trend: { method: 'flat', base: '5' },
    });
    const idva = file.services.find((s) => s.id === 'idva');
    if (!idva?.reach) throw new Error('the worked example’s IDVA service has a reach');
    idva.reach.push({ stream: 'extra', coverage: '0.5' });
    const { store } = renderWithStore(<CaseloadScreen />, file);
    expect(readModel(store.getState().file).ok).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Remove the stream Extra caseload' }));
    const after = store.getState().file;
    const reached = after.services.flatMap((s) => (s.reach ?? []).map((r) => r.stream));
    for (const stream of reached) expect(after.streams.map((s) => s.id)).toContain(stream);
    expect(readModel(after).ok).toBe(true);
  });
});
