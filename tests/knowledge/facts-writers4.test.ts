import { describe, expect, it } from 'vitest';
import { askedValueKinds, cleanQuestion } from '../../knowledge';
import { factIndex, matchedAnswer, matchedIds } from '../helpers/facts';

/**
 * The fact layer after the fourth round (issue 22): facts for the thin sections, pinyin homophones of the words
 * members ask about most, and worked figures from a year or a head count the asker gives. Each case is a class
 * of question: the fact that answers the asked aspect, never a neighbour on the same subject.
 */
const index = factIndex;
const ids = matchedIds;
const answer = matchedAnswer;

describe('pinyin homophones of the domain words', () => {
  it('reads 书计, 学实 and 被该组 as 书记, 学时 and 被改组', () => {
    expect(cleanQuestion('当支部书计要几年党龄')).toContain('支部书记');
    expect(cleanQuestion('一年要学多少学实')).toContain('学时');
    expect(cleanQuestion('党组织被该组了')).toContain('被改组');
    expect(ids('当支部书计一般得有几年党龄')).toEqual(['branch.secretary.seniority']);
    expect(ids('一个党组织被该组了，原来的班子是自动免职吗')).toEqual(['discipline.organization.reorg']);
  });
  it('reads 哪个 before a verb of deciding as who, and keeps 哪个 before a noun', () => {
    expect(cleanQuestion('给他么子处分是哪个定的')).toBe('给他什么处分是谁定的');
    expect(cleanQuestion('哪个支部管流动党员')).toContain('哪个支部');
    expect(ids('村里党员违了纪，给他么子处分是哪个定的？支部能自己定么？')).toEqual(['discipline.authority']);
  });
});

describe('worked figures', () => {
  it('reads a two-digit year of a certificate as 20xx, never a span of years', () => {
    expect(answer('我24年拿的初级证，最早哪年能申请高级')).toContain('最早2026年可申请高级');
    expect(answer('拿初级证10年前的事了，能申请高级吗')).not.toContain('2010');
  });
  it('works out the quorum of an election from the members entitled to vote', () => {
    expect(answer('有选举权的应到会党员是25人，至少要到多少人选举才有效')).toContain('到会至少要21人');
    // 预备党员 have no vote: 30 members of whom 5 are 预备 are 25 entitled.
    expect(answer('支部30名党员其中预备党员5名，换届选举到会多少人才有效')).toContain('应到会25名');
  });
});

describe('the asked aspect of a subject, not a neighbouring fact', () => {
  it('how many contacts an activist gets is not how long the activist is trained', () => {
    expect(index.match('支部要给每个入党积极分子指定几名培养联系人？必须是正式党员吗')?.fact.id).toBe('develop.activist.contacts');
  });
  it('whether a 党小组 may decide an admission is not what a 预备党员 may do', () => {
    expect(ids('党小组开会讨论通过了，能不能就直接决定接收某个同学为预备党员？')).toEqual(['life.group.power']);
  });
  it('who manages a mobile member is not what the home organisation does', () => {
    expect(ids('流动党员是流出地管还是流入地管？')).not.toContain('member.mobile.outflow');
    expect(ids('流出地党组织要做哪些工作')).toEqual(['member.mobile.outflow']);
  });
  it('what the 25 steps are is not how many stages there are', () => {
    expect(ids('发展党员有几个阶段')).toEqual(['develop.stages']);
    expect(ids('填写入党志愿书是第几步')).toEqual(['develop.steps.list']);
  });
  it('a passed exam with a failed review is answered, not the review itself', () => {
    expect(ids('考试合格了但资格审查没通过，还能拿证吗')).toEqual(['cert.review.fail']);
    expect(ids('持证上岗资格审查都查些什么')).toEqual(['cert.review']);
  });
  it('abstaining is not voting against: who abstains may not name another', () => {
    expect(answer('选举的时候投弃权票的能不能另外写个人选？')).toMatch(/^不能/);
    expect(answer('投不赞成票的可以另选别人吗')).toMatch(/^可以/);
  });
  it('the votes to confirm a 预备党员 are worked from the members, not the rule on founding a branch', () => {
    expect(ids('支部22个正式党员，讨论预备党员转正至少得几票赞成才通过')).toEqual(['member.probation.vote']);
    expect(answer('支部22个正式党员，讨论预备党员转正至少得几票赞成才通过')).toContain('12人以上赞成');
  });
  it('what the duties are lists them; how many says eight', () => {
    expect(answer('党员的义务具体有哪些')).toContain('危急时刻挺身而出');
    expect(ids('党员有几项义务')).toEqual(['member.duties.count']);
  });
});

describe('a value asked, then a remembered value checked', () => {
  it('"……是多少天？我记得是三个月，对吗" still asks how long', () => {
    expect(askedValueKinds('介绍信的有效期是多少天？我记得是三个月，对吗')).toEqual(['duration']);
    expect(askedValueKinds('支部任期几年？是不是三年')).toEqual(['duration']);
    // A plain yes-or-no question asks no value.
    expect(askedValueKinds('预备期是一年，对吗')).toEqual([]);
  });
  it('the validity of a 介绍信 is not answered by the rule on transferring 组织关系', () => {
    expect(ids('党员组织关系介绍信的有效期是多少天？我记得是三个月，对吗')).toEqual([]);
    expect(ids('组织关系转接要开介绍信吗')).toEqual(['member.transfer.letter']);
  });
});

describe('context that finds a fact on another aspect', () => {
  it('"组织关系还在老家，算流动党员吗？归谁管" answers both, the context not deciding the first', () => {
    expect(ids('我们园区好多外地来的党员，组织关系还在老家，算流动党员吗？归谁管')).toEqual(['member.mobile.who', 'member.mobile.manage']);
  });
  it('whether someone is eligible to be 书记 is the 党龄 rule; how long a 书记 serves is the term', () => {
    expect(ids('村里想推个年轻人当支部书记，他入党才8个月，够不够格')).toEqual(['branch.secretary.seniority']);
    expect(ids('支部书记能干几年')).toEqual(['branch.term']);
  });
});
