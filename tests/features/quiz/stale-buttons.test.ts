import { afterEach, describe, expect, it } from 'vitest';
import { type Speaker, textOf } from '../../helpers/runtime';
import { answer, buttonData, createQuizBot, current, labelled, type QuizBot, questionOf } from './helpers';

/** Every refused press must say why and leave the database exactly as it was. */
describe('stale and forged button presses', () => {
  let bot: QuizBot;
  afterEach(async () => bot?.close());

  const other: Speaker = { userId: 'mallory' };
  const otherInSameChat: Speaker = { userId: 'mallory', chatId: 'dm-me' };

  async function refused(press: () => Promise<unknown>, expected: string) {
    const before = await bot.snapshot();
    const replies = (await press()) as Parameters<typeof textOf>[0];
    expect(textOf(replies)).toContain(expected);
    expect(await bot.snapshot()).toBe(before);
  }

  it("another user's quiz: answers, toggles, submit, stop and hand-in are refused", async () => {
    bot = await createQuizBot();
    const practice = await bot.say('练习 初级 党员');
    const { sessionId, step } = current(practice);
    const q = await questionOf(bot, sessionId);
    for (const as of [other, otherInSameChat, { ...otherInSameChat, platform: 'test' }]) {
      await refused(() => bot.press(`q:a:${sessionId}:${step}:${q.answer}`, as), '这不是你的题目');
      await refused(() => bot.press(`q:t:${sessionId}:${step}:A`, as), '这不是你的题目');
      await refused(() => bot.press(`q:s:${sessionId}:${step}`, as), '这不是你的题目');
      await refused(() => bot.press(`q:x:${sessionId}`, as), '这不是你的题目');
    }
    const exam = await bot.say('模拟考试 中级 3 10');
    const examId = current(exam).sessionId;
    await refused(() => bot.press(`q:X:${examId}`, other), '这不是你的题目');
  });

  it('a finished exam and a stopped practice refuse their old buttons', async () => {
    bot = await createQuizBot();
    const exam = await bot.say('模拟考试 中级 3 10');
    const { sessionId } = current(exam);
    const confirm = await bot.press(buttonData(exam, labelled('交卷')));
    await bot.press(buttonData(confirm, labelled('确定交卷')));
    await refused(() => bot.press(`q:a:${sessionId}:0:A`), '已经结束');
    await refused(() => bot.press(`q:X:${sessionId}`), '已经结束');
    await refused(() => bot.press(buttonData(confirm, labelled('继续答题'))), '已经结束');

    const practice = await bot.say('练习 中级 党费');
    const p = current(practice);
    await bot.press(`q:x:${p.sessionId}`);
    await refused(() => bot.press(`q:a:${p.sessionId}:${p.step}:A`), '已经结束');
  });

  it('a button of an earlier question, or of a replaced session, changes nothing', async () => {
    bot = await createQuizBot();
    const first = await bot.say('练习 初级 组织生活');
    const { sessionId, step } = current(first);
    await answer(bot, first, true);
    await refused(() => bot.press(`q:a:${sessionId}:${step}:B`), '已经作答过了');
    await refused(() => bot.press(`q:t:${sessionId}:${step}:A`), '已经作答过了');
    // Starting practice again replaces the open session: its buttons become stale.
    const second = await bot.say('练习 初级 组织生活');
    expect(current(second).sessionId).not.toBe(sessionId);
    await refused(() => bot.press(`q:a:${sessionId}:${step + 1}:A`), '已经结束');
  });

  it('forged or malformed data gets a clear reply', async () => {
    bot = await createQuizBot();
    const practice = await bot.say('练习 初级 党员');
    const { sessionId, step } = current(practice);
    await refused(() => bot.press('q:a:999999:0:A'), '按钮已经失效');
    await refused(() => bot.press(`q:a:${sessionId}:${step}:Z`), '不完整');
    await refused(() => bot.press(`q:a:${sessionId}:${step}`), '不完整');
    await refused(() => bot.press(`q:a:abc:${step}:A`), '不完整');
    await refused(() => bot.press('q:zz'), '不完整');
    await refused(() => bot.press('q:L:超级'), '不完整');
    await refused(() => bot.press('q:d:12345:0:A'), '失效');
    await refused(() => bot.press('q:d:x:y'), '不完整');
    await refused(() => bot.press('nobody:1'), '失效');
  });

  it("a daily question of someone else's private subscription is refused", async () => {
    bot = await createQuizBot();
    await bot.say('每日一练 10:00 1题');
    bot.clock.set('2026-03-02T10:00:00+08:00');
    await bot.scheduler.tick();
    const data = bot.pushed[0].reply.buttons![0][0].data;
    await refused(() => bot.press(data, other), '这不是你的题目');
    await refused(() => bot.press(data, { userId: 'mallory', chatId: 'dm-me' }), '这不是你的题目');
  });
});
