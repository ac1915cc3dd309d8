import { afterEach, describe, expect, it } from 'vitest';
import { renderReply } from '../../../adapters/console/render';
import type { AttemptRow } from '../../../bot/features/quiz/storage';
import { type Speaker, textOf } from '../../helpers/runtime';
import { createQuizBot, type QuizBot } from './helpers';

/** A daily round of several questions: one message, distinct button numbers in the console, typed answers not crossed. */
describe('daily quiz with several questions', () => {
  let bot: QuizBot;
  afterEach(async () => bot?.close());
  const alice: Speaker = { userId: 'alice', name: '张三', chatId: 'g1', chatKind: 'group' };
  const secretaryInGroup: Speaker = { userId: 'me', name: '书记', chatId: 'g1', chatKind: 'group' };

  async function pushRound(count: number) {
    bot = await createQuizBot({ shuffle: false }); // types and asserts letters in the bank's order
    await bot.say(`每日一练 8:00 ${count}题`, secretaryInGroup);
    bot.clock.set('2026-03-03T08:00:00+08:00');
    await bot.scheduler.tick();
    expect(bot.pushed).toHaveLength(1);
    const round = bot.pushed[0].reply;
    const sub = await bot.store.subscriptionByChat('console:g1');
    const [{ id, question_ids }] = await bot.store.rounds(sub!.id);
    const questions = (JSON.parse(question_ids) as string[]).map((qid) => bot.questions.find((q) => q.id === qid)!);
    return { round, roundId: id, questions };
  }

  it('pushes the round as one message whose console numbers are all distinct and name their question', async () => {
    const { round, questions } = await pushRound(3);
    const { text, choices } = renderReply(round);
    const answerChoices = choices.filter((c) => c.data.startsWith('q:d:'));
    expect(new Set(choices.map((c) => c.data)).size).toBe(choices.length);
    expect(answerChoices.length).toBe(questions.reduce((n, q) => n + (q.type === '判断' ? 2 : q.options.length), 0));
    for (const [i, q] of questions.entries()) {
      expect(text).toContain(q.stem);
      for (const c of answerChoices.filter((c) => c.data.split(':')[3] === String(i))) expect(c.label.startsWith(`${i + 1}.`)).toBe(true);
    }
  });

  it('typed answers go to the question they name, or to the first one not yet answered, never crossed', async () => {
    const { questions } = await pushRound(2);
    const typedRight = (i: number) =>
      questions[i].type === '判断' ? (questions[i].answer === '正确' ? '对' : '错') : questions[i].answer.toLowerCase();
    // Second question first, by its number; then an unnumbered answer goes to the first.
    const second = textOf(await bot.say(`2 ${typedRight(1)}`, alice));
    expect(second).toContain('张三答对了');
    const first = textOf(await bot.say(typedRight(0), alice));
    expect(first).toContain('张三答对了');
    expect(first).toContain('今天的每日一练完成了');
    const attempts = (await bot.rows<AttemptRow>('quiz_attempts')).map(({ position, question_id, correct }) => ({
      position,
      question_id,
      correct,
    }));
    expect(attempts).toEqual([
      { position: 1, question_id: questions[1].id, correct: 1 },
      { position: 0, question_id: questions[0].id, correct: 1 },
    ]);
    // Everything answered: a letter now goes on to the question answerer, and is not recorded.
    await bot.say('B', alice);
    expect(await bot.rows('quiz_attempts')).toHaveLength(2);
  });
});
