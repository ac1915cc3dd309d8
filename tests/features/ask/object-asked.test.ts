import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBot, type TestBot, textOf } from '../../helpers/runtime';

/**
 * How often one does a thing to something the handbook never names ("多长时间写一回思想报告"), through the whole bot: the
 * paragraph on a neighbouring thing (how often the 支部 reviews its 积极分子) is no answer, so it is said not to be
 * found. Every sentence here was written for this test.
 */
const member = { userId: 'member-object-asked' };
let bot: TestBot;
beforeAll(async () => {
  bot = await createTestBot();
});
afterAll(() => bot.close());

describe('the object of the asking verb that the handbook never names', () => {
  it('is not answered by the paragraph on the 积极分子', async () => {
    const text = textOf(await bot.say('入党积极分子多长时间写一回思想报告', member));
    expect(text).toContain('没有找到可靠的答案');
    expect(text).not.toMatch(/^党支部要为每名入党积极分子/);
  });
  // Guard: held before this change too.
  it('still answers how often the 支部 reviews them', async () => {
    const text = textOf(await bot.say('入党积极分子党支部多久考察一次', member));
    expect(text).toContain('每半年');
  });
});
