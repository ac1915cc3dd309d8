import { describe, expect, it } from 'vitest';
import { matchParts } from '../../knowledge';
import { asksLocalValue, LEFT_OPEN } from '../../knowledge/facts/guards';
import { factIndex, matchedIds } from '../helpers/facts';

/**
 * The fact layer knows when it does not know (issue 22, facts17): classes of wrong facts chosen, each shown with
 * wordings written for this test, not taken from any writer's set.
 */

const localOf = (question: string) => matchParts(factIndex, question).map((m) => !!m.local);

describe('a value the fact leaves to local rules, asked for the asker’s own place or year', () => {
  it('is marked as not known: the handbook says who sets it, not what it is there and then', () => {
    expect(localOf('明年咱们县持证上岗认证考试考几个小时')).toEqual([true]);
    expect(localOf('本县2027年度的认证考试合格分数线是多少')).toEqual([true]);
  });
  it('is answered by the fact when asked in general: the rule is that it is set locally', () => {
    expect(localOf('持证上岗考试考几个小时')).toEqual([false]);
    expect(localOf('认证考试合格分数线多少')).toEqual([false]);
  });
  it('reads a year followed by a month as a day of the story, not the year asked of', () => {
    const transfer = '党员工作单位变动的，应当及时转移组织关系（具体时限手册没有规定，以当地组织部门的规定为准）。';
    expect(LEFT_OPEN.test(transfer)).toBe(true);
    expect(asksLocalValue(transfer, '我2025年3月调到县里，组织关系多久内要转过去', true)).toBe(false);
    expect(asksLocalValue(transfer, '我们县组织关系多久内要转过去', true)).toBe(true);
    // Nothing asked for (no kind, no value): nothing to not know.
    expect(asksLocalValue(transfer, '我们县组织关系多久内要转过去', false)).toBe(false);
  });
  it('leaves facts that set their own value alone', () => {
    expect(asksLocalValue('认证考试每年举行一次。', '今年认证考试考几次', true)).toBe(false);
  });
});

describe('a body the context names holds for the asking words read alone', () => {
  it('does not let the asking words bring back a fact the whole question’s body guard refused', () => {
    // The whole question names a 第一书记, whom no fact speaks of; the asking words alone found the rule on
    // members working away from home.
    expect(matchedIds('我是县里派来的驻村第一书记，我的组织关系要转到村里吗')).toEqual([]);
    expect(matchedIds('我在团委工作，组织关系要不要转到单位')).toEqual([]);
  });
  it('still answers the asking words when the context names no other body', () => {
    expect(matchedIds('我在外地打工好几年了，组织关系要不要转过去')).not.toEqual([]);
  });
});

describe('a subject word read inside an order from light to heavy', () => {
  it('is not the term: 从轻到重 orders the 处分, it is not 从轻处分', () => {
    // Asked for the order itself, it is the five kinds in their order (the fact states them 由轻到重), never 从轻处分.
    expect(matchedIds('党纪处分从轻到重怎么排的')).toEqual(['discipline.kinds']);
    expect(matchedIds('党纪处分一共有几种啊，从轻到重咋个排')).toEqual(['discipline.kinds']);
  });
  it('still reads the term on its own', () => {
    expect(matchedIds('违纪了什么情况下可以从轻处分')).toEqual(['discipline.lenient.cases']);
  });
});

describe('an event named by one of its special cases', () => {
  it('keeps a fact excluded from elections away from a 换届 (an election) told before the ask', () => {
    expect(matchedIds('今年要换届了，党员大会到会人数得够多少才行')).toEqual(['branch.election.quorum']);
  });
  it('does not keep a fact excluded from 换届 away from elections in general', () => {
    expect(matchedIds('支部有8个正式党员，要选举支委会吗')).toEqual(['branch.committee.threshold']);
    expect(matchedIds('党员大会表决要多少人同意')).toEqual(['life.voting.rule']);
  });
});
