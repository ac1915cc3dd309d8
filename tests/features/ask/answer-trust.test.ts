import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingWords } from '../../../bot/features/ask/answer-trust';
import { createGapStore } from '../../../bot/features/ask/gap-store';
import { createTestBot, type TestBot, textOf } from '../../helpers/runtime';

/**
 * A fact found on shared words but stated of a subject it never speaks of (answer-trust.ts, issue 22): the reply is
 * the honest "not found", with the section offered only as possibly related, and a knowledge gap; a question the
 * fact does speak of is still answered by it.
 */
const member = { userId: 'member-answer-trust' };
let bot: TestBot;
beforeAll(async () => {
  bot = await createTestBot();
});
afterAll(() => bot.close());
const gapCount = async () => (await createGapStore(bot.runtime.storage).listOpen('console:dm-member-answer-trust', 1000)).length;

describe('a fact whose record says none of what the question asks with', () => {
  it('is not stated as the answer: not found, the words named, the section only as possibly related', async () => {
    const before = await gapCount();
    const text = textOf(await bot.say('年底表彰先进，一个支部最多能推荐几个名额', member));
    expect(text).toContain('没有找到可靠的答案');
    expect(text).toContain('名额');
    expect(text).toContain('可能相关');
    expect(text).not.toContain('3人以上');
    expect(await gapCount()).toBe(before + 1);
  });
});

describe('a fact that speaks of what is asked', () => {
  it('is still stated', async () => {
    expect(textOf(await bot.say('成立党支部最少要几个正式党员', member))).toContain('3人以上');
    expect(textOf(await bot.say('支委会多久开一次', member))).toContain('每月');
  });
});

describe('the words a question asks with (askingWords)', () => {
  it('keeps what is asked of and leaves out a thing compared, a qualifier, a place and an everyday phrase', () => {
    expect(askingWords('年底表彰先进，一个支部最多能推荐几个名额')).toEqual(expect.arrayContaining(['推荐', '名额']));
    const compared = askingWords('我们医院护理党支部一届几年 跟工会一样吗');
    expect(compared).not.toContain('工会');
    expect(compared).not.toContain('医院');
    expect(askingWords('我外甥在工地干活好 多大岁数能写入党申请书')).not.toContain('工地');
    expect(askingWords('我外甥在工地干活好 多大岁数能写入党申请书')).not.toContain('岁数');
  });
});

describe('a "how many" question counting a thing the facts never count (uncountedThing)', () => {
  it('is not answered with a count of something else', async () => {
    const text = textOf(await bot.say('年底评先进，一个支部能报几个名额', member));
    expect(text).toContain('没有找到可靠的答案');
    expect(text).toContain('“名额”');
    expect(text).not.toContain('3人以上');
  });

  it('guard: a count of what the fact counts is still answered', async () => {
    expect(textOf(await bot.say('一个支部最少要几个正式党员才能成立', member))).toContain('3人以上');
    expect(textOf(await bot.say('支委会要到几个委员才能开', member))).toContain('半数以上');
  });
});
