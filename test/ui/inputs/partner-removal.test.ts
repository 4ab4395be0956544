import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/decimal';
import type { ModelFile } from '../../../src/model/model-file';
import { readModel } from '../../../src/model/read-model';
import {
  partnerUses,
  removeMovingSharesTo,
  removeSharingAmongOthers,
  removeUnusedPartner,
  shareAmongBlockers,
} from '../../../src/ui/inputs/partner-removal';
import { workedExample } from '../render-with-store';

function sumOf(shares: readonly { share: string }[]): Dec {
  return shares.reduce((acc, s) => acc.plus(new Dec(s.share)), new Dec(0));
}

function line(file: ModelFile, id: string) {
  const found = file.costLines.find((l) => l.id === id);
  if (!found) throw new Error(`the worked example has no line ${id}`);
  return found;
}

/**
 * The worked example with temporary accommodation shared three ways, child in need shared between
 * children's services and the police, and a custom-share scenario (the second).
 */
function sharedExample(): ModelFile {
  const file = workedExample();
  const ta = line(file, 'ta');
  ta.bearers = [
    { partner: 'housing', share: '0.4' },
    { partner: 'council', share: '0.35' },
    { partner: 'children', share: '0.25' },
  ];
  line(file, 'cin').bearers = [
    { partner: 'children', share: '0.7' },
    { partner: 'police', share: '0.3' },
  ];
  file.scenarios[1]!.contributions = {
    rule: 'custom',
    shares: [
      { partner: 'housing', share: '0.1' },
      { partner: 'police', share: '0.3' },
      { partner: 'health', share: '0.3' },
      { partner: 'council', share: '0.3' },
    ],
  };
  return file;
}

describe('partnerUses', () => {
  it('lists bearer shares, contributors, custom shares and offers', () => {
    const uses = partnerUses(sharedExample(), 'housing');
    expect(uses).toContainEqual({
      kind: 'bearer',
      lineName: 'Temporary accommodation: bed and breakfast',
      share: '0.4',
    });
    expect(uses.some((u) => u.kind === 'contributor')).toBe(true);
    expect(uses.some((u) => u.kind === 'customShare' && u.share === '0.1')).toBe(true);
    expect(uses.some((u) => u.kind === 'offer' && u.annual === '75000')).toBe(true);
  });

  it('finds nothing for a partner that bears and pays nothing', () => {
    expect(partnerUses(sharedExample(), 'vcs')).toEqual([]);
  });

  it('counts a listed contributor only where the rule uses contributors', () => {
    // The pilot (offers) lists vcs as a contributor, which its rule does not use; listed under the
    // three-year commitment's equal rule, vcs pays.
    const file = workedExample();
    expect(file.scenarios[3]?.contributions).toMatchObject({ rule: 'offers' });
    expect(file.scenarios[3]?.contributions?.contributors).toContain('vcs');
    expect(partnerUses(file, 'vcs')).toEqual([]);
    const three = file.scenarios[1]?.contributions;
    expect(three).toMatchObject({ rule: 'equal' });
    three?.contributors?.push('vcs');
    const uses = partnerUses(file, 'vcs');
    expect(uses).toEqual([{ kind: 'contributor', scenarioName: 'Three-year commitment' }]);
  });
});

describe('removeUnusedPartner', () => {
  it('removes the partner and its name from contributor lists no rule uses', () => {
    const after = removeUnusedPartner(sharedExample(), 'vcs');
    expect(after.partners.map((p) => p.id)).not.toContain('vcs');
    expect(after.scenarios[3]!.contributions!.contributors).not.toContain('vcs');
    expect(readModel(after).ok).toBe(true);
  });
});

describe('removeMovingSharesTo', () => {
  it('merges bearer shares into the chosen partner and keeps every sum at exactly 1', () => {
    const before = sharedExample();
    const after = removeMovingSharesTo(before, 'housing', 'council');
    expect(after.partners.map((p) => p.id)).not.toContain('housing');
    const ta = after.costLines.find((l) => l.id === 'ta')!;
    expect(ta.bearers).toEqual([
      { partner: 'council', share: '0.75' },
      { partner: 'children', share: '0.25' },
    ]);
    for (const line of after.costLines) expect(sumOf(line.bearers).eq(1)).toBe(true);
    const custom = after.scenarios[1]!.contributions!.shares!;
    expect(custom.find((s) => s.partner === 'council')?.share).toBe('0.4');
    expect(sumOf(custom).eq(1)).toBe(true);
    const offers = after.scenarios[3]!.contributions!.offers!;
    expect(offers.find((o) => o.partner === 'council')?.annual).toBe('225000');
    expect(after.scenarios[0]!.contributions!.contributors).not.toContain('housing');
    expect(readModel(after).ok).toBe(true);
    // The original is untouched.
    expect(before.partners.some((p) => p.id === 'housing')).toBe(true);
  });

  it('hands shares to a partner that bore none of the line, in the same place', () => {
    const after = removeMovingSharesTo(sharedExample(), 'housing', 'vcs');
    expect(after.costLines.find((l) => l.id === 'ta')!.bearers[0]).toEqual({
      partner: 'vcs',
      share: '0.4',
    });
    expect(after.scenarios[0]!.contributions!.contributors).toContain('vcs');
    expect(readModel(after).ok).toBe(true);
  });
});

describe('removeSharingAmongOthers', () => {
  it('scales the other bearers up in proportion, summing to exactly 1', () => {
    const file = sharedExample();
    // Housing bears other lines alone, so move those first to isolate the shared line.
    for (const line of file.costLines)
      if (line.id !== 'ta' && line.bearers[0]?.partner === 'housing')
        line.bearers = [{ partner: 'council', share: '1' }];
    file.scenarios[3]!.contributions!.offers = file.scenarios[3]!.contributions!.offers!.filter(
      (o) => o.partner !== 'housing',
    );
    const result = removeSharingAmongOthers(file, 'housing');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ta = result.file.costLines.find((l) => l.id === 'ta')!;
    // 0.35 / 0.6 = 0.58333…, rounded down; the last bearer takes the exact remainder.
    expect(ta.bearers).toEqual([
      { partner: 'council', share: '0.583333' },
      { partner: 'children', share: '0.416667' },
    ]);
    expect(sumOf(ta.bearers).eq(1)).toBe(true);
    const custom = result.file.scenarios[1]!.contributions!.shares!;
    expect(custom.map((s) => s.partner)).toEqual(['police', 'health', 'council']);
    expect(sumOf(custom).eq(1)).toBe(true);
    expect(readModel(result.file).ok).toBe(true);
  });

  it('is refused, naming the line, when the partner is the only bearer', () => {
    const file = sharedExample();
    expect(shareAmongBlockers(file, 'housing')).toContain(
      'it is the only partner bearing Homelessness prevented',
    );
    const result = removeSharingAmongOthers(file, 'housing');
    expect(result.ok).toBe(false);
  });

  it('keeps sums exact with thirds', () => {
    const file = sharedExample();
    line(file, 'cin').bearers = [
      { partner: 'police', share: '0.25' },
      { partner: 'children', share: '0.25' },
      { partner: 'health', share: '0.25' },
      { partner: 'fire', share: '0.25' },
    ];
    const result = removeSharingAmongOthers(file, 'fire');
    // Fire also bears its own line alone: refused.
    expect(result.ok).toBe(false);
    file.costLines.find((l) => l.id === 'fire')!.bearers = [{ partner: 'police', share: '1' }];
    const again = removeSharingAmongOthers(file, 'fire');
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    const bearers = line(again.file, 'cin').bearers;
    expect(bearers.map((b) => b.share)).toEqual(['0.333333', '0.333333', '0.333334']);
    expect(sumOf(bearers).eq(1)).toBe(true);
    expect(readModel(again.file).ok).toBe(true);
  });
});

describe('a society partner never takes a payer’s place', () => {
  /** Every partner id a scenario names as a payer: contributors, custom shares and offers. */
  const payers = (file: ModelFile) =>
    file.scenarios.flatMap((scenario) => {
      const c = scenario.contributions;
      return [
        ...(c?.contributors ?? []),
        ...(c?.shares ?? []).map((s) => s.partner),
        ...(c?.offers ?? []).map((o) => o.partner),
      ];
    });

  it('the worked example has a society partner that pays nothing', () => {
    const file = sharedExample();
    expect(file.partners.find((p) => p.id === 'society')?.kind).toBe('society');
    expect(payers(file)).not.toContain('society');
  });

  it('moving a payer’s shares to society gives society its bearer shares but none of its payments', () => {
    // Housing bears lines, is a contributor in three scenarios, has a custom share of 0.1 in the
    // second and offers £75,000 in the pilot. Society may bear its costs; it may never pay.
    const after = removeMovingSharesTo(sharedExample(), 'housing', 'society');
    expect(after.partners.map((p) => p.id)).not.toContain('housing');
    expect(line(after, 'ta').bearers[0]).toEqual({ partner: 'society', share: '0.4' });
    expect(payers(after)).not.toContain('society');
    expect(payers(after)).not.toContain('housing');
  });

  it('removing society moves its costs to the partner chosen, which keeps its own payments', () => {
    const before = sharedExample();
    const after = removeMovingSharesTo(before, 'society', 'council');
    expect(line(after, 'economic').bearers).toEqual([{ partner: 'council', share: '1' }]);
    expect(line(after, 'harm').bearers).toEqual([{ partner: 'council', share: '1' }]);
    expect(after.scenarios.map((s) => s.contributions)).toEqual(
      before.scenarios.map((s) => s.contributions),
    );
    expect(readModel(after).ok).toBe(true);
  });

  it('sharing among the others never brings society into a payer list', () => {
    const file = sharedExample();
    line(file, 'ta').bearers = [
      { partner: 'housing', share: '0.5' },
      { partner: 'society', share: '0.5' },
    ];
    for (const l of file.costLines)
      if (l.id !== 'ta' && l.bearers[0]?.partner === 'housing')
        l.bearers = [{ partner: 'council', share: '1' }];
    const result = removeSharingAmongOthers(file, 'housing');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Society was the only other bearer of the line: 0.5 / 0.5 = 1.
    expect(line(result.file, 'ta').bearers).toEqual([{ partner: 'society', share: '1' }]);
    expect(payers(result.file)).not.toContain('society');
    expect(readModel(result.file).ok).toBe(true);
  });
});
