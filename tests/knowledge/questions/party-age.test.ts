import { describe, expect, it } from 'vitest';
import { suggestByPartyAge } from '../../../knowledge/questions/party-age';
import type { PassageHit } from '../../../knowledge/questions/suggest';

/**
 * A statement of when 党龄 starts (issue 21, paste21): judged against the rule's sentence, by the day it names in
 * words or by the case's own dates. Passage and pastes written for the test.
 */
const rule: PassageHit = {
  text: '党员的党龄从预备期满转为正式党员之日算起，预备期不算在党龄里。',
  coverage: 0.9,
  source: 'handbook:test',
  title: '党龄',
};
const judged = (raw: string) => suggestByPartyAge(raw, [rule])?.answerTexts[0];

describe('a statement of when 党龄 starts', () => {
  it('is false when it names an earlier step as the start', () => {
    expect(judged('【判断】小王的党龄应当从支部大会讨论通过他为预备党员那天开始计算。')).toBe('错误');
    expect(judged('判断：计算党龄时，要从递交入党申请书之日算起。')).toBe('错误');
  });

  it('is true when it names the 转正 day', () => {
    expect(judged('判断：党龄自预备期满转为正式党员之日起计算。（ ）')).toBe('正确');
  });

  it('is judged by the case dates: the start must be the 转正 month', () => {
    expect(judged('判断：老赵2021年4月经支部大会接收为预备党员，2022年4月按期转正，他的党龄应从2021年4月算起。')).toBe('错误');
    expect(judged('判断：老赵2021年4月经支部大会接收为预备党员，2022年4月按期转正，他的党龄应从2022年4月算起。')).toBe('正确');
    expect(judged('判断：老赵2021年4月经支部大会接收为预备党员，按期转正，他的党龄从2022年4月算起。')).toBe('正确');
  });

  it('says nothing of an approval day, or of an extension it cannot date', () => {
    expect(judged('判断：党龄从上级党委批准其转为正式党员之日算起。')).toBeUndefined();
    expect(judged('判断：预备期延长过的，党龄从原预备期满之日算起。')).toBeUndefined();
  });

  it('gives the truth option for a lettered 判断', () => {
    expect(suggestByPartyAge('判断：党龄从入党宣誓那天算起。\nA. 正确\nB. 错误', [rule])?.choice).toEqual(['B']);
  });
});
