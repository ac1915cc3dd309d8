import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../../knowledge';
import { askingMember } from '../../helpers/asking-member';

/**
 * Thirteenth round (issue 22, facts48): classes of the tuning writers' remaining wrong answers, through the whole bot,
 * with sentences written for this test, not taken from any writer's set.
 */
const { answer } = askingMember('member-rotation13-facts48');
const REFUSED = /^这个问题我在手册和已导入的资料里没有找到可靠的答案/;

describe('pay besides the pension or the wage (返聘, 兼职) asked as part of the 党费 base: the handbook does not say', () => {
  it('refuses whether rehire pay is added to the base, rather than give the pension rule as if it answered', async () => {
    expect(await answer('我退休后又被单位返聘了，返聘工资要算进党费基数里吗')).toMatch(REFUSED);
    expect(await answer('老王白天上班晚上兼职，兼职收入算不算党费基数')).toMatch(REFUSED);
  });
  it('still answers whether a rehired retiree pays at all, and the retirees’ base', async () => {
    expect(await answer('返聘回来上班的退休党员，党费还要不要交')).toContain('都要交纳党费');
    expect(await answer('退休党员的党费基数按什么算')).toContain('离退休费');
  });
});

describe('a definition (什么人算流动党员：…经商…) does not answer whether one may do what it describes', () => {
  it('refuses whether a member may do business', async () => {
    expect(await answer('党员能不能经商')).toMatch(REFUSED);
  });
  it('still answers who counts as a 流动党员', async () => {
    expect(await answer('外出经商多久算流动党员')).toContain('六个月');
  });
});

describe('a higher level asked whether it may dissolve or reorganise a branch', () => {
  it('answers with the rule of 改组 or 解散', async () => {
    const text = await answer('一个支部毛病太多自己改不过来，上级能不能把它解散');
    expect(text).toContain('改组');
    expect(text).toContain('解散');
  });
});

describe('a 转正 month told relative to now, asked whether the 党龄 is enough to be 书记', () => {
  it('says when one year is reached and that before it is not enough', async () => {
    const text = await answer('我们想推小王做支部书记，他今年3月份刚转正，党龄够吗');
    expect(text).toContain('明年3月');
    expect(text).toContain('不满1年');
  });
  it('says a 转正 two years back is enough', async () => {
    expect(await answer('老李前年十月转的正，现在当支部书记党龄够不够')).toContain('已满1年');
  });
});

describe('a branch not minded to pass a 转正, asking what else it can do', () => {
  it('answers with the outcomes: 延长预备期, decided by the 支部大会', async () => {
    const text = await answer('小赵的预备期下个月就满了，支部好几个人不同意给他转正，这种情况咋办');
    expect(text).toContain('延长预备期');
    expect(text).toContain('支部大会');
  });
  it('answers the outcomes alone where a meeting hardly ever come to (没来几次) is told beside it', async () => {
    const text = await answer('小孙预备期满了 支委说他一年到头会也没来几次 不想直接让他转正 还能怎么办');
    expect(text).toContain('延长预备期');
    expect(text).not.toContain('转正的一般程序');
    expect(text).not.toContain('每月召开1次');
  });
  it('reads 没来几次, 没参加过几回 as told (hardly ever), not as asking how many', () => {
    expect(cleanQuestion('他会也没来几次')).not.toContain('几');
    expect(cleanQuestion('活动没参加过几回')).not.toContain('几');
    expect(cleanQuestion('会开了几次')).toContain('几');
  });
});

describe('the least number of 党课 a 书记 gives a year is said with its floor by the number', () => {
  it('answers 至少1次 and the quarter', async () => {
    const text = await answer('支书每年起码要讲几次党课，支部多久安排一次');
    expect(text).toContain('至少1次');
    expect(text).toContain('季度');
  });
});
