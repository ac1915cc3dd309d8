import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../knowledge';
import { askingMember } from '../helpers/asking-member';

/**
 * Fourteenth round (issue 22, facts49): classes of the tuning writers' remaining misses, through the whole bot, with
 * sentences written for this test, not taken from any writer's set.
 */
const { answer } = askingMember('member-rotation14-facts49');
const REFUSED = /^这个问题我在手册和已导入的资料里没有找到可靠的答案/;

describe('the votes a candidate got, told, asked whether elected', () => {
  it('says exactly half is not elected, worked on the count told', async () => {
    const text = await answer('选支委那天到会40人，小李得了20票，他能当选吗');
    expect(text).toMatch(/^不能。/);
    expect(text).toContain('不能当选');
    expect(text).toContain('正好是40人的一半');
  });
  it('says more than half is elected by the votes', async () => {
    expect(await answer('支部选举实到25人，老刘拿了13票，算选上了吗')).toContain('按票数能当选');
  });
});

describe('Wu and 中原 wordings of asking whether (伊好…弗, 交关, 是真嘞不)', () => {
  it('reads 伊好X弗 as 他可以X不 and 交关 as 非常', () => {
    expect(cleanQuestion('支部大会表决伊好举手弗')).toContain('他可以举手不');
    expect(cleanQuestion('伊交关想参加')).toContain('非常');
    expect(cleanQuestion('弗兰克')).toBe('弗兰克');
  });
  it('reads 是真嘞不 as 是真的不', () => {
    expect(cleanQuestion('听说要延长预备期 是真嘞不')).toContain('是真的不');
  });
  it('answers whether a 预备党员 may vote, asked in Wu', async () => {
    expect(await answer('阿拉小组有个预备党员交关想参加选举，选支委个辰光伊好投票弗')).toContain('不能投票');
  });
});

describe('clauses typed apart with spaces, a story then the question, with the asker reporting (报告一下)', () => {
  it('reads the last clause as the question and answers with the appeal', async () => {
    const text = await answer('5栋一个党员 挨了严重警告 他不服 要去上告 报告一下 他能找谁');
    expect(text).toContain('申诉');
    expect(text).toContain('上级党组织');
  });
});

describe('a place someone lives by, opening the story (菜市场旁边住着…), is not what is asked of', () => {
  it('answers the exemption, and that the branch agreeing alone is not enough', async () => {
    const text = await answer('菜市场旁边住着个老党员 家里困难 想免交党费 支部研究同意了就能免吗');
    expect(text.startsWith('不能')).toBe(true);
    expect(text).toContain('上一级党委批准');
  });
});

describe('a member who does nothing a member should (啥X也不…), asked whether the branch may throw him out', () => {
  it('reads 啥X也不 as told, not asked', () => {
    expect(cleanQuestion('他啥会也不参加')).not.toContain('什么');
  });
  it('answers no, with 限期改正 then 劝其退党', async () => {
    const text = await answer('那个党员啥任务都不完成 义务也不履行 支部可以直接把他开除嘛');
    expect(text).toMatch(/^不(?:能|可以)。/);
    expect(text).toContain('限期改正');
    expect(text).toContain('劝其退党');
  });
});

describe('who awards the 光荣在党50年 medal', () => {
  it('answers 党中央', async () => {
    expect(await answer('五十年党龄的纪念章是哪一级颁发的')).toContain('党中央');
  });
});

describe('a 换届 told, asked whether a committee is elected, on the 正式党员 counted', () => {
  it('says no committee below 7', async () => {
    const text = await answer('村里支部明年换届 正式党员5名 预备党员3名 选不选支委会');
    expect(text).toContain('不足7人');
    expect(text).toContain('不设支部委员会');
  });
  it('says a committee at 7 or more', async () => {
    expect(await answer('我们支部要换届了，正式党员9个，要不要选支委会')).toContain('够7人');
  });
});

describe('the old 十六字 quoted beside the question (坚持标准) is not asking for a 标准', () => {
  it('answers the present 总要求', async () => {
    expect(await answer('发展党员那十六个字的总要求现在是啥 不再是坚持标准那个了吧')).toContain('控制总量');
  });
});

describe('纪委 is what the 纪检监察机关 is called', () => {
  it('answers the review after the exam', async () => {
    expect(await answer('持证上岗考过以后纪委还要审查吗')).toContain('公安');
  });
});

describe('how a paper is written out (by hand, how many pages) is not in the handbook', () => {
  it('refuses rather than give the rule that it is in writing', async () => {
    expect(await answer('入党申请书非得手写吗')).toMatch(REFUSED);
    expect(await answer('入党申请书要手写吗 一般写几页')).toMatch(REFUSED);
  });
  it('still answers that it may not be made by word of mouth', async () => {
    expect(await answer('入党申请能不能口头跟支书说')).toContain('书面形式');
  });
});

describe('a post of honour the handbook never names (先锋岗), named in the story before the asking clause', () => {
  it('refuses rather than give the conditions of joining the Party', async () => {
    expect(await answer('公司让我们车间评党员先锋岗 牌子挂出来要够什么条件')).toMatch(REFUSED);
  });
  it('still answers the conditions of joining', async () => {
    expect(await answer('申请入党要够什么条件')).toContain('年满十八岁');
  });
});
