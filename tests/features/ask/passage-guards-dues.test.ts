import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBot, type TestBot, textOf } from '../../helpers/runtime';

/**
 * The 党费 chapter's rules (its base, its rates) are about paying the 党费: a question about another sum that names
 * neither the 党费 nor paying (a secretary's allowance, a wage) is not answered by them.
 */
const member = { userId: 'member-dues-chapter' };
let bot: TestBot;
beforeAll(async () => {
  bot = await createTestBot();
});
afterAll(() => bot.close());
const NOT_FOUND = '没有找到可靠的答案';

describe('a sum that is not the 党费', () => {
  it('is not answered with the 党费 base', async () => {
    const reply = textOf(await bot.say('支部 书记 每月 补贴 工资 有 多少 钱', member));
    expect(reply).toContain(NOT_FOUND);
    expect(reply.split('最接近的几段')[0]).not.toContain('计算基数');
  });
  it('a question about paying the 党费 is still answered from the chapter', async () => {
    const reply = textOf(await bot.say('退休党员的党费按什么数来算', member));
    expect(reply).not.toContain(NOT_FOUND);
    expect(reply).toContain('养老金');
  });
});
