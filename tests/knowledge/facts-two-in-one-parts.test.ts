import { describe, expect, it } from 'vitest';
import { askingParts, cleanQuestion, matchParts, normalizeInput } from '../../knowledge';
import { factIndex } from '../helpers/facts';

/**
 * Two things asked in one message, answered part by part (issue 22, facts24): the classes of the tuning writers'
 * two-in-one misses, each stated on sentences written for these tests (none is a writer's). A part is answered by a
 * fact of its own or said to be open; the fact of the other part never stands in for it because it gives the same
 * kind of answer.
 */
const answer = (q: string) => {
  const open: string[] = [];
  const ids = matchParts(factIndex, normalizeInput(q), { weak: true }, open).map((m) => m.fact.id);
  return { ids, open };
};
const idOf = (q: string) => answer(q).ids[0];

describe('a second ask asked in dialect', () => {
  it('reads 无 ending a clause as 吗, 能无能 as 能不能 and 多常时间 as 多长时间', () => {
    expect(cleanQuestion('可以叫组织委员主持开无')).toContain('开吗');
    expect(cleanQuestion('党费能无能拿来买学习资料')).toContain('能不能');
    expect(cleanQuestion('一般多常时间开一回')).toContain('多长时间');
    // Mandarin words ending in 无 stay as they are.
    expect(cleanQuestion('党费收入全无')).toContain('全无');
  });

  it('answers the part asked so, not only the part asked in Mandarin', () => {
    const chair = idOf('支部党员大会由谁主持');
    const often = idOf('支部党员大会多久开一次');
    expect(answer('支部党员大会多久开一次，书记去外地学习了，可以叫组织委员主持开无').ids).toEqual([often, chair]);
    expect(answer('党员大会一般多常时间开一回 我要是出差了谁来主持').ids).toEqual([often, chair]);
  });
});

describe('a part asked as a noun phrase beside a question asked outright', () => {
  it('is a question of its own, not the story of the other', () => {
    const content = idOf('党小组会的主要内容');
    const power = idOf('党小组能决定接收党员吗');
    expect(answer('党小组会的主要内容，可以讨论处分党员吗').ids).toEqual([content, power]);
    expect(answer('发展对象培训时长要求，政审要查哪些人').ids).toEqual([idOf('发展对象集中培训多长时间'), idOf('政审审查哪些内容')]);
  });

  it('reads the other option of a question (…吗，还是…) as part of it, not as a second question', () => {
    expect(askingParts(cleanQuestion('这个是中央统一规定的吗，还是各省自己定的'))).toHaveLength(1);
  });

  it('is not a clause the asker tells', () => {
    expect(askingParts(cleanQuestion('小周预备期满了，支部觉得他还达不到转正条件，怎么办'))).toHaveLength(1);
  });
});

describe('a second part that points back with 的话 or 了以后 after a case whose rule is worked', () => {
  it('is answered by its own fact, not by the rule the case selects', () => {
    const size = idOf('支部委员会由几人组成');
    const both = answer('厂里支部正式党员7个 要不要成立支委会 成立的话几个人合适');
    expect(both.ids).toContain(idOf('多少正式党员要设支部委员会'));
    expect(both.ids).toContain(size);
  });
});

describe('a later part for which the earlier part’s fact is found again', () => {
  it('is read apart from the earlier part, and answered by its own fact', () => {
    const manage = idOf('流动党员由谁管理');
    expect(answer('党员出去打工多久算流动党员，算了以后归老家支部管还是归打工地管').ids).toEqual([idOf('什么样的党员算流动党员'), manage]);
  });

  it('is said to be open when read apart it finds nothing: the whole question’s fact does not stand in for it', () => {
    const margin = answer('支委候选人差额多少，投票那天会场得来多少人才作数');
    expect(margin.ids).toEqual([idOf('选支委候选人要多出多少')]);
    // The open part is given in the words the fact layer reads it in: 作数 is read as 有效 (facts35).
    expect(margin.open).toEqual(['投票那天会场得来多少人才有效']);
  });

  it('is said to be open when the asker marked it a further question (还有, after a ？) that the fact does not say', () => {
    const repair = answer('党费能不能用来慰问困难党员？还有支部会议室的空调坏了能修么');
    expect(repair.ids).toEqual([idOf('党费可以用在哪些地方')]);
    expect(repair.open).toEqual(['支部会议室的空调坏了能修么']);
  });

  it('is answered by the same fact when it is worded as one of that fact’s own questions', () => {
    expect(answer('组织生活会每年要开吗，放在什么时候').ids).toEqual([idOf('组织生活会一年开几次')]);
  });
});

describe('two questions spoken as one run, the question words side by side', () => {
  it('cuts after the first question word and its measure, each side answered by its own fact', () => {
    expect(answer('党课一年上几次什么情况必须谈心谈话').ids).toEqual([idOf('党课多久上一次'), idOf('什么情况必须谈心谈话')]);
  });

  it('keeps one question with two question words whole', () => {
    expect(answer('支委会多长时间开一次').ids).toHaveLength(1);
    expect(answer('预备党员能不能参加表决').ids).toHaveLength(1);
  });

  it('never cuts at 有几个, which tells of several', () => {
    expect(askingParts(cleanQuestion('有几个党员出去打工了，党费能不能微信交'))[0]).not.toBe('有几个');
  });
});
