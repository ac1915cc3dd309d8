import { describe, expect, it } from 'vitest';
import { computeDues, parseDuesRequest } from '../../../bot/features/ask/dues';
import { isOutOfScope } from '../../../bot/features/ask/scope';
import { askedValueKinds } from '../../../knowledge/facts/guards';
import { matchedIds } from '../../helpers/facts';

/** Seventh round (issue 22): classes of stranger's wording, with sentences written for this test. */

describe('the weather asked, with a meeting only told or riding on it', () => {
  it('declines a weather question typed with spaces and a meeting told after it', () => {
    expect(isOutOfScope('后天县里刮不刮风 我们要去乡里开会')).toBe(true);
  });
  it('declines whether an outdoor 主题党日 goes ahead in the weather asked', () => {
    expect(isOutOfScope('周六会不会有暴雨？社区的户外主题党日要不要改期？')).toBe(true);
  });
  it('keeps a 党费 question whose last piece asks 多少钱', () => {
    expect(isOutOfScope('老刘工资到手4100 支部同意按季度交 一次交多少钱')).toBe(false);
  });
  it('keeps a Party question that only mentions rain', () => {
    expect(isOutOfScope('下雨天主题党日能不能改到室内开')).toBe(false);
  });
});

describe('points asked', () => {
  it('reads 占多少分, 分数线 and 评分 as points, not a count or an amount', () => {
    expect(askedValueKinds('民主评议里这一项占多少分')).toEqual(['score']);
    expect(askedValueKinds('考试的合格分数线是多少')).toEqual(['score']);
  });
  it('answers no points question with a definition', () => {
    expect(matchedIds('党建考核评分细则里三会一课占多少分')).toEqual([]);
  });
});

describe('a member under 留党察看', () => {
  it('is answered by the rule on their rights, not by how members vote', () => {
    expect(matchedIds('受了留党察看的老王 这次支部大会能举手投票不')).toEqual(['discipline.watch.rights']);
  });
});

describe('党费 on a pension with someone else’s way of computing it', () => {
  it('reads the pension, not the parts and rates someone applied', () => {
    const request = parseDuesRequest('我们支部老周养老金每月5800元，听人说超过5000的那800元按1%、前头5000按0.5%，到底该交多少？');
    expect(request?.income).toBe(5800);
    expect(computeDues(request!).monthly).toBe(58);
  });
  it('still leaves a band asked about alone', () => {
    expect(parseDuesRequest('退休金5000以上的党费交多少')).toBeUndefined();
  });
});
