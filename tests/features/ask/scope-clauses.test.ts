import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOutOfScope } from '../../../bot/features/ask/scope';
import { createTestBot, type TestBot, textOf } from '../../helpers/runtime';

/**
 * A question about the weather stays one when the asker adds what the Party activity is ("明天会下雨吗？我们打算搞
 * 户外主题党日"): the Party words are in what is told, not in what is asked. A Party question that mentions the
 * weather is still answered.
 */
describe('out of scope by what is asked', () => {
  it('declines when every asking clause is off the domain', () => {
    expect(isOutOfScope('明天武汉会下雨吗？我们打算在东湖搞户外主题党日')).toBe(true);
    expect(isOutOfScope('明天吉首那边下不下雨？我们要去乡里开会')).toBe(true);
  });
  it('answers when a clause that asks is about Party work', () => {
    expect(isOutOfScope('明天下雨，主题党日能不能改到线上')).toBe(false);
    expect(isOutOfScope('下雨天主题党日能改期吗')).toBe(false);
    expect(isOutOfScope('今天天气不错，支部大会几个人到会才能开')).toBe(false);
  });

  let bot: TestBot;
  beforeAll(async () => {
    bot = await createTestBot();
  });
  afterAll(() => bot.close());
  it('through the bot: declined politely, not recorded as a gap', async () => {
    const reply = textOf(await bot.say('明天武汉会下雨吗？我们打算在东湖搞户外主题党日', { userId: 'weather' }));
    expect(reply).toContain('不在党务范围内');
  });
});
