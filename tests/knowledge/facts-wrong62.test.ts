import { describe, expect, it } from 'vitest';
import { cleanQuestion, normalizeInput } from '../../knowledge';
import { usesJudged } from '../../knowledge/facts/money-uses';
import { matchedAnswer, matchedIds } from '../helpers/facts';

/**
 * Wrong answers of the tuning writers, fixed by class (issue 22, facts62): a verdict the rule settles said first for
 * each ask, a misspelt domain word read as the word it stands for, a leader named by the post held.
 * Sentences written for this test, not taken from the writers' sets.
 */
const ids = (q: string) => matchedIds(normalizeInput(q));
const said = (q: string) => matchedAnswer(normalizeInput(q)) ?? '';

describe('whether 党费 may pay for a thing named in everyday words: each ask with its verdict', () => {
  it('says a magazine or a book may be bought (党员教育资料)', () => {
    expect(said('支部想拿党费订两份学习杂志，可以吗')).toContain('党费可以用于购买党员教育资料和设备');
    expect(said('党费能不能买党员学习用的书')).toMatch(/^能。党费可以用于购买/);
  });
  it('says yes to the book and no to the mooncakes, each ask its own', () => {
    const text = said('党费可以拿来买学习的书吗？能不能拿来发月饼');
    expect(text).toContain('党费可以用于购买党员教育资料和设备');
    expect(text).toContain('党费不能用于发放月饼');
  });
  it('finds the uses rule for goods handed out at the new year, beside who keeps the money', () => {
    const q = '过年了党费能不能给老党员发点米面油，党费归谁管';
    expect(ids(q)).toEqual(['dues.use', 'dues.manage']);
    expect(said(q)).toContain('党费不能用于发放米面油');
  });
  it('guard: an ask naming both sides (a payment to members in hardship) gets no verdict of its own', () => {
    expect(usesJudged('党费能用来给困难党员发慰问金吗')).toBeUndefined();
  });
  it('guard: an ask that is no whether gets none', () => {
    expect(usesJudged('党费都买了哪些书')).toBeUndefined();
  });
});

describe('domain words typed by sound', () => {
  it('reads 性氏笔画 as 姓氏笔画 on a ballot', () => {
    expect(cleanQuestion('选票上的名字是按性氏笔画排的吧')).toContain('按姓氏笔画');
  });
  it('reads 党费的技术 as the base of 党费', () => {
    expect(ids('党费的技术是谁来核定的')).toEqual(['dues.base']);
  });
});

describe('a leader named by the post held (厂长, 院长) attends the branch’s 组织生活会', () => {
  it('answers the 双重组织生活 rule with its verdict', () => {
    expect(ids('厂长也要参加车间支部的组织生活会吗')).toEqual(['life.review.leaders']);
    expect(said('我们院长是党委委员，支部的组织生活会他还用来吗')).toContain('以普通党员身份');
  });
});

describe('what the sending branch hands over with a transfer (衔接) is the letter fact', () => {
  it('answers 档案 and 党费 for what goes along', () => {
    const q = '组织关系转出去，转出的支部还要衔接啥';
    expect(ids(q)).toEqual(['member.transfer.letter']);
    expect(said(q)).toContain('党员档案和党费交纳情况');
  });
});

describe('who approves a 处分 is said in the words members use (基层党委批准)', () => {
  it('names the 基层党委 that approves', () => {
    expect(said('支部开会定的处分，还要谁批准才算')).toContain('由基层党委批准');
  });
});

describe('how often a thing on the wall is changed is no term of office', () => {
  it('does not read a notice board changed once in a while as the 支部委员会 term', () => {
    expect(ids('我们社区的党务公开栏内容多久换一回')).not.toContain('branch.term');
  });
  it('guard: how often the 支委 change is still the term', () => {
    expect(ids('村里的支部多长时间换一回')).toContain('branch.term');
  });
});

describe('退党 beside 除名: a fact of its own, with the 备案 of the one and the 批准 of the other', () => {
  it('answers whether they are one thing, and whether either is a 处分', () => {
    const q = '自己要求退党跟被除名一样吗？算处分吗';
    expect(ids(q)[0]).toBe('member.withdrawal.removal');
    expect(said(q)).toContain('报上级党组织备案');
  });
  it('guard: 退党 beside 开除党籍 keeps its own fact', () => {
    expect(ids('退党和开除党籍是一回事吗')).toEqual(['member.withdrawal.expulsion']);
  });
});
