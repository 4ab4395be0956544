// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HMT_PRICE_INDEX } from '../../../src/model/reference/hmt-price-index';
import {
  SCENARIO_PRESETS,
  SERVICE_RENEWAL_COST_ASSUMPTION,
} from '../../../src/model/reference/scenario-presets';
import { MethodologyScreen } from '../../../src/ui/report/methodology-screen';

describe('Methodology screen', () => {
  it('has a page heading and a contents list whose links lead to its sections', () => {
    render(<MethodologyScreen />);
    expect(screen.getByRole('heading', { level: 2, name: 'Methodology' })).toBeVisible();
    const contents = screen.getByRole('navigation', { name: 'On this page' });
    const links = within(contents).getAllByRole('link');
    expect(links.length).toBeGreaterThanOrEqual(17);
    for (const link of links) {
      const target = link.getAttribute('href')?.slice(1) ?? '';
      const section = document.getElementById(target);
      expect(section, target).not.toBeNull();
      expect(
        within(section!).getByRole('heading', { level: 3, name: link.textContent }),
      ).toBeInTheDocument();
    }
  });

  it('explains the combining formula and names the price index release', () => {
    render(<MethodologyScreen />);
    expect(screen.getByText('ρ = 1 − Π(1 − e × A × (1 − OB))')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(HMT_PRICE_INDEX.release.slice(0, 40)))).toBeInTheDocument();
    expect(screen.getAllByText(/3\.5%/).length).toBeGreaterThan(0);
    expect(screen.getByText(/held at zero/)).toBeInTheDocument();
    expect(screen.getByText(/implies/)).toBeInTheDocument();
    expect(screen.getByText(/34 significant digits/)).toBeInTheDocument();
    expect(screen.getByText(/£1,000,000,000,000,000/)).toBeInTheDocument();
  });

  it('works a price conversion with the built-in deflators', () => {
    render(<MethodologyScreen />);
    // 415 × 105.3095 / 66.8397 = 653.8545… → £653.85
    expect(
      screen.getByText(/£415 at 2008\/09 prices is £653\.85 at 2026\/27 prices/),
    ).toBeInTheDocument();
  });

  it('lists every scenario assumption and the renewal-cost assumption in a marked section', () => {
    render(<MethodologyScreen />);
    const section = screen
      .getByRole('heading', { name: /Short-term funding: assumptions, not published coefficients/ })
      .closest('section');
    expect(section).not.toBeNull();
    const inSection = within(section!);
    for (const preset of SCENARIO_PRESETS) {
      expect(inSection.getByRole('heading', { level: 4, name: preset.name })).toBeInTheDocument();
      for (const assumption of preset.assumptions) {
        expect(inSection.getByText(assumption)).toBeInTheDocument();
      }
    }
    expect(inSection.getByText(SERVICE_RENEWAL_COST_ASSUMPTION)).toBeInTheDocument();
  });
});
