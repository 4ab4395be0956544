import { describe, expect, it } from 'vitest';
import { sentenceText, storyText } from '../../../src/ui/overview/overview-links';
import { overviewStory, yearsInWords } from '../../../src/ui/overview/overview-story';
import { evaluate } from './evaluate-story';
import { storyModel } from './story-model';

// Every figure below is worked by hand in story-model.ts.
describe('the overview story', () => {
  it('tells the financial case first, then the cost of short-term funding and the economic case', () => {
    const { model, results } = evaluate(storyModel());
    const sentences = overviewStory(model, results).map(sentenceText);
    expect(sentences).toEqual([
      // Fiscal do-nothing PV 1,000 + 800 = 1,800; £1,000 in the last year, 2027/28.
      'Doing nothing costs the partners’ budgets £1,800 over two years in present value, and £1,000 a year by 2027/28 at 2026/27 prices.',
      // Two-year contract: 900 − 840 = 60; 900 / 840 = 1.07; running PV −100, then 60.
      'Two-year contract does best in the financial case: the fiscal costs it avoids exceed what its services cost by £60 in present value (benefit–cost ratio 1.07; it pays back in 2027/28).',
      // 60 − (−20) = 80.
      'Two-year contract (2-year contracts) saves £80 more than Annual grants (1-year contracts) over the same two years in present value: that is the cost of short-term funding.',
      // Economic do-nothing 2,700; Two-year contract 1,260 − 840 = 420, ratio 1.50.
      'In the economic case, which also counts costs to the economy and harm to victims, doing nothing costs £2,700 in present value and Two-year contract has a net saving of £420 (benefit–cost ratio 1.50).',
    ]);
  });

  it('links each figure to the screen behind it', () => {
    const { model, results } = evaluate(storyModel());
    const links = overviewStory(model, results)
      .flat()
      .filter((part) => typeof part !== 'string');
    expect(links).toEqual([
      { text: '£1,800 over two years', screen: 'costs' },
      { text: '£1,000 a year by 2027/28', screen: 'costs' },
      { text: 'Two-year contract', screen: 'results' },
      { text: '£60', screen: 'results' },
      { text: '£80 more', screen: 'results' },
      { text: '£2,700', screen: 'results' },
      { text: '£420', screen: 'results' },
    ]);
  });

  it('says plainly when no scenario pays for itself, and leaves out a comparison it cannot make', () => {
    const file = storyModel();
    // Only Annual grants and the pilot: Annual grants is closest (−20 against −100) and is the only
    // scenario funded for the whole horizon, so there is no short- against long-term comparison.
    file.scenarios = file.scenarios.filter((s) => s.id !== 'two');
    const { model, results } = evaluate(file);
    const sentences = overviewStory(model, results).map(sentenceText);
    expect(sentences).toEqual([
      'Doing nothing costs the partners’ budgets £1,800 over two years in present value, and £1,000 a year by 2027/28 at 2026/27 prices.',
      // 720 − 700 = 20 more than it avoids; 700 / 720 = 0.9722… → 0.97; running PV −100, −20.
      'No scenario pays for itself in the financial case: the closest, Annual grants, costs £20 more than the fiscal costs it avoids, in present value (benefit–cost ratio 0.97; it does not pay back within the horizon).',
      // 980 − 720 = 260; 980 / 720 = 1.3611… → 1.36.
      'In the economic case, which also counts costs to the economy and harm to victims, doing nothing costs £2,700 in present value and Annual grants has a net saving of £260 (benefit–cost ratio 1.36).',
    ]);
  });

  it('says when longer contracts save less than shorter ones', () => {
    const file = storyModel();
    // Give the annual grants no gap: they then run all 24 months like the two-year contract, at the same
    // cost (600, then 300) and with the same avoided cost, so the two save the same (60 each).
    file.scenarios = file.scenarios.map((s) =>
      s.id === 'annual' ? { ...s, renewalGapMonths: 0 } : s,
    );
    const { model, results } = evaluate(file);
    const sentences = overviewStory(model, results).map(sentenceText);
    expect(sentences[2]).toBe(
      'Two-year contract (2-year contracts) saves the same as Annual grants (1-year contracts) over the same two years in present value: here short-term funding costs nothing.',
    );
  });

  it('says when longer contracts save less', () => {
    const file = storyModel();
    // The two-year contract at half effectiveness: operating level 0.5 in both years, the same service
    // cost (PV 840), fiscal avoided 250 a year, PV 250 + 200 = 450: net saving 450 − 840 = −390.
    // Against Annual grants' −20: −390 − (−20) = −370.
    file.scenarios = file.scenarios.map((s) =>
      s.id === 'two' ? { ...s, effectiveness: '0.5' } : s,
    );
    const { model, results } = evaluate(file);
    expect(sentenceText(overviewStory(model, results)[2] ?? [])).toBe(
      'Two-year contract (2-year contracts) saves £370 less than Annual grants (1-year contracts) over the same two years in present value: here short-term funding costs nothing extra.',
    );
  });

  it('asks for a scenario when there is none', () => {
    const file = storyModel();
    file.scenarios = [];
    const { model, results } = evaluate(file);
    expect(storyText(overviewStory(model, results))).toBe(
      'Doing nothing costs the partners’ budgets £1,800 over two years in present value, and £1,000 a year by 2027/28 at 2026/27 prices. ' +
        'There is no funding scenario yet: add one to see what it would save. ' +
        'In the economic case, which also counts costs to the economy and harm to victims, doing nothing costs £2,700 in present value.',
    );
  });

  it('writes small numbers of years in words', () => {
    expect(yearsInWords(1)).toBe('one year');
    expect(yearsInWords(10)).toBe('ten years');
    expect(yearsInWords(25)).toBe('25 years');
  });
});
