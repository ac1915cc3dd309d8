import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../knowledge/facts/clean';
import { readSpoken } from '../../knowledge/text/spoken';
import { matchedAnswer, matchedIds } from '../helpers/facts';

/**
 * The fact layer on the twelfth round (issue 22): classes of the misses of the writers moved into tuning at ~11:35
 * (jinshun, qiaozhen, zhuoma, yiming), each shown with wordings written for this test, not taken from a writer's set.
 */
describe('a follow-up asked by its subject alone', () => {
  it('reads 呢 typed apart from its words as asking, not as a clause of its own', () => {
    expect(matchedIds('支部 党员大会 多久 开 一次？党课 呢')).toEqual(['life.general.frequency', 'life.lecture.frequency']);
  });
  it('reads the follow-up when the asker says after it who wants to know', () => {
    expect(matchedIds('党员大会多久开一次？党小组会呢？组织委员让我问问')).toEqual(['life.general.frequency', 'life.group.frequency']);
  });
});

describe('a head count told with a space before it or by those left', () => {
  it('reads the attendance typed apart from its word', () => {
    const answer = matchedAnswer('换届 选举 应到 50 名，到会 39 名，有效 吗');
    expect(answer).toContain('五分之四是40人');
    expect(answer).toContain('实到39人，没有超过五分之四（不到41人）');
  });
  it('takes 剩下 N个 as the members who can come', () => {
    const answer = matchedAnswer('我们支部委员七个，三个出去打工了，剩下四个开支委会行不行');
    expect(answer).toContain('实到4人，够了');
  });
  it('does not take those left over who are away for the attendance', () => {
    expect(matchedAnswer('支委会七个委员，剩下四个都在外地，能开吗')).not.toContain('实到4人');
  });
});

describe('an age told in the question, worked against the age rule', () => {
  it('says a teenager under eighteen may not apply yet, half years too', () => {
    const answer = matchedAnswer('邻居家闺女16岁半，想交入党申请书，行吗');
    expect(answer).toContain('还不满十八岁');
  });
  it('does not read the age the rule asks for as the applicant’s', () => {
    expect(matchedAnswer('是不是要等满18岁才能写入党申请书')).not.toContain('按你说的');
  });
});

describe('the short forms and dialect words of the everyday speech', () => {
  it('reads 支书 as the 支部书记 every rule on the 书记 names', () => {
    expect(cleanQuestion('老支书说')).toBe('老支部书记说');
    expect(matchedIds('当支书要入党满几年')).toEqual(['branch.secretary.seniority']);
  });
  it('reads 晋语 甚 as 什么, and keeps the written 甚至 and 不甚', () => {
    expect(readSpoken('党费交甚时候')).toBe('党费交什么时候');
    expect(readSpoken('甚至不甚清楚')).toBe('甚至不甚清楚');
  });
  it('reads a modal with 不 at the end of a further question as asking yes or no', () => {
    expect(matchedIds('党费多久交一次，还有党徽印在饮料瓶上能行不')).toEqual(['dues.monthly', 'member.emblem.use']);
    expect(readSpoken('可以不交吗')).toBe('可以不交吗');
  });
});

describe('two punishments for two offences', () => {
  it('finds the rule on combining them when the asker says 合在一起', () => {
    expect(matchedIds('他有两件事，一件该警告，一件该严重警告，合在一起怎么给处分')).toEqual(['discipline.combined']);
  });
});

describe('two subjects asked together after context naming one of them', () => {
  it('answers each subject with its own fact', () => {
    expect(matchedIds('会议室要挂党旗，党旗党徽是什么样子，孩子们要画')).toEqual(['member.flag', 'member.emblem']);
  });
});

describe('the rule books and counts as they are typed and asked', () => {
  it('reads 条列 in a rule book’s name as 条例, and 一共好多条 as asking how many', () => {
    expect(cleanQuestion('处分条列一共好多条哦')).toBe('处分条例一共多少条哦');
    expect(readSpoken('好多人不交')).toBe('好多人不交');
  });
  it('reads the five punishments asked in their order', () => {
    expect(matchedIds('纪律处分从重到轻咋排')).toEqual(['discipline.kinds']);
  });
  it('reads 一季交一次 as asking how often dues are paid', () => {
    expect(matchedIds('党费一季交一次行吗')).toEqual(['dues.monthly']);
  });
});
