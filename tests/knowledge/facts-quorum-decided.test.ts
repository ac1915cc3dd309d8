import { describe, expect, it } from 'vitest';
import { factIndex } from '../helpers/facts';

/**
 * facts41: a meeting told short of its quorum, asked whether what it decided stands. The quorum rule answers, and the
 * verdict (不算数) is said first. Sentences written for this test.
 */
const answer = (q: string) => factIndex.match(q, { weak: true });

describe('a decision of a meeting short of its quorum', () => {
  it('a 支委会 with a count told short of half: the quorum rule, 不算数 first', () => {
    const m = answer('5个支委只来了2个，作出的决议有效没有');
    expect(m?.fact.id).toBe('life.committee.quorum');
    expect(m?.answer).toMatch(/^不算数/);
  });

  it('a 支委会 told as a share short of half: 不算数 first', () => {
    const m = answer('支委会到的委员不到一半，作的决定算不算');
    expect(m?.fact.id).toBe('life.committee.quorum');
    expect(m?.answer).toMatch(/^不算数/);
  });

  it('a 党员大会 told as a share short of half: 不算数 first, then the rule', () => {
    const m = answer('支部党员大会来的人没过半，会上做的决定有效吗');
    expect(m?.fact.id).toBe('life.voting.rule');
    expect(m?.answer).toMatch(/^不算数/);
    expect(m?.answer).toContain('半数以上有表决权的党员到会');
  });

  it('guard: votes in favour short of half are not the attendance', () => {
    const m = answer('支部党员大会到了20个人，赞成的没过半，决议算不算通过');
    expect(m?.answer ?? '').not.toMatch(/^不算数：到会不到半数/);
  });
  it('the whole told before the verb that takes those present ("七个人只来了三个"): worked on both counts', () => {
    const m = answer('咱们支委一共七个人只来了三个，那天定的事作数不');
    expect(m?.fact.id).toBe('life.committee.quorum');
    expect(m?.answer).toMatch(/^不算数/);
    expect(m?.answer).toContain('按你说的7名委员算');
    expect(m?.answer).toContain('实到3人');
  });

  it('guard: a count that ends its clause with 到了 is still those present ("3个到了")', () => {
    const m = answer('支委会5个委员，今天3个到了，能开吗');
    expect(m?.answer).toContain('实到3人');
  });
});
