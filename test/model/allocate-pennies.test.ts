/**
 * Sharing a pool into whole pennies (MODEL.md, "Contributions"): largest remainders first, ties to the
 * earlier partner, and work that does not grow with the size of the figures.
 */
import { describe, expect, it } from 'vitest';
import { allocatePennies } from '../../src/model/allocate-pennies';
import { Dec } from '../../src/model/decimal';

const decs = (values: readonly string[]) => values.map((v) => new Dec(v));
const texts = (values: readonly Dec[]) => values.map((v) => v.toFixed(2));

describe('allocatePennies', () => {
  it('gives the spare pennies to the largest remainders, ties to the earlier partner', () => {
    // £10.00 in thirds: 3.333… each, floors 3.33 × 3 = 9.99, one penny left for the first (equal remainders).
    const third = new Dec(10).div(3);
    expect(texts(allocatePennies([third, third, third], new Dec(10)))).toEqual([
      '3.34',
      '3.33',
      '3.33',
    ]);
    // Remainders 0.004, 0.008, 0.006 (floors 1.00 + 2.00 + 3.00 = 6.00 of a £6.02 pool): the 2nd and 3rd get one.
    expect(texts(allocatePennies(decs(['1.004', '2.008', '3.006']), new Dec('6.018')))).toEqual([
      '1.00',
      '2.01',
      '3.01',
    ]);
  });

  it('shares a pool of £10^15 among 50 partners at once, to the penny', () => {
    // £1,000,000,000,000,000 / 50 = £20,000,000,000,000 each exactly: nothing to round.
    const total = new Dec('1e15');
    const shares = Array.from({ length: 50 }, () => total.div(50));
    const started = performance.now();
    const result = allocatePennies(shares, total);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.every((r) => r.eq('20000000000000'))).toBe(true);
  });

  it('hands out many rounds of pennies when the shares fall far short of the pool, in one step', () => {
    // Shares of 0 and 0 against a pool of £10^15: 10^17 pennies, 5 × 10^16 each (a penny-by-penny loop
    // would never finish).
    const result = allocatePennies(decs(['0', '0']), new Dec('1e15'));
    expect(texts(result)).toEqual(['500000000000000.00', '500000000000000.00']);
    // Three partners, £1,000,000,000,000.01 of pennies: 33,333,333,333,333 each and 2 spare,
    // going to the first two (equal remainders of 0).
    const odd = allocatePennies(decs(['0', '0', '0']), new Dec('1000000000000.01'));
    expect(texts(odd)).toEqual(['333333333333.34', '333333333333.34', '333333333333.33']);
  });

  it('takes back pennies round the order from its end when the shares exceed the pool', () => {
    // Shares £1, £1, £1 (floors £3.00) against a pool of £2.98: 2 pennies back, from the last two in
    // the order (equal remainders: partners 3 and 2).
    expect(texts(allocatePennies(decs(['1', '1', '1']), new Dec('2.98')))).toEqual([
      '1.00',
      '0.99',
      '0.99',
    ]);
    // Against £0.01: 299 pennies back, 99 rounds from everyone and 2 more from partners 3 and 2.
    expect(texts(allocatePennies(decs(['1', '1', '1']), new Dec('0.01')))).toEqual([
      '0.01',
      '0.00',
      '0.00',
    ]);
  });

  it('shares among 10,000 partners with the pool exact to the penny', () => {
    // £1,000,000,000,000,000.37 / 10,000 = £100,000,000,000.000037 each: floors leave 37 pennies
    // for the first 37 partners (all remainders equal).
    const total = new Dec('1000000000000000.37');
    const shares = Array.from({ length: 10_000 }, () => total.div(10_000));
    const result = allocatePennies(shares, total);
    expect(result.slice(0, 37).every((r) => r.eq('100000000000.01'))).toBe(true);
    expect(result.slice(37).every((r) => r.eq('100000000000'))).toBe(true);
  });
});
