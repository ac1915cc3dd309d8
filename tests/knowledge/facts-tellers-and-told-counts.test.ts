import { describe, expect, it } from 'vitest';
import { askedText, cleanQuestion } from '../../knowledge';
import { certYears } from '../../knowledge/facts/age-and-certificates';
import { certYearsBack } from '../../knowledge/facts/cert-years-back';
import { ruleMet } from '../../knowledge/facts/conditions';
import { bodiesNotTelling } from '../../knowledge/facts/teller-bodies';
import { matchedAnswer, matchedIds } from '../helpers/facts';

/**
 * The fact layer on the round that moved maoxia and dechang into tuning (issue 22, branch facts51). Each class is shown
 * with wordings written for this test, not taken from any writer's set.
 */
const ids = matchedIds;

describe('a body named only as who tells or proposes the case is its source, not whose rule is asked', () => {
  it('answers a 处分 the 纪委 said is due, for a member without a post, with the rule on posts', () => {
    expect(ids('乡纪委说王叔该给撤销党内职务处分 可王叔是个普通党员 最后给啥处分')).toEqual(['discipline.posts']);
    const q = '县纪委讲老刘应当撤销党内职务 可老刘从来没当过啥干部 这个处分怎么办';
    expect(ids(q)).toEqual(['discipline.posts']);
    expect(matchedAnswer(q)).toContain('严重警告');
  });
  it('answers a 主题党日 the 工会 proposes as a dinner with the content rule', () => {
    expect(ids('工会那边打算把这个月主题党日弄成吃顿饭 可以不')).toEqual(['life.theme-day.content']);
  });
  it('keeps a body that is itself asked of as a body of its own', () => {
    expect(bodiesNotTelling('工会多久开一次会', ['工会'])).toEqual(['工会']);
    expect(bodiesNotTelling('纪委说要给处分，纪委书记谁来当', ['纪委'])).toEqual(['纪委']);
    expect(ids('工会委员会一届干几年')).toEqual([]);
  });
  it('keeps a body that is spoken to, or that gives a lecture, as a body of its own', () => {
    expect(bodiesNotTelling('老书记给青年团员讲党课算不算', ['团员'])).toEqual(['团员']);
    expect(bodiesNotTelling('团员讲团课一年几次', ['团员'])).toEqual(['团员']);
    expect(bodiesNotTelling('跟工会说一声就能搞活动吗', ['工会'])).toEqual(['工会']);
  });
});

describe('a decision told as made by a 党小组 is not one: only the 支部党员大会 decides', () => {
  it('answers a 党小组 that agreed to admit someone, asked whether that stands, with the 党小组 rule', () => {
    const q = '三组昨天开了党小组会 组里都举手同意吸收小孙当预备党员 这就算成了吧';
    expect(ids(q)).toEqual(['life.group.power']);
    expect(matchedAnswer(q)).toContain('支部党员大会');
  });
  it('reads members who report it as tellers, not as the subject asked of', () => {
    expect(ids('党小组会开完了 两个老党员讲组里通过了给小马警告处分 这样算数不')).toEqual(['life.group.power']);
  });
  it('leaves a 党小组 step followed by the 支部大会 to the other rules', () => {
    const q = cleanQuestion('党小组同意以后支部大会也表决通过了 接下来报谁批');
    expect(ruleMet(q, askedText(q))?.fact).not.toBe('life.group.power');
  });
});

describe('a certificate told as obtained in a year said back from this one', () => {
  it('works the next level out in the asker’s own words for the year', () => {
    const worked = certYearsBack('初级证书是去年九月份考下来的 中级啥时候能报');
    expect(worked).toContain('今年9月满一年');
    expect(worked).toContain('申请中级');
    expect(certYearsBack('我前年拿的中级')).toContain('现在就可以申请高级');
  });
  it('answers the asker’s question with the worked month', () => {
    const answer = matchedAnswer('持证上岗初级证去年4月拿到手的 什么时候可以往中级考');
    expect(answer).toContain('今年4月');
    expect(answer).toContain('满一年');
  });
  it('reads the level obtained, not the one applied for later in the question', () => {
    expect(certYears('初级证书2024年3月发的 啥时候能申请中级')).toMatch(/^按你说的2024年3月取得初级证书算/);
    expect(certYears('2023年9月拿了证 想申请中级')).toBeUndefined();
  });
});

describe('a wish to join (想入党) is joining, for the rules on who may apply', () => {
  it('answers the age to apply when the story says some want to join', () => {
    expect(ids('村里两个闺女想入党 得满几岁才能写申请')).toEqual(['member.age']);
    expect(ids('几个年轻人要入党 多大年纪可以交申请')).toEqual(['member.age']);
  });
});

describe('an open alternative closing a question asks whether the named side holds', () => {
  it('reads 还是怎么弄 after a frequency as asking whether it is that often', () => {
    expect(cleanQuestion('党小组会是每个月开还是咋弄的')).toContain('吗');
    expect(ids('党小组会是每个月开还是咋弄的')).toEqual(['life.group.frequency']);
    expect(ids('支委会是一个月开一回还是怎么着')).toEqual(['life.committee.frequency']);
  });
  it('keeps an alternative that asks for the rule’s content', () => {
    expect(cleanQuestion('党费是按工资算还是怎么算')).not.toContain('吗');
  });
});

describe('正式党员 told over the size of one branch, and 整 as setting one up', () => {
  it('works 正式党员 over fifty against the size rule', () => {
    const q = '厂里支部正式党员都57个了 一个支部还装得下不 要不要分';
    expect(ids(q)).toEqual(['branch.setup.max']);
    expect(matchedAnswer(q)).toContain('按你说的57名党员，已超过');
  });
  it('reads 单整一个支部 as setting up a branch of its own, 整个支部 as the whole branch', () => {
    expect(cleanQuestion('我们项目部能不能单整一个支部')).toContain('单独成立一个支部');
    expect(cleanQuestion('整个支部都去参观')).not.toContain('成立');
    const q = '新厂区正式党员4个 预备党员1个 够单整一个党支部不';
    expect(ids(q)).toEqual(['branch.setup.min']);
    expect(matchedAnswer(q)).toContain('不计入');
  });
});
