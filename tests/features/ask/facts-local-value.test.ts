import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGapStore } from '../../../bot/features/ask/gap-store';
import { createTestBot, type TestBot, textOf } from '../../helpers/runtime';

/**
 * A value the handbook leaves to local rules (the 持证上岗 exam's length, pass mark, sign-up), asked for the asker's
 * own place or year, through the whole bot: said as not known, with where it is found, and recorded as a knowledge gap.
 */
const member = { userId: 'member-local' };
let bot: TestBot;
beforeAll(async () => {
  bot = await createTestBot();
});
afterAll(() => bot.close());
const gapCount = async () => (await createGapStore(bot.runtime.storage).listOpen('console:dm-member-local', 1000)).length;

describe('a value left to local rules, asked for here and now', () => {
  it('says it does not know, says who sets it, and records a gap', async () => {
    const before = await gapCount();
    const text = textOf(await bot.say('明年咱们县持证上岗认证考试考几个小时？', member));
    expect(text).toContain('没有找到可靠的答案');
    expect(text).toContain('由当地组织部门');
    expect(await gapCount()).toBe(before + 1);
  });
  it('answers with the rule when asked in general', async () => {
    const before = await gapCount();
    const text = textOf(await bot.say('认证考试的合格分数线是多少', member));
    expect(text).not.toContain('没有找到可靠的答案');
    expect(text).toContain('由当地组织部门');
    expect(await gapCount()).toBe(before);
  });
});
