import { describe, expect, it } from 'vitest';
import { isInDomain, isPartyWork } from '../../../bot/features/ask/scope';
import { factIndex } from '../../helpers/facts';

/** The scope check reads the handbook's own terms through the fact layer (issue 22, facts29); sentences written for this test. */
describe('a question in the handbook’s own terms, with none of the scope words', () => {
  it('is Party work, recorded as a gap rather than declined', () => {
    expect(isInDomain('打鱼的小伙能不能突击发展')).toBe(false);
    expect(isPartyWork('打鱼的小伙能不能突击发展', factIndex)).toBe(true);
    const q = '听人说今年上头有名额，打鱼的小伙可以突击发展几个，是不是真的';
    expect(isInDomain(q)).toBe(false);
    expect(isPartyWork(q, factIndex)).toBe(true);
  });

  it('leaves everyday questions outside', () => {
    for (const q of ['周末去哪里钓鱼好', '孩子发烧三十八度要不要去医院', '红烧肉怎么做才好吃', '小区停车位怎么收费'])
      expect(isPartyWork(q, factIndex), q).toBe(false);
  });
});

describe('a claim heard, asked whether it is true', () => {
  it('asks whether it holds: the figure in the claim is not asked', async () => {
    const { matchParts } = await import('../../../knowledge');
    const ids = matchParts(factIndex, '听说今年可以突击发展几个，是不是真的', { weak: true }).map((m) => m.fact.id);
    expect(ids).toEqual(['develop.discipline']);
  });
});

describe('an income with a rate asked', () => {
  it('is the 党费 rate unless another payment is named', () => {
    expect(isInDomain('退休金三千五要交多少比例')).toBe(true);
    expect(isInDomain('养老金一个月4800 每月交百分之几')).toBe(true);
    expect(isInDomain('社保按工资交百分之几')).toBe(false);
    expect(isInDomain('月薪一万公积金缴多少比例')).toBe(false);
  });
});
