import { describe, expect, it } from 'vitest';
import type { PassageHit } from '../../knowledge/questions/suggest';
import { suggestBySwappedTerm } from '../../knowledge/questions/swapped-term';

/**
 * Issue 21, paste13: a statement in a stranger's words that gives a rule's step the other term of a pair (批准 for
 * 备案, 自然日 for 工作日, 实际到会 for 应到会) is false, with the rule's sentence as 依据 — unless another rule of the
 * passages names the statement's own term for the same matter as well. Sentences written for the test.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });

describe('a statement with the other term of a pair', () => {
  const rules = hit(
    '流动党员本人要求转出组织关系的，由支部委员会研究后开具介绍信，并报上级党组织备案。\n' +
      '对长期失联的党员，由支部党员大会作出处置决定，报上级党组织批准。\n' +
      '党员大会表决事项时，赞成人数须超过应到会有表决权党员的半数。',
  );

  it('is false where the rule names the other term for the same matter', () => {
    const said = suggestBySwappedTerm('判断：小杨自己提出要把组织关系转出去，支委会研究后开了介绍信，这事还得报上级党组织批准才行。', [
      rules,
    ]);
    expect(said?.answerTexts).toEqual(['错误']);
    expect(said?.sentence).toBe('流动党员本人要求转出组织关系的，由支部委员会研究后开具介绍信，并报上级党组织备案。');
    expect(suggestBySwappedTerm('判断：党员大会表决时，赞成的只要超过实际到会有表决权党员的半数就行。', [rules])?.answerTexts).toEqual([
      '错误',
    ]);
  });

  it('says nothing where the statement has the rule’s term, denies the other, or is about someone else', () => {
    expect(suggestBySwappedTerm('判断：党员本人要求转出组织关系的，支委会研究后开介绍信，报上级党组织备案。', [rules])).toBeUndefined();
    expect(suggestBySwappedTerm('判断：本人要求转出组织关系的，开了介绍信后不需要报上级党组织批准。', [rules])).toBeUndefined();
    expect(suggestBySwappedTerm('判断：长期失联的党员，支部党员大会作出处置决定后，要报上级党组织批准。', [rules])).toBeUndefined();
  });
});
