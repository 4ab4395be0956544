import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/decimal';
import { shortfallSentence } from '../../../src/ui/inputs/contribution-shortfall';
import { evenShares, switchRule } from '../../../src/ui/inputs/contribution-rules';
import type { ContributionsFile } from '../../../src/model/model-file';

const d = (values: string[]) => values.map((v) => new Dec(v));
const years = [2026, 2027, 2028];

describe('shortfallSentence', () => {
  it('gives the same shortfall every year as "a year"', () => {
    expect(shortfallSentence(d(['235000', '235000', '235000']), new Dec('681234.4'), years)).toBe(
      'Offers leave a shortfall of £235,000 a year (£681,234 in present value).',
    );
  });

  it('names the one year when only one year falls short', () => {
    expect(shortfallSentence(d(['235000', '0', '0']), new Dec('235000'), years)).toBe(
      'Offers leave a shortfall of £235,000 in 2026/27 (£235,000 in present value).',
    );
  });

  it('says "surplus" when offers exceed the cost', () => {
    expect(shortfallSentence(d(['-15000', '-15000', '0']), new Dec('-29492.75'), years)).toBe(
      'Offers leave a surplus of £15,000 a year in 2 of the 3 years (£29,493 in present value).',
    );
  });

  it('gives a range when the shortfall changes from year to year', () => {
    expect(shortfallSentence(d(['100', '250.5', '90']), new Dec('430'), years)).toBe(
      'Offers leave a shortfall of £90 to £251 a year (£430 in present value).',
    );
  });

  it('counts shortfall and surplus years when both happen', () => {
    expect(shortfallSentence(d(['100', '-50', '-10']), new Dec('41'), years)).toBe(
      'Offers leave a shortfall in 1 year and a surplus in 2: overall a shortfall of £41 in present value.',
    );
  });

  it('says when offers match the cost exactly', () => {
    expect(shortfallSentence(d(['0', '0', '0']), new Dec(0), years)).toMatch(/exactly/);
  });
});

describe('evenShares', () => {
  it('gives whole percentages that total exactly 100%', () => {
    const shares = evenShares(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(shares.map((s) => s.share)).toEqual([
      '0.15',
      '0.15',
      '0.14',
      '0.14',
      '0.14',
      '0.14',
      '0.14',
    ]);
    expect(shares.reduce((t, s) => t.plus(s.share), new Dec(0)).toString()).toBe('1');
    expect(evenShares([])).toEqual([]);
  });
});

describe('switchRule', () => {
  it('starts agreed shares from the contributors and keeps the other lists', () => {
    const c: ContributionsFile = { rule: 'equal', contributors: ['a', 'b'], offers: [] };
    switchRule(c, 'custom', ['a', 'b', 'c']);
    expect(c).toEqual({
      rule: 'custom',
      contributors: ['a', 'b'],
      offers: [],
      shares: [
        { partner: 'a', share: '0.5' },
        { partner: 'b', share: '0.5' },
      ],
    });
  });

  it('keeps agreed shares already there', () => {
    const c: ContributionsFile = { rule: 'offers', shares: [{ partner: 'c', share: '1' }] };
    switchRule(c, 'custom', ['a', 'b', 'c']);
    expect(c.shares).toEqual([{ partner: 'c', share: '1' }]);
  });
});
