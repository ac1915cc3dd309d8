import { describe, expect, it } from 'vitest';
import { cleanQuestion, matchParts } from '../../knowledge';
import { factIndex, matchedAnswer, matchedIds } from '../helpers/facts';

/**
 * The fact layer on the round that moved lamu and jingwen into tuning (issue 22, branch facts43). Each class is
 * shown with wordings written for this test, not taken from any writer's set.
 */
const ids = matchedIds;

describe('whether a thing is one of a set is answered by the fact that says it is not, verdict first', () => {
  it('answers 主题党日 asked as one of 三会一课 with 不是/不算, not with whether it may replace them', () => {
    expect(ids('主题党日是不是三会一课当中的一项')).toEqual(['life.theme-day.not-sanhui']);
    expect(matchedAnswer('主题党日属不属于三会一课')).toMatch(/^不/);
    expect(ids('每月的主题党日归在三会一课里头吗')).toEqual(['life.theme-day.not-sanhui']);
  });
  it('keeps the replacing question on its own fact', () => {
    expect(ids('开过主题党日就可以顶替当月的三会一课吗')).toEqual(['life.theme-day.replace']);
    expect(ids('主题党日搞了，三会一课就不用开了吧')).toEqual(['life.theme-day.replace']);
  });
  it('does not take a run-on question that asks to replace for the membership fact', () => {
    expect(ids('主题党日定在几号然后能代替三会一课吗')).not.toContain('life.theme-day.not-sanhui');
  });
});

describe('a shortcut claimed in the question (考过就直接发证) is answered 不是 and names the review', () => {
  it('answers whether passing the exam is enough for the certificate with the 资格审查', () => {
    expect(ids('认证考试及格了是不是马上就发证')).toEqual(['cert.review.direct']);
    const answer = matchedAnswer('持证上岗考过了直接就能拿证吧');
    expect(answer).toMatch(/^不是/);
    expect(answer).toContain('资格审查');
  });
  it('keeps who reviews on the review fact, its answer naming the 资格审查', () => {
    expect(ids('资格审查由哪些部门负责')).toEqual(['cert.review']);
    expect(matchedAnswer('资格审查由哪些部门负责')).toContain('资格审查');
  });
  it('keeps a failed review on its own fact beside another question', () => {
    expect(ids('联合党支部覆盖的单位最多几个？真要那样的话分数很高但审查不通过咋办')).toContain('cert.review.fail');
  });
});

describe('a key term typed as its homophone (审察 for 审查) is read as the term', () => {
  it('reads 资格审察 as 资格审查', () => {
    expect(cleanQuestion('资格审察找谁')).toContain('资格审查');
    expect(ids('持证上岗的资格审察归哪些部门管')).toEqual(['cert.review']);
  });
});

describe('a few told (来不了几个人) is a story, not a count asked', () => {
  it('reads 来不了几个人 as told and answers how absent members take part', () => {
    expect(cleanQuestion('下周会来不了几个人')).not.toContain('几个');
    expect(ids('农忙时节主题党日到不了几个人，没到场的党员咋参加')).toEqual(['life.theme-day.remote']);
  });
});

describe('the committee a branch lacks, and the committee’s own size, are not the threshold', () => {
  it('answers a branch that has no committee with who decides its matters', () => {
    expect(ids('支部正式党员只有4名，没有支委会，大事谁拍板')).toEqual(['life.committee-meeting.none']);
    expect(matchedAnswer('支部正式党员只有4名，没有支委会，大事谁拍板')).toContain('党员大会');
  });
  it('answers how many the committee has, when the members are told, with its size', () => {
    expect(ids('支部有14个正式党员，支委会要几个人')).toEqual(['branch.committee.size']);
  });
  it('still works the threshold on a told count asked whether to set one', () => {
    expect(ids('支部正式党员就4个，要设支委会吗')).toEqual(['branch.committee.threshold']);
  });
});

describe('everyday words for a fact’s key term', () => {
  it('reads a day out sightseeing as the 主题党日 content rule', () => {
    expect(ids('主题党日带大伙去景区玩一天行吗')).toEqual(['life.theme-day.content']);
  });
  it('reads a member who does nothing and never comes as the unqualified-member rule', () => {
    expect(ids('有个党员啥都不管，喊也不来，怎么处理')).toEqual(['member.unqualified']);
  });
  it('reads income that goes up and down in a small trade as the self-employed base', () => {
    expect(ids('开民宿的党员收入忽多忽少，党费按啥算')).toEqual(['dues.base.self-employed']);
    // A farmer's income that varies stays on the farmers' fixed amount.
    expect(ids('搞养殖的党员收入有多有少，党费基数怎么定')).toEqual(['dues.fixed']);
  });
  it('reads 入党是自己写申请 as the written application rule, not a 转正 application', () => {
    expect(ids('入党是自己写申请还是组织直接推荐')).toEqual(['develop.application.form']);
    expect(ids('预备期到了要自己写申请吗')).not.toContain('develop.application.form');
  });
});

describe('two parts answered by one fact are as near as the nearer part', () => {
  it('keeps the better similarity of the two parts', () => {
    const found = matchParts(factIndex, '党费收上去以后哪个部门在管，存在哪');
    expect(found.map((m) => m.fact.id)).toEqual(['dues.manage']);
    expect(found[0]!.similarity).toBeGreaterThanOrEqual(0.3);
  });
});
