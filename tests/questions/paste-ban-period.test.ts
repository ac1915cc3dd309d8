import { describe, expect, it } from 'vitest';
import { suggestByBanPeriod } from '../../knowledge/questions/ban-period';
import type { PassageHit } from '../../knowledge/questions/suggest';

/**
 * Issue 21, paste13: a 处分's ban (受开除党籍处分的，五年内不得重新入党) asked as a wait, as a date, or as a case.
 * Sentences written for the test.
 */

const rule: PassageHit = {
  text: '处分的影响：\n- 受开除党籍处分的，五年内不得重新入党。\n- 受撤销党内职务处分的，二年内不得在党内担任与原任职务相当的职务。',
  coverage: 1,
  source: 'handbook:test',
  title: '测试手册',
};
const said = (raw: string) => suggestByBanPeriod(raw, [rule])?.answerTexts;

describe('a ban asked the other way round', () => {
  it('gives the wait, and the year it ends', () => {
    expect(said('老宋被开除了党籍，想重新申请入党，最少要等（ ）年？')).toEqual(['五']);
    expect(said('填空：小钱2022年6月受开除党籍处分，按规定他在____年6月之前不能重新入党。')).toEqual(['2027']);
    expect(said('受撤销党内职务处分的同志，（ ）年内不得在党内担任与原任职务相当的职务。')).toEqual(['二']);
  });

  it('judges a case allowed before the ban ends false', () => {
    expect(said('判断：老钱2020年被开除党籍，2023年支部就可以接收他重新入党。')).toEqual(['错误']);
    expect(said('老钱2020年被开除党籍，2023年支部可以接收他重新入党。（ ） 我们支部正好遇到')).toEqual(['错误']);
  });

  it('says nothing for another 处分, another matter, a case after the ban, or one denied', () => {
    expect(said('受留党察看处分的，要过（ ）年才能重新入党？')).toBeUndefined();
    expect(said('被开除党籍的人，要过（ ）年才能担任村干部？')).toBeUndefined();
    expect(said('判断：老钱2015年被开除党籍，2023年可以重新入党。')).toBeUndefined();
    expect(said('判断：老钱2020年被开除党籍，2023年不能重新入党。')).toBeUndefined();
  });
});
