import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { alignCloze, clozeOf } from '../../knowledge/questions/cloze';
import { createPasteIndex, parsePasted } from '../../knowledge/questions/paste';
import { outcomeAnswer, type PassageHit, resolvePaste } from '../../knowledge/questions/suggest';

/**
 * paste34: classes behind the misses of gengsheng, xiangyun, lihong, weiming and older tuning leftovers. Sentences
 * written for the test (a youth league's rules stand in for the handbook's).
 */

const passage = (text: string): PassageHit => ({ text, coverage: 0.9, source: 'handbook:test', title: '测试手册 › 团员' });
const answer = async (raw: string, passages: PassageHit[]) =>
  outcomeAnswer(await resolvePaste(createPasteIndex([]), raw, async () => passages, undefined, createFactIndex([])));

describe('the user’s guess glued to the closing box', () => {
  it('is no part of the statement', () => {
    expect(parsePasted('团员提出申诉的，申诉期间停止执行原处分。（ ）这个应该是错的吧 还要复查').stem).toBe(
      '团员提出申诉的,申诉期间停止执行原处分。( )',
    );
    expect(parsePasted('团支部每年至少开展一次团日活动。（ ）对还是错？').stem).toBe('团支部每年至少开展一次团日活动。( )');
  });

  it('leaves the statement to be judged', async () => {
    const appeal = passage('团员对处分不服可以申诉。申诉期间，不停止对原处分决定的执行。');
    expect(await answer('团员对处分不服提出申诉的，申诉期间停止执行原处分决定。（ ）我觉得应该是错吧', [appeal])).toBe('错误');
  });
});

describe('a blank asked about in the user’s words after it', () => {
  it('drops 这两个空咋填 and what follows', () => {
    expect(parsePasted('填空 外出团员由（ ）团组织管理，（ ）团组织协助 这两个空咋填 总是搞混').stem).toBe(
      '外出团员由( )团组织管理,( )团组织协助',
    );
  });
});

describe('a place noun’s 地 closing a fill', () => {
  it('stays in the fill (户籍地, 流出地); the adverb’s 地 does not', () => {
    expect(alignCloze(clozeOf('外出团员的证明由（ ）团委出具')!, '外出团员的证明由户籍地团委出具。')?.fills).toEqual(['户籍地']);
    expect(alignCloze(clozeOf('团员要（ ）完成团组织交给的任务')!, '团员要认真地完成团组织交给的任务。')?.fills).toEqual(['认真']);
  });
});

describe('together where the rule says one at a time', () => {
  const rule = passage('团支部大会讨论入团申请人时，先听取介绍再表决。同一次会议讨论两个以上入团申请人的，应当逐个讨论、逐个表决。');

  it('is false, with the rule as 依据', async () => {
    expect(await answer('【判断】团支部大会讨论三名入团申请人，可以一并表决、集中通过。', [rule])).toBe('错误');
    expect(await answer('判断：小王和小李两个入团申请人情况差不多，团支部大会可以放在一起举手表决。', [rule])).toBe('错误');
  });

  it('is not judged when the statement denies it, or the act is another', async () => {
    expect(await answer('【判断】团支部大会讨论三名入团申请人，不能一并表决。', [rule])).not.toBe('错误');
    expect(await answer('【判断】团支部大会可以集中学习团章。', [rule])).toBeUndefined();
  });
});

describe('one thing standing in for another the rule says it cannot', () => {
  const rule = passage('很多团支部把团员大会、团小组会、团课安排在主题团日集中进行，这是允许的，但不能用一次主题团日顶替全部组织生活。');

  it('is false: 就可以顶替, or 开了X就不用再开Y for a Y the sentence names', async () => {
    expect(await answer('【判断】一次主题团日就可以顶替当月全部组织生活。', [rule])).toBe('错误');
    expect(await answer('【判断】开展了主题团日，就不用再单独开团小组会了。', [rule])).toBe('错误');
  });

  it('is not judged when the statement says it cannot, or names another stand-in', async () => {
    expect(await answer('【判断】主题团日不能顶替团员大会。', [rule])).not.toBe('错误');
    expect(await answer('【判断】开了团课，就不用再单独开团小组会了。', [rule])).not.toBe('错误');
  });
});

describe('a right added with 也有', () => {
  const rule = passage('预备团员参加团员大会，可以发表意见，但没有表决权。');

  it('grants it: false where the rule denies it', async () => {
    expect(await answer('【判断】预备团员参加团员大会，有发表意见的权利，也有表决权。', [rule])).toBe('错误');
  });
});

describe('a 判断’s two answers, then the user’s words', () => {
  it('are cut with what follows; the paste is a 判断', () => {
    const p = parsePasted('【判断题】团员人数多的支部，可以由团小组决定接收新团员。 对 错\n这个好像不对哈');
    expect(p.stem).toBe('团员人数多的支部,可以由团小组决定接收新团员。');
    expect(p.declaredType).toBe('判断');
  });
});

describe('one 处分 among measures that are none', () => {
  const rule = passage(
    '对违反团纪的团员，可以给予警告、严重警告、撤销团内职务、留团察看或者开除团籍。对违反团纪的团支部，上级团委应当责令其作出书面检查或者给予通报批评；情节严重又不能自行纠正的，可以改组或者解散。',
  );

  it('is the trap: the measures the sentence names together are the answer', async () => {
    expect(
      await answer('（多选题）对违反团纪的团支部，上级团委可以（ ）\nA.责令作出书面检查\nB.给予通报批评\nC.解散\nD.给予警告', [rule]),
    ).toBe('ABC');
  });

  it('is not read so when the stem asks about 处分, or two options are 处分', async () => {
    expect(
      await answer('（多选题）对违反团纪的团支部，上级团委可以给予的处分有（ ）\nA.责令作出书面检查\nB.给予通报批评\nC.解散\nD.警告', [
        rule,
      ]),
    ).not.toBe('ABC');
    expect(
      await answer('（多选题）对违反团纪的团支部，上级团委可以（ ）\nA.责令作出书面检查\nB.给予通报批评\nC.严重警告\nD.警告', [rule]),
    ).not.toBe('AB');
  });
});

describe('an upper bound said with its own 不 (最长不超过)', () => {
  const rule = passage('入团考察期可以延长，延长时间最长一年，最短不少于半年，也就是半年到一年之间。');

  it('is not the opposite of 最长: never judged false for it', async () => {
    expect(await answer('【判断】入团考察期需要延长的，延长时间最长不超过一年。', [rule])).not.toBe('错误');
  });

  it('leaves a bound said otherwise false', async () => {
    expect(await answer('【判断】入团考察期需要延长的，延长时间最长不超过两年。', [rule])).toBe('错误');
  });
});
