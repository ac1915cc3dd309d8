import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../bot/core/message';
import { type Speaker, textOf } from '../../helpers/runtime';
import { createQuizBot, type QuizBot, wrongLetter } from './helpers';

describe('daily quiz (每日一练)', () => {
  let bot: QuizBot;
  afterEach(async () => bot?.close());

  const alice: Speaker = { userId: 'alice', name: '张三', chatId: 'g1', chatKind: 'group' };
  const bob: Speaker = { userId: 'bob', name: '李四', chatId: 'g1', chatKind: 'group' };
  const secretaryInGroup: Speaker = { userId: 'me', name: '书记', chatId: 'g1', chatKind: 'group' };

  /** Presses the right or a wrong answer on question `index` of a pushed daily round (one message per round). */
  async function answerPushed(reply: Reply, index: number, right: boolean, as?: Speaker) {
    const [, , round] = reply.buttons![0][0].data.split(':');
    const ids = JSON.parse((await bot.store.round(Number(round)))!.question_ids);
    const q = bot.questions.find((x) => x.id === ids[Number(index)])!;
    const code = q.type === '判断' ? ((q.answer === '正确') === right ? 'T' : 'F') : right ? q.answer : wrongLetter(q);
    return bot.press(`q:d:${round}:${index}:${code}`, as);
  }

  async function tickAt(iso: string) {
    bot.clock.set(iso);
    await bot.scheduler.tick();
  }

  it('delivers N questions every day at the chosen Beijing time, once, and counts the streak', async () => {
    bot = await createQuizBot({ shuffle: false }); // Monday 2026-03-02 09:00 in Shanghai; asserts the bank's letters
    const sub = textOf(await bot.say('每日一练 晚上8点 2题'));
    expect(sub).toContain('每天 20:00（北京时间）推送 2 道题，第一次在 2026-03-02 20:00');

    await tickAt('2026-03-02T19:59:00+08:00');
    expect(bot.pushed).toHaveLength(0);
    await tickAt('2026-03-02T20:00:00+08:00');
    expect(bot.pushed).toHaveLength(1);
    expect(bot.pushed.every((p) => p.chatId === 'dm-me' && p.reply.text.includes('每日一练 2026-03-02'))).toBe(true);
    for (const p of bot.pushed) expect(p.reply.text).toMatch(/（(单选|判断) ·/);
    await bot.scheduler.tick();
    expect(bot.pushed).toHaveLength(1); // delivered once

    const first = await answerPushed(bot.pushed[0].reply, 0, true);
    expect(textOf(first)).toContain('回答正确');
    expect(textOf(first)).toContain('解析');
    const second = await answerPushed(bot.pushed[0].reply, 1, false);
    expect(textOf(second)).toContain('回答错误');
    expect(textOf(second)).toContain('今天的每日一练完成了！已连续 1 天');
    expect(await bot.rows('quiz_wrong')).toHaveLength(1);

    await tickAt('2026-03-03T20:00:00+08:00');
    expect(bot.pushed).toHaveLength(2);
    // Yesterday's question can no longer be answered.
    const before = await bot.snapshot();
    expect(textOf(await answerPushed(bot.pushed[0].reply, 0, true))).toContain('已经截止');
    expect(await bot.snapshot()).toBe(before);
    await answerPushed(bot.pushed[1].reply, 0, true);
    expect(textOf(await answerPushed(bot.pushed[1].reply, 1, true))).toContain('已连续 2 天');

    // Skip Wednesday; Thursday starts a new streak.
    await tickAt('2026-03-04T20:00:00+08:00');
    await tickAt('2026-03-05T20:00:00+08:00');
    expect(bot.pushed).toHaveLength(4);
    await answerPushed(bot.pushed[3].reply, 0, true);
    expect(textOf(await answerPushed(bot.pushed[3].reply, 1, true))).toContain('已连续 1 天');
  });

  it('changing the time replaces the pending delivery; unsubscribing stops it', async () => {
    bot = await createQuizBot();
    await bot.say('每日一练 7:30');
    expect(textOf(await bot.say('每日一练 12:00 1题'))).toContain('第一次在 2026-03-02 12:00');
    await tickAt('2026-03-02T12:00:00+08:00');
    expect(bot.pushed).toHaveLength(1); // the 12:00 of Monday
    expect(bot.pushed[0].reply.text).toContain('2026-03-02');
    await tickAt('2026-03-03T07:30:00+08:00');
    expect(bot.pushed).toHaveLength(1); // and nothing at the old 7:30
    expect(textOf(await bot.say('取消每日一练'))).toContain('已取消每日一练');
    await tickAt('2026-03-04T12:00:00+08:00');
    expect(bot.pushed).toHaveLength(1);
    expect(textOf(await bot.say('取消每日一练'))).toContain('还没有订阅');
  });

  it('rejects a time it cannot read', async () => {
    bot = await createQuizBot();
    expect(textOf(await bot.say('每日一练 25:00'))).toContain('看不懂“25:00”');
    expect(textOf(await bot.say('每日一练 8:00 30题'))).toContain('1 到 10 之间');
    expect(await bot.rows('quiz_subscriptions')).toEqual([]);
  });

  it('a group subscription is set by a secretary; members answer once each; the week has a leaderboard', async () => {
    bot = await createQuizBot({ shuffle: false }); // types and asserts letters in the bank's order
    expect(textOf(await bot.say('每日一练 8:00 3题', alice))).toContain('只有支部书记');
    expect(textOf(await bot.say('取消每日一练', alice))).toContain('只有支部书记');
    expect(await bot.rows('quiz_subscriptions')).toEqual([]);
    expect(textOf(await bot.say('每日一练 8:00 3题', secretaryInGroup))).toContain('已为本群订阅每日一练');

    await tickAt('2026-03-03T08:00:00+08:00');
    expect(bot.pushed.map((p) => p.chatId)).toEqual(['g1']);
    const round = bot.pushed[0].reply;
    // Group replies do not give the answer away; the explanation is one press away, after answering.
    const r = await answerPushed(round, 0, true, alice);
    expect(textOf(r)).toContain('张三答对了');
    expect(textOf(r)).not.toContain('解析：');
    const explain = round.buttons![0][0].data.replace(/^q:d:(\d+):(\d+):.*$/, 'q:D:$1:$2');
    expect(textOf(await bot.press(explain, bob))).toContain('请先作答');
    expect(textOf(await bot.press(explain, alice))).toContain('解析：');
    const before = await bot.snapshot();
    expect(textOf(await answerPushed(round, 0, false, alice))).toContain('每题只计第一次作答');
    expect(await bot.snapshot()).toBe(before);
    await answerPushed(round, 1, true, alice);
    expect(textOf(await answerPushed(round, 2, true, alice))).toContain('已连续 1 天');
    await answerPushed(round, 0, false, bob);
    await answerPushed(round, 1, true, bob);

    const board = textOf(await bot.say('排行榜', bob));
    expect(board).toContain('本周每日一练排行榜（2026-03-02 至 2026-03-08）');
    expect(board).toContain('1. 张三：答对 3 题（作答 3），连续 1 天');
    expect(board).toContain('2. 李四：答对 1 题（作答 2），连续 0 天');

    // Next week starts empty.
    bot.clock.set('2026-03-09T09:00:00+08:00');
    expect(textOf(await bot.say('排行榜', bob))).toContain('本周还没有人答题');
    expect(textOf(await bot.say('排行榜'))).toContain('只在群里使用');
  });
});
