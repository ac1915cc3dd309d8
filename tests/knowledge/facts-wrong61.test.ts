import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../../knowledge';
import { matchedAnswer, matchedIds } from '../helpers/facts';

/**
 * Wrong facts for a subject the question says (issue 22, facts61): the fact stated must be the one for what is asked.
 * Sentences written for this test, not taken from the writers' sets.
 */
const ids = (q: string) => matchedIds(normalizeInput(q));

describe('a crime said not committed: the rule short of a crime, not the crime rules', () => {
  it('reads 没犯罪 / 没有犯罪 beside a detention as the 治安 rule', () => {
    expect(ids('小刘跟邻居吵架动了手，被拘留五天，没犯罪，党里面要处理他吗')).toEqual(['discipline.minor-offence']);
    expect(ids('有个党员被派出所拘留，没有犯罪，支部要给处分吗')).toEqual(['discipline.minor-offence']);
  });
  it('guard: whether it is a crime, asked, is not read as not committed', () => {
    expect(ids('党员被判了三年有期徒刑，是不是犯罪都得开除')).toContain('discipline.crime');
  });
});

describe('a span told after a verb done is the story, not a how-long asked', () => {
  it('reads 拘留了几天 beside a whether as told', () => {
    expect(ids('那个党员被拘留了几日 需不需要处分他')).toEqual(['discipline.minor-offence']);
  });
});

describe('where to hand something in: a fact naming no place or body does not answer it', () => {
  it('answers where an application goes, not the age rule, when the age is told', () => {
    expect(ids('我外甥二十岁了，在家待业，入党申请书该递到哪里')).toEqual(['develop.application.where']);
  });
});

describe('从头 is started over, not from which day', () => {
  it('reads an activist moved mid-training as the transfer rule, with the year still needed', () => {
    const q = '一个入党积极分子从分公司调来我们这，那边已经培养了几个月，这边是从头开始还是接着来';
    expect(ids(q)).toEqual(['develop.activist.transfer']);
    expect(matchedAnswer(normalizeInput(q))).toContain('一年以上');
  });
});

describe('the subject a question says picks its fact', () => {
  it('reads 当几年党员 before a secretary as the 党龄 asked, not the term of office', () => {
    expect(ids('想当支部书记，得先当几年党员')).toEqual(['branch.secretary.seniority']);
  });
  it('guard: how long a secretary serves is still the term', () => {
    expect(ids('支部书记一届当几年')).not.toContain('branch.secretary.seniority');
  });
  it('reads how many must attend the meeting that admits a member as the admission vote', () => {
    expect(ids('支部大会讨论吸收预备党员，出席的人要达到多少')).toEqual(['develop.admission.vote']);
  });
  it('reads a revoked certificate with 待遇 typed by sound as what is lost', () => {
    expect(ids('持证上岗的证被撤了，代遇还能领吗')).toEqual(['cert.revocation.after']);
  });
});

describe('who decides beside why the 党小组 cannot: the whole path of a 处分', () => {
  it('names the 基层党委 that approves, in the 党小组 fact', () => {
    expect(matchedAnswer('党小组为什么不能直接给党员处分')).toContain('基层党委批准');
  });
});

describe('a second ask read of its own subject or of the topic said before', () => {
  it('reads a clause that spells a subject of its own (留党察看) of it, not of the 预备党员 carried in', () => {
    expect(ids('预备党员选举时可以投票吗？被给了留党察看的能投吗')).toEqual(['member.rights.probationary', 'discipline.watch.rights']);
  });
  it('carries 党费 into a second A-not-A ask, not the 不交党费 of the first one’s 交不交', () => {
    expect(ids('预备党员到底交不交党费，那积极分子交不交呢')).toEqual(['dues.probationary', 'dues.activist']);
  });
  it('reads 交不交党费 as whether one pays, not as 不交党费 (the six months of 自行脱党)', () => {
    expect(ids('正式党员交不交党费，积极分子交不交')).toEqual(['dues.duty', 'dues.activist']);
  });
  it('answers when the certificate comes with the 资格审查 it waits for, beside how often the exam is held', () => {
    expect(ids('认证考试考合格了，什么时候能领证，一年考几次')).toEqual(['cert.review.direct', 'cert.exam']);
  });
});

describe('whether one must still pay, asked of a retired member: the duty, with its verdict', () => {
  it('answers the duty, not the rates, and the rates where they are asked', () => {
    expect(ids('我妈退休好几年了，党费还得交不')).toEqual(['dues.duty']);
    expect(ids('退休了党费交不交，按啥算')).toEqual(['dues.duty', 'dues.retired']);
  });
});

describe('the 党费 uses say what the handbook says they exclude', () => {
  it('says 不得用于发放 for wages, bonuses and benefits', () => {
    expect(matchedAnswer('党费可以拿来给委员发年终奖金吗')).toContain('不得用于发放工资、奖金');
  });
});

describe('the day a 预备党员’s 党费 start, worked from the day told', () => {
  it('says the day of the 支部大会’s vote, not the approval after it', () => {
    const said = matchedAnswer('老钱2024年11月20日支部大会通过成为预备党员，党委今年1月才批，党费从哪天交');
    expect(said).toContain('党费从2024年11月20日起交纳');
  });
  it('keeps a year told relative to now in the asker’s words (the reply adds the calendar year)', () => {
    expect(matchedAnswer('她是去年6月3号支部大会通过的预备党员，党费该从什么时候开始收')).toContain('党费从去年6月3日起交纳');
  });
});
