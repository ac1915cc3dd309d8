import { describe, expect, it } from 'vitest';
import { suggestByParaphrase } from '../../knowledge/questions/paraphrase-statement';
import type { PassageHit } from '../../knowledge/questions/suggest';

/**
 * Issue 21, paste20: a 判断 statement that restates one handbook sentence in other words (一年最少开一次 for 每年至少召开1次,
 * 支部大会 for 党员大会, 或 for 或者, 要 for 应当) is 正确; one that restates it with another period (每季度 for 每月) is
 * 错误. Before, both were refused: no reader compared a statement's meaning units with a sentence's (the module did
 * not exist, so every `expect` below of an answer fails before). Sentences written for the test.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });
const rules = hit(
  '协会每年至少召开1次总结会，一般安排在第四季度。小组会一般每月召开1次，由小组组长召集并主持。' +
    '会员大会由会长召集并主持；会长不能参加时，可以委托副会长或者理事召集主持。' +
    '协会每半年对候选会员进行一次考察，考察情况要记入档案。预备会员不能当推荐人。',
);
const judge = (statement: string) => suggestByParaphrase(`判断：${statement}`, [rules]);

describe('a statement that restates a sentence', () => {
  it('is 正确 when every unit is the sentence’s, whatever the words', () => {
    expect(judge('协会一年最少开一次总结会。')).toMatchObject({
      answerTexts: ['正确'],
      sentence: '协会每年至少召开1次总结会，一般安排在第四季度。',
    });
    expect(judge('会长不能参加会员大会时，可以委托副会长或理事召集主持。')).toMatchObject({ answerTexts: ['正确'] });
    expect(judge('协会每半年对候选会员考察一次。')).toMatchObject({ answerTexts: ['正确'] });
    expect(suggestByParaphrase('【判断题】小组会一般每月举行一次，由小组组长召集并主持。\nA. 正确 B. 错误', [rules])).toMatchObject({
      choice: ['A'],
      answerTexts: ['正确'],
    });
  });

  it('is 错误 when it restates the sentence with another period', () => {
    expect(judge('小组会一般每季度召开1次。')).toMatchObject({
      answerTexts: ['错误'],
      sentence: '小组会一般每月召开1次，由小组组长召集并主持。',
    });
    // 每年 is not the end of 每半年.
    expect(judge('协会每年对候选会员进行一次考察。')).toMatchObject({ answerTexts: ['错误'] });
  });

  it('says nothing when a word of the statement is not the sentence’s, or its polarity or bound differs', () => {
    // Another person in the role.
    expect(judge('小组会一般每月开一次，由会长召集并主持。')).toBeUndefined();
    // The sentence denies what the statement asserts.
    expect(judge('预备会员能当推荐人。')).toBeUndefined();
    // A bound the sentence does not give.
    expect(judge('小组会每月至少召开1次。')).toBeUndefined();
    // A case, and where the rule is written, are more than the sentence says.
    expect(judge('某协会一年最少开一次总结会。')).toBeUndefined();
  });
});
