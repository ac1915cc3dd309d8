import { describe, expect, it } from 'vitest';
import { matchParts, normalizeInput } from '../../knowledge';
import { factIndex } from '../helpers/facts';

/**
 * How the 党费 base is set (facts63): "基数怎么核定 / 如何确定" asks the way the base is fixed, which the base fact says
 * (the fixed part of the monthly pay, after tax, set by the branch, set again when pay changes). In a message that
 * then asks of a kind of member with a base of its own (年薪制, 个体户), each ask is answered by its own fact: the
 * first is not left to the other kind's rule. The sentences are written for these tests.
 */
const answer = (q: string) => {
  const open: string[] = [];
  const ids = matchParts(factIndex, normalizeInput(q), { weak: true }, open).map((m) => m.fact.id);
  return { ids, open };
};

describe('how the 党费 base is set, beside a kind of member with a base of its own', () => {
  it('answers the base and the 年薪 rule each on its own ask', () => {
    expect(answer('想问下党费基数是怎么核定的？拿年薪的那些党员又怎么算？').ids).toEqual(['dues.base', 'dues.base.annual']);
  });

  it('answers the base and the rule for members with no monthly pay each on its own ask', () => {
    expect(answer('党费的计算基数如何核定呢，开店做个体的党员又咋算').ids).toEqual(['dues.base', 'dues.base.self-employed']);
  });

  // Guards: the 年薪 or 个体 question asked alone still finds its own rule, and the steps of working out a sum stay theirs.
  it('leaves the single asks and the steps of the sum as they were', () => {
    expect(answer('年薪制的党员党费如何计算').ids).toEqual(['dues.base.annual']);
    expect(answer('党费基数怎么核定').ids).toEqual(['dues.base']);
    expect(answer('算党费要分哪几步').ids).toEqual(['dues.calculation.steps']);
  });
});
