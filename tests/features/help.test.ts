import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBot, type TestBot, textOf } from '../helpers/runtime';

describe('帮助', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });
  afterEach(() => bot.close());

  const member = { userId: 'm1', chatId: 'g1', chatKind: 'group' as const };
  const secretary = { userId: 'me', chatId: 'g1', chatKind: 'group' as const };

  it('gives one line per section with a button for each, hiding secretary commands from members', async () => {
    const [overview] = await bot.say('帮助', member);
    expect(overview.text).toContain('📚 刷题备考：练习、错题本、复习、模拟考试');
    expect(overview.text).toContain('📅 三会一课：三会一课、会议情况');
    expect(overview.text).toMatch(/三会一课：[^\n]*另有 11 项书记专用/);
    expect(overview.text).not.toContain('设置会议');
    expect(overview.buttons?.flat().map((b) => b.label)).toEqual([
      '📚刷题备考',
      '❓问答',
      '📅三会一课',
      '🎓持证上岗',
      '⏰提醒',
      '💰党费',
      '📝民情工单',
      '⚙️基本',
    ]);

    const forSecretary = textOf(await bot.say('帮助', secretary));
    expect(forSecretary).toContain('设置会议');
    expect(forSecretary).not.toContain('书记专用');
  });

  it('shows a section in full by name or by its button, and one command by its name', async () => {
    const section = textOf(await bot.say('菜单 三会一课', member));
    expect(section).toContain('• 会议情况：本月/本季度三会一课完成情况');
    expect(section).not.toMatch(/（\/\w+）/);
    expect(section).toContain('书记专用：绑定支部、设置会议');
    const [overview] = await bot.say('帮助', member);
    const quiz = overview.buttons!.flat().find((b) => b.label.includes('刷题备考'))!;
    expect(textOf(await bot.press(quiz.data, member))).toContain('• 模拟考试：默认 50 题、60 分钟、60 分及格');
    expect(textOf(await bot.say('幫助 題庫', member))).toContain('题库：查看题库');
    expect(textOf(await bot.press('help:s:99', member))).toContain('党务助手可以帮你');
  });
});
