import { describe, expect, it } from 'vitest';
import { withVerdict } from '../../knowledge/facts/verdict';
import { everydayAsk } from '../helpers/everyday-ask';
import { factIndex, matchedAnswer, matchedIds } from '../helpers/facts';

/**
 * Everyday answers through the fact layer (issue 22, facts40): a modal inside a question of how many or who is no
 * yes-or-no; "能不能直接…" of a thing the fact says is decided by someone; a meeting told short of half; what comes
 * next after a stage the asker names; the object of the asking verb that no fact names. Every sentence here was
 * written for this test.
 */

describe('a modal inside a question of how many or who', () => {
  const ask = everydayAsk();
  it('gets no bare yes before the fact, and the part no fact answers is said to be open', async () => {
    const { answer } = await ask('发展对象政审要审到几代 由谁来审');
    expect(answer).toContain('政治审查');
    expect(answer.startsWith('要。')).toBe(false);
    expect(answer).toContain('由谁审');
  });
  // Guard: held before this change too.
  it('still gets the yes where it is asked whether', () => {
    expect(matchedAnswer('定了发展对象以后还要搞政审吗').startsWith('要。')).toBe(true);
  });
});

describe('asked whether a thing may be done directly', () => {
  it('is told it may not, where the fact says who decides it', () => {
    const fact = '党员连续六个月不交党费的，由支部大会决定除名，报上级党组织批准。';
    expect(withVerdict('那可以直接把这个人除名吗', fact)).toMatch(/^不可以直接除名。/);
  });
  // Guard: held before this change too.
  it('says nothing of the kind where the fact names no one who decides', () => {
    expect(withVerdict('能不能直接除名', '党员连续六个月不交党费的，认定为自行脱党。')).toBeUndefined();
  });
  it('is answered so for a member long away who pays nothing', () => {
    const answer = matchedAnswer('有个党员出去打工三年了 一直联系不上 党费也没交过 支部能不能直接给他除名');
    expect(answer.startsWith('不能直接除名。')).toBe(true);
    expect(answer).toContain('报上级党组织批准');
  });
});

describe('a meeting told short of half of those entitled', () => {
  it('is answered by the quorum of the members’ meeting', () => {
    expect(matchedIds('支部大会那天来的人半数都不到 会上通过的事作数吗')[0]).toBe('life.voting.rule');
  });
  it('is answered by the quorum of the committee when the committee is told', () => {
    expect(matchedIds('支委会委员没到一半 当时定下的事算数不')[0]).toBe('life.committee.quorum');
  });
});

describe('what comes next after a stage the asker names', () => {
  it('after a year as 积极分子 is being put forward as 发展对象', () => {
    const answer = matchedAnswer('积极分子考察满一年了 接着该咋办');
    expect(answer).toContain('由支部委员会讨论同意列为发展对象');
  });
  it('after the 申请书 is handed in is the talk', () => {
    expect(matchedAnswer('入党申请书上个月递上去了 然后呢')).toContain('谈话');
  });
});

describe('the object of the asking verb that no fact names', () => {
  it('is read as a thing the handbook never speaks of', () => {
    expect(factIndex.objectsAsked('发展对象多长时间交一次学习心得')).toEqual(['学习心得']);
  });
  it('is no such thing where the handbook names it', () => {
    expect(factIndex.objectsAsked('党员多长时间交一次党费')).toEqual([]);
  });
});
