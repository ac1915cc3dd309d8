import { describe, expect, it } from 'vitest';
import { judgeCertStep, suggestByCertWait } from '../../knowledge/questions/cert-levels';
import type { PassageHit } from '../../knowledge/questions/suggest';

/**
 * Issue 21, paste13: statements on going up a certificate grade judged by the one-grade-a-year rule. Sentences
 * written for the test.
 */

const rule: PassageHit = {
  text: '晋级办法：持初级证书满一年可申请中级，持中级证书满一年可申请高级，不能越级。',
  coverage: 1,
  source: 'handbook:test',
  title: '测试手册',
};
const judge = (raw: string) => judgeCertStep(raw, [rule])?.answerTexts[0];

describe('a statement on going up a grade', () => {
  it('is false when it skips a grade or comes short of a year', () => {
    expect(judge('判断：老陈刚拿到初级证书，业务特别突出，可以直接申请高级证书。')).toBe('错误');
    expect(judge('判断：持证满一年以后，小孟可以跳过中级去申请高级证书。')).toBe('错误');
    expect(judge('判断：小沈持有中级证书还不到一年，但年度考核优秀，可以申请高级证书。')).toBe('错误');
  });

  it('is true for a full year before the next grade, or two years at least from 初级 to 高级', () => {
    expect(judge('判断：取得初级证书的同志，持证满一年后就可以申请中级证书。')).toBe('正确');
    expect(judge('判断：从取得初级证书算起，最快也要两年才能拿到高级证书。')).toBe('正确');
    expect(judge('判断：从取得初级证书算起，最快一年就能拿到高级证书。')).toBe('错误');
  });

  it('says nothing without the rule, or for a statement that denies', () => {
    expect(judgeCertStep('判断：老陈拿到初级证书后可以直接申请高级证书。', [])).toBeUndefined();
    expect(judge('判断：拿到初级证书后不能直接申请高级证书。')).toBeUndefined();
  });
});

/** paste33: how long from one grade to a higher one, asked as a span of years (sentences written for the test). */
describe('the years from one grade to a higher one', () => {
  const wait = (raw: string) => suggestByCertWait(raw, [rule])?.answerTexts[0];

  it('counts a full year a grade', () => {
    expect(wait('小韩拿到初级证后，至少要等多长时间才能申请高级证书？\nA. 半年\nB. 1年\nC. 2年\nD. 3年')).toBe('2年');
    expect(wait('从持有中级证书算起，最快几年可以取得高级证书（ ）A.一年 B.两年 C.三年')).toBe('一年');
    expect(wait('取得初级证书以后最快多久能考到高级？A.一年 B.两年 C.三年 D.当年就能直接考')).toBe('两年');
  });

  it('says nothing without the rule, for a year asked, or with no option naming the span', () => {
    expect(suggestByCertWait('拿到初级证后最快多久能取得高级证书？A.一年 B.两年 C.三年', [])).toBeUndefined();
    expect(wait('2023年取得初级证书，最早哪年能取得高级证书？A.2024年 B.2025年 C.2026年')).toBeUndefined();
    expect(wait('拿到初级证后最快多久能取得高级证书？A.半年 B.一年半 C.三年')).toBeUndefined();
  });
});
