// @vitest-environment jsdom
/** The error summary sends each problem to the screen where its field is typed. */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from '../../src/app/error-summary';
import { renderWithStore, workedExample } from '../ui/render-with-store';

describe('the error summary', () => {
  it('sends a range’s low and high to its figure’s screen, and a range for a removed figure to How sure', () => {
    const file = workedExample();
    file.uncertainty = {
      ranges: [
        // The police call-out costs £415 today: a low of £500 is above it.
        { input: 'costLine:police:unitCost', low: '500', high: '600' },
        // No cost line "gone" in the worked example.
        { input: 'costLine:gone:unitCost', low: '1', high: '2' },
      ],
    };
    const onNavigate = vi.fn();
    renderWithStore(<ErrorSummary onNavigate={onNavigate} />, file);
    const links = screen.getAllByRole('link');
    const toCosts = links.find((l) => l.getAttribute('href')?.includes('low'));
    const toHowSure = links.find((l) => l.getAttribute('href')?.includes('input'));
    expect(toCosts?.textContent).toMatch(/^Costs of doing nothing: /);
    expect(toHowSure?.textContent).toMatch(/^How sure: /);
    if (toCosts) fireEvent.click(toCosts);
    if (toHowSure) fireEvent.click(toHowSure);
    expect(onNavigate.mock.calls).toEqual([['costs'], ['uncertainty']]);
  });
});
