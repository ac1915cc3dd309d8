import { afterEach, describe, expect, it } from 'vitest';
import { textOf } from '../../helpers/runtime';
import { answer, createQuizBot, current, type QuizBot, questionOf } from './helpers';

describe('statistics (统计)', () => {
  let bot: QuizBot;
  afterEach(async () => bot?.close());

  it('with no answers says how to start and how to record a certificate', async () => {
    bot = await createQuizBot();
    const text = textOf(await bot.say('我的成绩'));
    expect(text).toContain('还没有答题记录');
    expect(text).toContain('还没有你的持证记录');
  });

  it('shows accuracy by level and topic, the 7-day trend and a readiness estimate', async () => {
    bot = await createQuizBot();
    // Ten days ago: 6 answers in 党员, all wrong.
    bot.clock.advanceDays(-10);
    let replies = await bot.say('练习 初级 党员');
    for (let i = 0; i < 6; i++) replies = await answer(bot, replies, false);
    bot.clock.advanceDays(10);
    // Today: 18 answers in 初级 (all), right except the 党员 fill-in.
    replies = await bot.say('练习 初级 全部');
    for (let i = 0; i < 18; i++) {
      const q = await questionOf(bot, current(replies).sessionId);
      replies = await answer(bot, replies, !(q.topic === '党员' && q.type === '填空'));
    }
    const text = textOf(await bot.say('/stats'));
    expect(text).toContain('共作答 24 题，正确率 67%');
    expect(text).toContain('• 初级：16/24（67%）');
    expect(text).toContain('• 组织生活：6/6（100%）');
    expect(text).toContain('• 党员：10/18（56%）');
    expect(text).toContain('最近 7 天正确率 89%，之前 0%，提高了 89 个百分点');
    // 24 answers at 初级: last 50 → 67%, coverage 9/9.
    expect(text).toContain('• 初级：预计得分约 67 分，题库覆盖 100%，接近及格线');
  });

  it('computes the date the user may sit the next level from the recorded certificate', async () => {
    bot = await createQuizBot();
    // Certificates are recorded through the reminders feature, as a user would.
    const record = async (line: string) => {
      const asked = await bot.say(line);
      const confirm = asked.flatMap((r) => r.buttons?.flat() ?? []).find((b) => b.label.includes('确认'));
      expect(confirm, textOf(asked)).toBeDefined();
      await bot.press(confirm!.data);
    };
    await record('登记证书 初级 DW2025001 2025-06-30');
    expect(textOf(await bot.say('统计'))).toContain('持有初级证书（2025-06-30 取得），2026-06-30 起可以报考中级');
    await record('登记证书 中级 DW2026001 2026-01-15');
    expect(textOf(await bot.say('统计'))).toContain('持有中级证书（2026-01-15 取得），2027-01-15 起可以报考高级');
  });
});
