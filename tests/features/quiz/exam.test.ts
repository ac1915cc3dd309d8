import { afterEach, describe, expect, it } from 'vitest';
import { textOf } from '../../helpers/runtime';
import { allButtons, answer, buttonData, createQuizBot, current, labelled, ME, type QuizBot, questionOf } from './helpers';

describe('mock exam (模拟考试)', () => {
  let bot: QuizBot;
  afterEach(async () => bot?.close());

  const attempts = async () => (await bot.store.userAttempts(ME)).length;
  const session = (id: number) => bot.store.session(id);

  it('documents its defaults and validates settings', async () => {
    bot = await createQuizBot();
    const menu = textOf(await bot.say('模拟考试'));
    expect(menu).toContain('默认 50 题、限时 60 分钟、满分 100 分、60 分及格');
    expect(textOf(await bot.say('帮助 刷题备考'))).toContain('默认 50 题、60 分钟、60 分及格');
    expect(textOf(await bot.say('模拟考试 初级 0'))).toContain('题数应在 1 到 200 之间');
    expect(textOf(await bot.say('模拟考试 初级 5 abc'))).toContain('看不懂“abc”');
  });

  it('scores all answers with a per-topic breakdown, no feedback during the exam, and keeps history', async () => {
    bot = await createQuizBot();
    let replies = await bot.say('模拟考试 初级 50 30 60');
    expect(textOf(replies)).toContain('题库中这个等级只有 9 题');
    expect(textOf(replies)).toContain('限时 30 分钟');
    const { sessionId } = current(replies);
    const wrongTopics: string[] = [];
    for (let i = 0; i < 9; i++) {
      const q = await questionOf(bot, sessionId);
      const right = q.topic === '组织生活' || i % 3 !== 0;
      if (!right) wrongTopics.push(q.topic);
      replies = await answer(bot, replies, right);
      expect(textOf(replies)).not.toContain('解析');
    }
    const result = textOf(replies);
    const correct = 9 - wrongTopics.length;
    const score = Math.round((correct * 100) / 9);
    expect(result).toContain(`${score} 分`);
    expect(result).toContain(score >= 60 ? '合格 ✅' : '不合格 ❌');
    expect(result).toContain('• 组织生活：3/3（100%）');
    expect(result).toContain(`• 党员：${6 - wrongTopics.length}/6`);
    expect(await session(sessionId)).toMatchObject({ status: 'finished', score, finish_reason: 'completed' });
    // Wrong exam answers go to the notebook.
    expect(await bot.store.wrongList(ME)).toHaveLength(wrongTopics.length);
    const history = textOf(await bot.say('考试记录'));
    expect(history).toContain(`初级 ${score} 分`);
    expect(textOf(await bot.say('/exam history'))).toContain(`初级 ${score} 分`);
  });

  it('an answer after the deadline is not counted; the exam closes and is scored on that interaction', async () => {
    bot = await createQuizBot();
    let replies = await bot.say('模拟考试 初级 5 10 60');
    const { sessionId } = current(replies);
    replies = await answer(bot, replies, true);
    replies = await answer(bot, replies, true);
    expect(await attempts()).toBe(2);
    bot.clock.advanceMinutes(10);
    const late = await answer(bot, replies, true);
    expect(await attempts()).toBe(2);
    expect(textOf(late)).toContain('考试时间已到');
    expect(textOf(late)).toContain('答对 2/5 题');
    expect(textOf(late)).toContain('40 分（不合格');
    expect(await session(sessionId)).toMatchObject({ status: 'finished', score: 40, passed: 0, finish_reason: 'timeout' });
    // The old buttons are now stale.
    const before = await bot.snapshot();
    expect(textOf(await bot.press(`q:a:${sessionId}:2:A`))).toContain('已经结束');
    expect(await bot.snapshot()).toBe(before);
  });

  it('a fill-in answer typed after the deadline is not counted either', async () => {
    bot = await createQuizBot();
    let replies = await bot.say('模拟考试 初级 9 10');
    const { sessionId } = current(replies);
    while ((await questionOf(bot, sessionId)).type !== '填空') replies = await answer(bot, replies, true);
    const before = await attempts();
    bot.clock.advanceMinutes(11);
    const late = await bot.say((await questionOf(bot, sessionId)).answer.split('/')[0]);
    expect(textOf(late)).toContain('考试时间已到');
    expect(await attempts()).toBe(before);
  });

  it('the scheduler closes the exam at the deadline and pushes the result', async () => {
    bot = await createQuizBot();
    const replies = await bot.say('模拟考试 中级 3 20 60');
    const { sessionId } = current(replies);
    await answer(bot, replies, true);
    bot.clock.advanceMinutes(19);
    await bot.scheduler.tick();
    expect(bot.pushed).toHaveLength(0);
    bot.clock.advanceMinutes(1);
    await bot.scheduler.tick();
    expect(bot.pushed).toHaveLength(1);
    expect(bot.pushed[0].chatId).toBe('dm-me');
    expect(bot.pushed[0].reply.text).toContain('已自动交卷');
    expect(bot.pushed[0].reply.text).toContain('33 分');
    expect((await session(sessionId))!.status).toBe('finished');
  });

  it('a running exam is not shown in another chat, where its buttons could never be answered', async () => {
    bot = await createQuizBot();
    const started = await bot.say('模拟考试 中级 3 20 60');
    const { sessionId } = current(started);
    const elsewhere = await bot.say('模拟考试', { chatId: 'group-1', chatKind: 'group' });
    expect(textOf(elsewhere)).toContain('另一个聊天里有一场中级模拟考试正在进行');
    expect(allButtons(elsewhere)).toEqual([]);
    expect(await session(sessionId)).toMatchObject({ status: 'active', answered: 0 });
    expect(textOf(await bot.say('模拟考试'))).toContain('正在进行');
  });

  it('handing in early asks for confirmation and counts unanswered questions as wrong', async () => {
    bot = await createQuizBot();
    let replies = await bot.say('模拟考试 中级 3 20 60');
    const { sessionId } = current(replies);
    replies = await answer(bot, replies, true);
    const ask = await bot.press(buttonData(replies, labelled('交卷')));
    expect(textOf(ask)).toContain('已答 1/3 题');
    expect((await session(sessionId))!.status).toBe('active');
    const done = await bot.press(buttonData(ask, labelled('确定交卷')));
    expect(textOf(done)).toContain('33 分');
    expect(textOf(done)).toContain('未作答 2 题');
    expect(await session(sessionId)).toMatchObject({ status: 'finished', finish_reason: 'handed-in' });
    // Starting again while one is running resumes it instead.
    const next = await bot.say('模拟考试 中级 3 20');
    expect(textOf(await bot.say('模拟考试 中级 3 20'))).toContain('正在进行');
    expect(current(next).sessionId).not.toBe(sessionId);
  });
});
