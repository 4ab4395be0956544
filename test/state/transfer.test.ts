import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/decimal';
import { evaluateModel } from '../../src/model/evaluate';
import { packTree, unpackTree } from '../../src/state/transfer';
import { validModel } from '../fixtures/valid-model';

describe('packing for another thread', () => {
  it('brings back every decimal exactly, with maps and plain values alongside', () => {
    const value = {
      third: new Dec(1).div(3),
      negative: new Dec('-0.000000000000000000000000000000001'),
      zero: new Dec(0),
      huge: new Dec('123456789012345678901234567890.1234'),
      series: [new Dec('0.1').plus('0.2'), new Dec('1e15')],
      index: new Map([[2026, new Dec('1.02')]]),
      year: 2026,
      name: 'Council',
      missing: null,
    };
    const back = unpackTree(packTree(value)) as typeof value;
    expect(back.third.toString()).toBe('0.3333333333333333333333333333333333');
    expect(back.negative.toString()).toBe('-0.000000000000000000000000000000001');
    expect(back.zero.isZero()).toBe(true);
    expect(back.huge.toString()).toBe('123456789012345678901234567890.1234');
    expect(back.series.map((d) => d.toString())).toEqual(['0.3', '1000000000000000']);
    expect(back.index.get(2026)?.toString()).toBe('1.02');
    expect(back.year).toBe(2026);
    expect(back.name).toBe('Council');
    expect(back.missing).toBeNull();
  });

  it('gives decimals that calculate like the originals', () => {
    const back = unpackTree(packTree([new Dec('2.5')])) as Dec[];
    expect(back[0]?.times('0.4').toString()).toBe('1');
    expect(back[0] instanceof Dec).toBe(true);
  });

  it('leaves text that looks like a marker alone', () => {
    const value = { d: '\u0000d', list: ['\u00001', '\u0000\u0000'], map: { '\u0000map': 1 } };
    expect(unpackTree(packTree(value))).toEqual(value);
  });
});

describe('reusing unchanged parts while unpacking', () => {
  it('returns the previous object wherever the new one is equal', () => {
    const previous = { a: [new Dec(1), new Dec(2)], b: { c: new Dec(3) } };
    const next = { a: [new Dec('1.0'), new Dec(2)], b: { c: new Dec(4) } };
    const shared = unpackTree(packTree(next, previous), previous) as typeof next;
    expect(shared).not.toBe(previous);
    expect(shared.a).toBe(previous.a);
    expect(shared.b).not.toBe(previous.b);
    expect(shared.b.c.toString()).toBe('4');
  });

  it('returns the previous tree itself when nothing changed', () => {
    const previous = { a: [new Dec(1)], name: 'x' };
    expect(unpackTree(packTree({ a: [new Dec(1)], name: 'x' }, previous), previous)).toBe(previous);
  });

  it('treats a list that grew, a new key or a changed sign as a change', () => {
    const previous = { a: [new Dec(1)], b: new Dec(5) };
    const grown = unpackTree(
      packTree({ a: [new Dec(1), new Dec(2)], b: new Dec(5) }, previous),
      previous,
    ) as {
      a: Dec[];
    };
    expect(grown.a).not.toBe(previous.a);
    expect(grown.a[0]).toBe(previous.a[0]);
    const wider = unpackTree(
      packTree({ ...previous, c: 1 }, previous),
      previous,
    ) as typeof previous;
    expect(wider).not.toBe(previous);
    expect(wider.a).toBe(previous.a);
    const negated = unpackTree(
      packTree({ a: [new Dec(1)], b: new Dec(-5) }, previous),
      previous,
    ) as {
      b: Dec;
    };
    expect(negated.b.toString()).toBe('-5');
  });

  it('sends only what changed', () => {
    const previous = { a: [new Dec(1), new Dec(2)], b: 'same text' };
    const packed = packTree({ a: [new Dec(1), new Dec(3)], b: 'same text' }, previous);
    // One decimal of value 3 (sign, exponent, one digit group): four numbers, nothing for the rest.
    expect(Array.from(packed.numbers)).toEqual([1, 0, 1, 3]);
    expect(packed.json).not.toContain('same text');
  });

  it('keeps the figures of a cost line an edit did not touch', () => {
    const before = evaluateModel(validModel());
    const edited = validModel();
    edited.costLines[0]!.unitCost = '999';
    const after = evaluateModel(edited);
    if (!before.ok || !after.ok) throw new Error('test model is invalid');
    const shared = unpackTree(
      packTree(after.results, before.results),
      before.results,
    ) as typeof after.results;
    // The second cost line follows another stream; only the first line's figures move.
    expect(shared.doNothing.lines[1]).toBe(before.results.doNothing.lines[1]);
    expect(shared.doNothing.lines[0]).not.toBe(before.results.doNothing.lines[0]);
    expect(shared.doNothing.years).toBe(before.results.doNothing.years);
    expect(
      shared.doNothing.lines[0]?.cost[0]?.eq(before.results.doNothing.lines[0]!.cost[0]!),
    ).toBe(false);
  });
});
