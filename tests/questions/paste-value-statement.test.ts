import { describe, expect, it } from 'vitest';
import type { PassageHit } from '../../knowledge/questions/suggest';
import { suggestByValueStatement } from '../../knowledge/questions/value-statement';

/**
 * Issue 21, paste19: a statement asserting a value where a sentence states another for the same place is 错误 (its
 * value read as a blank and filled as a 填空 clause is). Before, such statements were refused: the whole statement
 * aligned too loosely with the sentence for its truth to be read, and no reader compared the one value. Only ever
 * false; not for a case's own figures, one end of a range, or a value the sentence bounds. Sentences written for the test.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });
const rules = hit(
  '委员会会议必须有半数以上委员到会才能进行。选举时，有选举权的到会人数超过应到会人数的五分之四，会议有效。' +
    '会员没有正当理由，连续六个月不交纳会费的，就被认为是自行退会。延长考察期的时间不能少于半年，最长不超过一年。' +
    '委员会每届任期三年至五年。',
);

describe('a statement with another value than the sentence’s', () => {
  it('is 错误, with the sentence as its basis', () => {
    expect(suggestByValueStatement('判断：委员会会议，得有三分之二以上的委员到场才能开。', [rules])).toMatchObject({
      answerTexts: ['错误'],
      sentence: '委员会会议必须有半数以上委员到会才能进行。',
    });
    expect(
      suggestByValueStatement('【判断题】选举时，有选举权的到会人数超过应到会人数的三分之二，会议即有效。\nA. 正确 B. 错误', [rules]),
    ).toMatchObject({ choice: ['B'], answerTexts: ['错误'] });
  });

  it('says nothing of a statement whose value the sentence states', () => {
    expect(suggestByValueStatement('判断：委员会会议必须有半数以上委员到会才能进行。', [rules])).toBeUndefined();
  });

  it('says nothing of a case’s figures, a range’s end or a value the sentence only bounds', () => {
    expect(suggestByValueStatement('判断：会员老赵没有正当理由，连续七个月不交纳会费，就被认为是自行退会。', [rules])).toBeUndefined();
    expect(suggestByValueStatement('判断：委员会每届任期三年至四年。', [rules])).toBeUndefined();
    expect(suggestByValueStatement('判断：延长考察期的时间可以是八个月。', [rules])).toBeUndefined();
  });
});
