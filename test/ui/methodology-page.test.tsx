// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MethodologyScreen } from '../../src/ui/report/methodology-screen';

/** The page's sections as the brief orders them, typed out rather than read from the page's own list. */
const SECTION_TITLES = [
  'Words used on this page',
  'Real terms, cash terms and discounting',
  'The cost of doing nothing',
  'Fiscal, economic and social value',
  'Services: contracts, gaps and what they cost',
  'Who is helped, and for how long',
  'What a service’s effect is',
  'Additionality: deadweight and attribution',
  'Optimism bias on costs and on benefits',
  'Combining effects: the cost avoided',
  'The financial case and the economic case',
  'Who pays into the pool',
  'The cost of short-term funding',
  'Short-term funding: assumptions, not published coefficients',
  'How sure the figures are: ranges, sensitivity and simulation',
  'Limits of the model',
  'Choices the app made where the method is silent',
  'What changed from version 1',
];

const VERSION_1 =
  'Version 1 applied a service’s effect to every case of a stream and, after the money stopped, let that effect fade over all later cases, including cases that arrived after the service had gone; with the default drop-off of 0 it never ended. A one-year pilot could then score a better benefit–cost ratio than a five-year commitment, and a gap between contracts cost almost nothing. Version 2 helps only the cases a running service reaches, for as long as their benefit lasts.';

function section(title: string): HTMLElement {
  return screen.getByRole('region', { name: title });
}

describe('Methodology page (method version 2)', () => {
  it('has every section heading, in order, under the page heading, and lists them in the contents', () => {
    render(<MethodologyScreen />);
    expect(screen.getByRole('heading', { level: 2, name: 'Methodology' })).toBeVisible();
    const headings = screen
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
      .filter((text) => text !== 'On this page');
    expect(headings).toEqual(SECTION_TITLES);
    const contents = screen.getByRole('navigation', { name: 'On this page' });
    expect(
      within(contents)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(SECTION_TITLES);
  });

  it.each([
    'Real terms, cash terms and discounting',
    'Optimism bias on costs and on benefits',
    'Additionality: deadweight and attribution',
    'The financial case and the economic case',
  ])('cites the Green Book and the GMCA / New Economy guidance in “%s”', (title) => {
    render(<MethodologyScreen />);
    const text = section(title).textContent;
    expect(text).toMatch(/Green Book/);
    expect(text).toMatch(/GMCA \/ New Economy/);
  });

  it('gives the full references once, at the top', () => {
    render(<MethodologyScreen />);
    expect(
      screen.getByText(
        /The Green Book: central government guidance on appraisal and evaluation \(2022 edition\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/cost benefit analysis guidance for local partnerships/),
    ).toBeInTheDocument();
  });

  it('states both discount rates and works three discount factors', () => {
    render(<MethodologyScreen />);
    const inSection = within(section('Real terms, cash terms and discounting'));
    expect(
      inSection.getByText(/3\.5% a year for years 1 to 30, and 3\.0% a year for years 31/),
    ).toBeInTheDocument();
    // £1,000 ÷ 1.035 = £966.18; ÷ 1.035^30 (2.806794) = £356.28; ÷ (1.035^30 × 1.03) = £345.90;
    // ÷ 1.035^31 = £344.23.
    expect(inSection.getByText(/£966\.18.*£356\.28.*£345\.90.*£344\.23/)).toBeInTheDocument();
  });

  it('says which defaults are assumptions', () => {
    render(<MethodologyScreen />);
    const reach = section('Who is helped, and for how long').textContent;
    expect(reach).toMatch(/Coverage left out is 100%: an assumption/);
    expect(reach).toMatch(/Benefit years left out is 1: an assumption/);
    const additionality = section('Additionality: deadweight and attribution').textContent;
    expect(additionality).toMatch(/deadweight is 0%: an assumption/);
    expect(additionality).toMatch(/attribution is 100%: an assumption/);
    const services = section('Services: contracts, gaps and what they cost').textContent;
    expect(services).toMatch(
      /Left out, it is 0%: that is an assumption that the stated costs are right/,
    );
  });

  it('explains the version 2 rules a finance officer will check', () => {
    render(<MethodologyScreen />);
    expect(screen.getByText(/O = effectiveness × ramp/)).toBeInTheDocument();
    expect(screen.getByText('g = Ō × min(coverage, capacity ÷ caseload)')).toBeInTheDocument();
    expect(
      screen.getByText('net effect = reduction × (1 − deadweight) × attribution'),
    ).toBeInTheDocument();
    // 30% helped in each of two years, benefit 2 years, drop-off 50%: 30%, 30% + 15% = 45%, 15%, none.
    expect(
      screen.getByText(
        /30% benefiting in the first year, 30% \+ 15% = 45% in the second, 15% in the third/,
      ),
    ).toBeInTheDocument();
    expect(section('Fiscal, economic and social value').textContent).toMatch(/Society never pays/);
    expect(section('Services: contracts, gaps and what they cost').textContent).toMatch(
      /part of the pooled budget/,
    );
    const cases = section('The financial case and the economic case').textContent;
    expect(cases).toMatch(/counting from the first year in which any service operates/);
    expect(cases).toMatch(/fiscal values only, with a judgement of how much is cashable/);
    const contributions = section('Who pays into the pool').textContent;
    expect(contributions).toMatch(
      /present value of its yearly contributions as rounded to the penny/,
    );
    expect(contributions).toMatch(/first in the model’s list of partners gets the penny/);
    const limits = section('Limits of the model').textContent;
    expect(limits).toMatch(/Expected values first, ranges beside them/);
    expect(limits).toMatch(/independent of the others/);
    expect(limits).toMatch(/No displacement/);
    expect(limits).toMatch(/most\s+of which are never reported/);
  });

  it('gives the users’ explanation of version 1, the migration and why figures differ', () => {
    render(<MethodologyScreen />);
    const inSection = within(section('What changed from version 1'));
    expect(inSection.getByText(VERSION_1)).toBeInTheDocument();
    expect(inSection.getByText(/every new field\s+takes its default/)).toBeInTheDocument();
    expect(
      inSection.getByText(
        /wherever a service had\s+gaps between contracts or stopped before the end of the horizon/,
      ),
    ).toBeInTheDocument();
  });
});
