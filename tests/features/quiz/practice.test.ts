import { afterEach, describe, expect, it } from 'vitest';
import { readableSource } from '../../../knowledge/search/handbook';
import { textOf } from '../../helpers/runtime';
import { allButtons, answer, buttonData, createQuizBot, current, labelled, ME, type QuizBot, questionOf } from './helpers';

describe('practice (练习)', () => {
  let bot: QuizBot;
  afterEach(async () => bot?.close());

  it('offers levels, then topics, then starts with the first question of that topic', async () => {
    bot = await createQuizBot();
    const levels = await bot.say('练习');
    expect(allButtons(levels).map((b) => b.label)).toEqual(['初级', '中级', '高级']);
    const topics = await bot.press(buttonData(levels, labelled('初级')));
    expect(allButtons(topics).map((b) => b.label)).toEqual(['全部分类', '党员', '组织生活', '🔀 随机抽 20 题']);
    const first = await bot.press(buttonData(topics, labelled('组织生活')));
    expect(textOf(first)).toContain('支部委员会会议一般每（）召开一次');
    expect(textOf(first)).toContain('第 1/3 题');
    for (const b of allButtons([...levels, ...topics, ...first])) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
  });

  it('取消 ends the round with its score and says so; nothing stays open', async () => {
    bot = await createQuizBot();
    const first = await bot.say('练习 初级 党员');
    await answer(bot, first, true);
    const cancelled = textOf(await bot.say('取消'));
    expect(cancelled).toContain('答对 1/1');
    expect(cancelled).toContain('已取消：本轮练习');
    expect(await bot.store.activeSession(ME, 'console:dm-me')).toBeUndefined();
    expect(textOf(await bot.say('B'))).not.toContain('回答');
  });

  it('keeps one pending state through a round: moving on writes none, and a typed letter answers the question shown', async () => {
    bot = await createQuizBot();
    let replies = await bot.say('练习 初级 全部');
    const state = async () =>
      (await bot.rows('conversation_state')).map(({ feature, data, expires_at }) => ({ feature, data, expires_at }));
    const opened = await state();
    expect(opened).toEqual([
      { feature: 'quiz', data: JSON.stringify({ sessionId: current(replies).sessionId }), expires_at: expect.any(String) },
    ]);
    bot.clock.advanceMinutes(5);
    for (let i = 0; i < 2; i++) replies = await answer(bot, replies, i === 0);
    expect(await state()).toEqual(opened);
    const { sessionId, step } = current(replies);
    expect(step).toBe(2);
    const q = await questionOf(bot, sessionId);
    expect(q.type).toMatch(/^(单选|多选)$/);
    expect(textOf(await bot.say(q.answer.toLowerCase()))).toContain('回答正确');
    expect((await bot.store.sessionAttempts(sessionId)).map(({ position, correct }) => ({ position, correct }))).toEqual([
      { position: 0, correct: 1 },
      { position: 1, correct: 0 },
      { position: 2, correct: 1 },
    ]);
  });

  it('accepts traditional characters and topic words in the command', async () => {
    bot = await createQuizBot();
    expect(textOf(await bot.say('練習 初級 組織生活'))).toContain('支部委员会会议');
    expect(textOf(await bot.say('练习 初级 火星'))).toContain('没有找到');
  });

  it('answers every question type right and wrong, with explanation and source', async () => {
    bot = await createQuizBot();
    let replies = await bot.say('练习 初级 党员');
    const seen = new Set<string>();
    // 6 questions in 党员; go round twice: first wrong, then right.
    for (let i = 0; i < 12; i++) {
      const { sessionId } = current(replies);
      const q = await questionOf(bot, sessionId);
      const right = i >= 6;
      replies = await answer(bot, replies, right);
      const feedbackText = replies[0].text;
      expect(feedbackText, `${q.type} ${right}`).toContain(right ? '回答正确' : '回答错误');
      expect(feedbackText).toContain(`解析：${q.explanation}`);
      expect(feedbackText).toContain(`出处：${readableSource(q.source)}`);
      if (!right) expect(feedbackText).toContain('正确答案');
      if (q.source === 'member.probation') expect(feedbackText).toContain('出处：《党务工作手册》 › 党员 › 预备期与转正');
      seen.add(`${q.type}:${right}`);
    }
    expect([...seen].sort()).toEqual([
      '判断:false',
      '判断:true',
      '单选:false',
      '单选:true',
      '填空:false',
      '填空:true',
      '多选:false',
      '多选:true',
    ]);
    const attempts = await bot.rows<{ correct: number }>('quiz_attempts');
    expect(attempts.map((a) => a.correct)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
  });

  it('multiple choice: toggles show ticks, a wrong combination is wrong, and submit needs a selection', async () => {
    bot = await createQuizBot({ shuffle: false }); // types and asserts letters in the bank's order
    let replies = await bot.say('练习 初级 党员');
    while ((await questionOf(bot, current(replies).sessionId)).type !== '多选') replies = await answer(bot, replies, true);
    const { sessionId, step } = current(replies);
    expect(textOf(await bot.press(`q:s:${sessionId}:${step}`))).toContain('还没有选择');
    await bot.press(`q:t:${sessionId}:${step}:A`);
    const toggled = await bot.press(`q:t:${sessionId}:${step}:B`);
    expect(allButtons(toggled).map((b) => b.label)).toContain('☑ A');
    expect(allButtons(toggled).map((b) => b.label)).toContain('☐ C');
    const result = await bot.press(`q:s:${sessionId}:${step}`); // AB, answer ABD: partially right is wrong
    expect(result[0].text).toContain('回答错误');
    expect(result[0].text).toContain('A. 认真学习；B. 遵守纪律；D. 密切联系群众');
  });

  it('fill-in accepts variants and several blanks separated by | or spaces; commands still work while waiting', async () => {
    bot = await createQuizBot();
    let replies = await bot.say('练习 初级 组织生活');
    replies = await answer(bot, replies, true);
    replies = await answer(bot, replies, true);
    expect(textOf(replies)).toContain('请直接发送答案');
    expect(textOf(await bot.say('帮助'))).toContain('党务助手可以帮你');
    const result = await bot.say('个季度 季度');
    expect(result[0].text).toContain('回答正确');
  });

  it('sequential practice resumes where the user stopped, also after stopping with the button', async () => {
    bot = await createQuizBot();
    let replies = await bot.say('练习 初级 党员');
    replies = await answer(bot, replies, true);
    replies = await answer(bot, replies, false);
    const stop = await bot.press(buttonData(replies, labelled('结束练习')));
    expect(textOf(stop)).toContain('进度已保存');
    const again = await bot.say('练习 初级 党员');
    expect(textOf(again)).toContain('从第 3 题开始');
    expect(textOf(again)).toContain('第 3/6 题');
    expect((await questionOf(bot, current(again).sessionId)).id).toBe('fx3');
    // A different scope has its own cursor.
    expect(textOf(await bot.say('练习 初级 组织生活'))).toContain('第 1/3 题');
  });

  it('wraps around after the last question of the scope', async () => {
    bot = await createQuizBot();
    let replies = await bot.say('练习 中级 党费');
    replies = await answer(bot, replies, true);
    replies = await answer(bot, replies, true);
    expect(textOf(replies)).toContain('已全部练完一遍');
    expect((await questionOf(bot, current(replies).sessionId)).id).toBe('fx11');
  });
});
