import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { clauseOfAskedTerm } from '../../knowledge/questions/defined-terms';
import { suggestByFactList } from '../../knowledge/questions/suggest';

/**
 * A sentence defining several quoted terms one after another speaks for the asked term in its own clause only: a
 * 多选 on "三会" must not take 党课, the "一课" of the same sentence. Sentences written for the test.
 */

describe('the clause of the asked term', () => {
  const sentence = '“两委”是村党组织委员会和村民委员会，“一肩挑”是书记兼任主任。';

  it('keeps the asked term’s own clause, up to the next term’s definition', () => {
    expect(clauseOfAskedTerm('“两委”指的是（ ）', sentence)).toBe('“两委”是村党组织委员会和村民委员会');
    expect(clauseOfAskedTerm('什么叫“一肩挑”', sentence)).toBe('“一肩挑”是书记兼任主任。');
  });

  it('leaves the sentence whole where it defines one term, or the stem names none or both (guard)', () => {
    expect(clauseOfAskedTerm('“两委”指的是（ ）', '“两委”是村党组织委员会和村民委员会。')).toBe('“两委”是村党组织委员会和村民委员会。');
    expect(clauseOfAskedTerm('村里有哪些组织', sentence)).toBe(sentence);
    expect(clauseOfAskedTerm('“两委”和“一肩挑”分别指什么', sentence)).toBe(sentence);
  });
});

describe('a 多选 on one of the terms, through the fact layer', () => {
  const facts = createFactIndex();

  it('takes only the meetings of “三会”, not the 党课 of “一课”', () => {
    const said = suggestByFactList('多选：“三会”包括（ ）\nA.支部委员会会议\nB.党课\nC.党小组会\nD.支部党员大会', facts);
    expect(said?.kind).toBe('hedged');
    if (said?.kind !== 'hedged') return;
    expect(said.choice).toEqual(['A', 'C', 'D']);
    expect(said.sentence).not.toContain('党课');
  });
});
