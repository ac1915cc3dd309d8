import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBot, type TestBot, textOf } from '../../helpers/runtime';

/** Every example of issue 12, through the whole bot (router, ask feature, handbook index on SQLite), offline. */
const member = { userId: 'member-1' };
let bot: TestBot;
beforeAll(async () => {
  bot = await createTestBot();
});
afterAll(() => bot.close());

/** The answer without its citation lines. */
const answerOf = async (question: string) => textOf(await bot.say(question, member)).split(/\n出处[:：]/)[0]!;
const sourceOf = async (question: string) => /出处：(.+)/.exec(textOf(await bot.say(question, member)))?.[1] ?? '';

describe('questions the bot used to refuse', () => {
  it('工资到手6500 → 97.5 元/月 with band and rule', async () => {
    const text = await answerOf('我一个月工资到手6500，党费该交多少啊');
    expect(text).toContain('6500 × 1.5% = 97.5 元/月');
    expect(text).toContain('5000元以上至10000元（含10000元）');
    expect(text).toContain('中组发〔2008〕3号');
  });

  it('想入党的话要走哪些流程 → the stages from application to conversion', async () => {
    const text = await answerOf('想入党的话要走哪些流程？');
    for (const stage of ['申请入党', '入党积极分子', '发展对象', '预备党员的接收', '转正']) expect(text).toContain(stage);
    expect(text).not.toContain('没有找到');
  });

  it('组织关系咋转 → 组织关系转接 through the national system', async () => {
    const text = await answerOf('我换工作去外省了，党组织关系咋转过去');
    expect(text).toContain('转移组织关系');
    expect(text).toContain('全国党员管理信息系统');
    expect(await sourceOf('我换工作去外省了，党组织关系咋转过去')).toContain('组织关系转接');
  });

  it('多大年纪才可以申请入党 → 年满十八岁', async () => {
    expect(await answerOf('多大年纪才可以申请入党？')).toContain('年满十八岁');
  });

  it('"三会一课"具体指哪几个会 → the three meetings and the lecture', async () => {
    const text = await answerOf('"三会一课"具体指哪几个会？');
    for (const part of ['支部党员大会', '支部委员会会议', '党小组会', '党课']) expect(text).toContain(part);
  });
});

describe('answers that state the fact asked for', () => {
  it('三会一课多久开一次 → the frequency list, whole', async () => {
    const text = await answerOf('三会一课多久开一次？');
    expect(text).toContain('每季度召开1次');
    expect(text).toContain('每月召开1次');
    expect(text.match(/^· /gm)).toHaveLength(4);
  });

  it('支部委员会一届任期几年 → 三年至五年 (党章), 一般3年 (中办意见), from 任期', async () => {
    const text = await answerOf('支部委员会一届任期几年？');
    expect(text).toContain('三年至五年');
    expect(text).toContain('一般为3年');
    expect(await sourceOf('支部委员会一届任期几年？')).toContain('支部建设 › 任期');
  });

  it('党旗是什么样子的 → a red flag with the golden emblem', async () => {
    const text = await answerOf('党旗是什么样子的？');
    expect(text).toContain('红');
    expect(text).toContain('金黄色');
  });
});

describe('one coherent passage, never spliced', () => {
  it('留党察看最长多久 → 二年, without the sentence about 预备党员', async () => {
    const text = await answerOf('留党察看最长多久');
    expect(text).toContain('最长不超过二年');
    expect(text).not.toContain('预备党员');
  });

  it('党内最高的处分是什么 → 开除党籍 with the whole list of five', async () => {
    const text = await answerOf('党内最高的处分是什么？');
    expect(text).toContain('开除党籍是党内的最高处分');
    for (const kind of ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍']) expect(text).toContain(kind);
  });

  it('支委会任期几年 → 三年至五年, nothing from the meetings section', async () => {
    const text = await answerOf('支委会任期几年');
    expect(text).toContain('三年至五年');
    expect(text).not.toMatch(/每月召开|到会/);
  });
});

describe('the right passage', () => {
  it('党费怎么交 → monthly to the branch, not 自行脱党', async () => {
    const text = await answerOf('党费怎么交');
    expect(text).toContain('按月');
    expect(text).not.toContain('自行脱党');
  });

  it('预备党员能投票吗 → no 表决权, not the quorum for admitting one', async () => {
    const text = await answerOf('预备党员能投票吗');
    expect(text).toContain('没有表决权');
    expect(text).not.toContain('接收预备党员的决议');
  });

  it('党员想退党 → 退党 (除名, 备案), not the 劝退 of unqualified members', async () => {
    const text = await answerOf('党员想退党需要走什么程序？');
    expect(text).toContain('备案');
    expect(text).not.toContain('劝其退党');
    expect(await sourceOf('党员想退党需要走什么程序？')).toContain('退党与自行脱党');
  });
});

describe('党费 calculator in the chat', () => {
  it.each([
    ['退休了，每月退休金4800，党费交多少', '4800 × 0.5% = 24 元/月'],
    ['退休金6000元交多少党费', '6000 × 1% = 60 元/月'],
    ['学生党员党费交多少', '每月 0.2 元'],
    ['农民党员党费一个月交多少', '每月 0.2 元至 1 元'],
    ['下岗了党费交多少', '每月 0.2 元'],
    ['领低保的党员党费交多少', '每月 0.2 元'],
  ])('%s → %s', async (question, expected) => {
    expect(await answerOf(question)).toContain(expected);
  });

  it('预备党员: same bands, from the day the branch meeting admits them', async () => {
    const text = await answerOf('我是预备党员，工资到手7000，党费交多少');
    expect(text).toContain('7000 × 1.5% = 105 元/月');
    expect(text).toContain('支部党员大会通过接收之日起');
  });
});

describe('out of scope', () => {
  it.each(['今天天气怎么样', '最近有什么好看的电影', '红烧肉怎么做', 'iPhone多少钱'])('%s is declined politely', async (question) => {
    const text = textOf(await bot.say(question, member));
    expect(text).toContain('不在党务范围内');
    expect(text).not.toContain('出处');
  });
});
