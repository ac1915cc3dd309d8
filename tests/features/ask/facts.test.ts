import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../knowledge';
import { createTestBot, type TestBot, textOf } from '../../helpers/runtime';

/** Issue 22: every example, through the whole bot (router, ask feature, fact layer, handbook index), offline. */
const member = { userId: 'member-22' };
let bot: TestBot;
beforeAll(async () => {
  bot = await createTestBot();
});
afterAll(() => bot.close());

const replyTo = async (question: string) => textOf(await bot.say(question, member));
/** The answer without its citation lines. */
const answerOf = async (question: string) => (await replyTo(question)).split(/\n出处[:：]/)[0]!;

describe('the commonest questions get the fact, not the nearest paragraph', () => {
  it.each([
    ['入党要多久', ['一年以上', '一年的预备期']],
    ['党费怎么算', ['0.5%', '1%', '1.5%', '2%', '税后']],
    ['支委会几年换届', ['3年', '5年']],
    ['退休了党费咋交', ['5000元以下', '0.5%', '1%']],
    ['入党积极分子要培养多长时间', ['一年以上']],
    ['支部最少几个人', ['3人以上']],
    ['发展对象要政审吗', ['政治审查']],
    ['党小组会几个月开一回', ['每月召开1次']],
    ['几个人能成立党支部', ['正式党员3人以上']],
    ['预备期满了转正谁说了算', ['支部大会', '上级党组织']],
    ['正式党员多少人以上的支部要设支委会', ['7人以上']],
    ['党小组会是不是每个月都要开', ['每月召开1次']],
    ['党龄从哪天开始算', ['转为正式党员之日']],
    ['预备期最多能延长多久', ['最长一年']],
    ['黨費是按月交還是一年交一次', ['按月']],
    ['党员转正要开什么会', ['支部大会']],
    ['党的全国代表大会几年开一次', ['每五年']],
    ['🇨🇳党费🙂怎么交？', ['1.5%', '税后']],
    ['民主评义一年搞几次', ['每年1次']],
  ])('%s', async (question, parts) => {
    const reply = await replyTo(question);
    const answer = reply.split(/\n出处[:：]/)[0]!;
    for (const part of parts) expect(answer, question).toContain(part);
    // The fact is cited, then the paragraph it rests on is offered.
    expect(reply).toMatch(/出处：《(?:党务工作手册|中国共产党章程)》/);
  });

  it('the wrong paragraphs of before are gone', async () => {
    expect(await answerOf('入党要多久')).not.toMatch(/^党组织收到入党申请书后/);
    expect(await answerOf('党小组会几个月开一回')).not.toContain('自行脱党');
    expect(await answerOf('党小组会是不是每个月都要开')).not.toContain('党费');
    expect(await answerOf('几个人能成立党支部')).not.toMatch(/^正式党员不足3人/);
  });

  it('the reply offers the handbook paragraph under the fact', async () => {
    const reply = await replyTo('党龄从哪天开始算');
    expect(reply).toContain('手册原文：');
    expect(reply).toContain('党员的党龄从预备期满转为正式党员之日开始计算');
  });
});

describe('scope and noise', () => {
  it('a question on the 党章 the handbook does not hold is in scope: a gap, never 不在党务范围内', async () => {
    const reply = await replyTo('党的中央纪律检查委员会每届任期几年');
    expect(reply).not.toContain('不在党务范围内');
  });

  it('emoji and decoration never change the answer', async () => {
    const plain = await answerOf('党费怎么交？');
    expect(await answerOf('🇨🇳党费🙂怎么交？')).toBe(plain);
    expect(await answerOf('✨支委会✨多久开一次👍👍')).toBe(await answerOf('支委会多久开一次'));
  });

  it('common typos of the domain words are read', async () => {
    expect(await answerOf('民主评义一年搞几次')).toBe(await answerOf('民主评议一年搞几次'));
    expect(await answerOf('积级分子多长时间考察一回')).toContain('每半年');
  });

  it('a number the asker gives is worked out', async () => {
    expect(await answerOf('俺们支部23个正式党员 大会表决得几个人同意才算过')).toContain('12人以上');
    expect(await answerOf('选5个支委 候选人得几个')).toContain('至少6名');
  });
});

describe('a question that asks two things', () => {
  it('gets each fact in the order asked, every section cited, before the paragraphs', async () => {
    const reply = await replyTo('支委會多久開一次，要幾個委員到了才能開');
    const answer = reply.split(/\n出处[:：]/)[0]!;
    expect(answer).toMatch(/^1\. .*每月召开1次/);
    expect(answer).toMatch(/\n2\. .*半数以上委员到会/);
    expect(reply).toContain('出处：《党务工作手册》');
    expect(reply).toContain('手册原文：');
  });

  it('a date the asker gives is worked out', async () => {
    expect(await answerOf('我是1975年7月1號支部大會通過做預備黨員的，按期轉正，我的黨齡從哪天算起')).toContain('1976年7月1日');
  });
});

describe('a local rule first', () => {
  it('an ingested rule of the branch answers before the handbook, marked with its file', async () => {
    const before = await answerOf('主题党日每月几号');
    expect(before).not.toContain('15日');
    const file = join(bot.dir, '第三支部组织生活制度.md');
    writeFileSync(
      file,
      '# 第三支部组织生活制度\n\n为规范本支部的组织生活，经支部委员会研究，作出如下安排：支部每月15日开展主题党日，遇节假日顺延；支部党员大会每季度召开一次，党小组会每月召开一次。\n',
    );
    await ingestFiles(bot.runtime.app.services.knowledge.index, [file]);
    const reply = await replyTo('主题党日每月几号');
    const answer = reply.split(/\n出处[:：]/)[0]!;
    expect(answer).toContain('本单位规定：');
    expect(answer).toContain('每月15日开展主题党日');
    expect(reply).toContain('本单位文件');
    expect(reply).toContain('第三支部组织生活制度');
    // The handbook's general rule still follows, second.
    expect(reply.indexOf('手册的一般规定')).toBeGreaterThan(reply.indexOf('每月15日'));
  });
});

describe('a part of the question no fact speaks of', () => {
  it('answers the rest and says that part is not covered, without ruling on it', async () => {
    const reply = await replyTo('支委会多久开一次？视频开也算吗');
    expect(reply).toContain('每月');
    expect(reply).toContain('“视频”这一点，手册没有说到');
  });
  it('adds nothing when the fact speaks of it', async () => {
    expect(await replyTo('主题党日能不能线上参加')).not.toContain('手册没有说到');
  });
});

describe('a long story around the question (a weak fact match)', () => {
  it('is answered with the fact when retrieval ranks its section first', async () => {
    const answer = await answerOf(
      '我家隔壁的老党员去年冬天开车撞了人，因为过失犯罪被判了一年有期徒刑，街坊邻居都在议论他的党籍还能不能保留',
    );
    expect(answer).toContain('过失犯罪');
    expect(answer).toContain('开除党籍');
  });
});
