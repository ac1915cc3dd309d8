import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGapStore } from '../../../bot/features/ask/gap-store';
import { createTestBot, type TestBot, textOf } from '../../helpers/runtime';

/**
 * A rule of the handbook asked of something it never speaks of (another organisation's committee, a role that is
 * no Party member's), through the whole bot: not the neighbouring Party rule, not its paragraph, but "not found",
 * said of that thing and recorded as a knowledge gap.
 */
const member = { userId: 'member-other-subject' };
let bot: TestBot;
beforeAll(async () => {
  bot = await createTestBot();
});
afterAll(() => bot.close());
const gapCount = async () => (await createGapStore(bot.runtime.storage).listOpen('console:dm-member-other-subject', 1000)).length;

describe('a rule asked of another thing than the Party’s', () => {
  it('says it is not found, names the thing, and records a gap', async () => {
    const before = await gapCount();
    const text = textOf(await bot.say('足球队书记任期几年', member));
    expect(text).toContain('没有找到可靠的答案');
    expect(text).toContain('足球队');
    expect(text).not.toContain('三年至五年');
    expect(await gapCount()).toBe(before + 1);
  });
  it('still answers the Party’s own rule asked with the asker’s story around it', async () => {
    const text = textOf(await bot.say('俺们厂的党支部书记任期几年', member));
    expect(text).not.toContain('没有找到可靠的答案');
    expect(text).toMatch(/三年至五年|3年至5年|五年/);
  });
});

describe('asking what papers to hand in, which no rule of the handbook says', () => {
  it('is not answered by the rule on who qualifies, nor by a paragraph beside it', async () => {
    const text = textOf(await bot.say('老党员领五十年纪念章要准备什么材料', member));
    expect(text).toContain('没有找到可靠的答案');
  });
});
