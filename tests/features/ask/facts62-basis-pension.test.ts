import { describe, expect, it } from 'vitest';
import { askingMember } from '../../helpers/asking-member';

/**
 * Asked what a rule rests on, the reply's text names it; asked of a pension, the base is its whole (facts62).
 * Sentences written for this test, not taken from the writers' sets.
 */
const { answer } = askingMember('member-facts62');

describe('asked for the basis of a rule, the reply says it in its text', () => {
  it('names the document with the rule on who chairs the 党员大会', async () => {
    const text = await answer('书记休假时党员大会能让组织委员来主持吗？有什么依据');
    expect(text).toContain('依据是《中国共产党支部工作条例（试行）》');
    expect(text).not.toContain('手册的条目里没有直接说到');
  });
  it('guard: no basis is added when none is asked', async () => {
    expect(await answer('书记休假时党员大会能让组织委员来主持吗')).not.toContain('依据是');
  });
});

describe('a retired member’s 党费: the base is the whole pension drawn', () => {
  it('says the whole 离退休费 is the base, nothing taken off', async () => {
    const text = await answer('我爸退休了，每个月养老金两千八，党费是按全部算吗');
    expect(text).toContain('总额为计算基数');
    expect(text).toContain('2800 × 0.5% = 14 元/月');
  });
});

describe('a second ask with no subject of its own is asked of the thing the first names', () => {
  it('does not answer how often a notice board is changed with the term of a 支部委员会', async () => {
    expect(await answer('村里党务公开栏要贴哪些东西 多久换一次')).not.toContain('每届任期');
  });
  it('guard: how often the branch changes is still its term', async () => {
    expect(await answer('村里的支部多长时间换一回')).toContain('每届任期');
  });
});
