import { describe, expect, it } from 'vitest';
import { outcomeAnswer, type PassageHit, suggestFromHandbook } from '../../knowledge/questions/suggest';

/**
 * Issue 21, paste17: a blank that ends the stem (应当及时向上级（）。) has words on its left only, so only two of
 * them can sit right beside it however well the rest of the stem is stated: with most of the stem in the sentence,
 * what the sentence has there fills it. Two blanks (将其（）或者（）) still need more. Sentences written for the test.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });
const fill = (stem: string, text: string) => outcomeAnswer(suggestFromHandbook(stem, [hit(text)]));

describe('a blank that ends the stem', () => {
  it('is filled from the clause the sentence ends it with', () => {
    // 一律 and 经过 are not in the sentence: only two words sit beside the blank.
    expect(fill('弄虚作假取得的入党材料，党组织一律不予（）。', '弄虚作假取得的入党材料，不予采信，并追究有关人员责任。')).toBe('采信');
    expect(fill('确定候选人预备人选前，应当经过反复（）。', '确定候选人预备人选前，要反复酝酿，广泛听取党员意见。')).toBe('酝酿');
  });

  it('needs more beside each of two blanks', () => {
    expect(fill('发现材料弄虚作假的，党组织可以将其（）或者（）。', '发现材料弄虚作假的，党组织可以对它退回或者销毁。')).toBeUndefined();
  });

  it('is not filled when little of the stem is stated', () => {
    expect(fill('弄虚作假取得的入党材料，党组织一律不予（）。', '入党材料要及时归档，不予外借。')).toBeUndefined();
  });
});
