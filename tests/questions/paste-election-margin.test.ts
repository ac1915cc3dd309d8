import { describe, expect, it } from 'vitest';
import { duesForPaste } from '../../bot/features/ask/dues';
import { createFactIndex } from '../../knowledge/facts';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, type PassageHit, resolvePaste } from '../../knowledge/questions/suggest';

/** The least candidates of an election told by its seats, worked out from the 差额 rule (issue 21, paste9). */

const rule = {
  text: '候选人：委员候选人的差额不少于应选人数的20%，例如应选5名委员，候选人至少6名。',
  coverage: 1,
  source: 'handbook:test',
  title: '测试手册',
} satisfies PassageHit;
const empty = createPasteIndex([]);
const noFacts = createFactIndex([]);
const solve = async (raw: string, hits: PassageHit[] = [rule]) =>
  outcomeAnswer(await resolvePaste(empty, raw, async () => hits, duesForPaste, noFacts));

describe('the 差额 of an election', () => {
  it('rounds the share up to whole people, not the example’s numbers (应选4名: 5, not 6)', async () => {
    expect(await solve('填空 某党支部换届，应选委员4名，按照委员候选人差额不少于应选人数20%的要求，候选人至少应为______名。')).toBe('5');
    expect(await solve('某支部换届应选委员7名，按照差额不少于应选人数20%的要求，委员候选人至少应该有____名。')).toBe('9');
    expect(await solve('某支部换届应选委员10名，按照差额不少于应选人数20%的要求，差额至少（）名。')).toBe('2');
  });

  it('is left alone without the rule in the passages, or with another percentage than the rule’s', async () => {
    expect(await solve('某支部换届应选委员4名，实行差额选举，候选人至少应为（）名。', [])).toBeUndefined();
    expect(await solve('某支部换届应选委员4名，按照差额不少于应选人数30%的要求，候选人至少应为（）名。')).toBeUndefined();
  });
});
