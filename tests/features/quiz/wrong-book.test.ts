import { type Card, createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { afterEach, describe, expect, it } from 'vitest';
import { textOf } from '../../helpers/runtime';
import { answer, buttonData, createQuizBot, current, labelled, ME, type QuizBot, questionOf } from './helpers';

const f = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

interface Wrong {
  question_id: string;
  correct_streak: number;
  wrong_count: number;
  due_at: string;
  card: string;
}

describe('错题本 and review', () => {
  let bot: QuizBot;
  afterEach(async () => bot?.close());

  const wrongRows = async (): Promise<Wrong[]> =>
    (await bot.store.wrongList(ME)).sort((a, b) => a.question_id.localeCompare(b.question_id));

  it('collects a wrong answer with an FSRS due date, and a question leaves after three correct answers in a row', async () => {
    bot = await createQuizBot();
    const start = bot.clock.now();
    let replies = await bot.say('练习 中级 持证上岗'); // one question: fx10
    replies = await answer(bot, replies, false);
    expect(textOf(replies)).toContain('已收入错题本');
    let [row] = await wrongRows();
    expect(row).toMatchObject({ question_id: 'fx10', correct_streak: 0, wrong_count: 1 });
    const expected = f.next(createEmptyCard(start), start, Rating.Again).card;
    expect(row.due_at).toBe(expected.due.toISOString());
    expect(new Date(row.due_at).getTime() - start.getTime()).toBe(86_400_000); // wrong today → due tomorrow

    // Not due yet: review offers nothing, the notebook shows it.
    expect(textOf(await bot.say('复习'))).toContain('目前没有到期的错题');
    expect(textOf(await bot.say('错题本'))).toContain('错题本共 1 题，今天到期需要复习 0 题');

    // Correct, correct, wrong: the streak starts over.
    for (const right of [true, true]) {
      bot.clock.set((await wrongRows())[0].due_at);
      replies = await bot.say('复习');
      expect(textOf(replies)).toContain('开始复习，共 1 题');
      const before = JSON.parse((await wrongRows())[0].card) as Card;
      const now = bot.clock.now();
      replies = await answer(bot, replies, right);
      row = (await wrongRows())[0];
      expect(row.due_at).toBe(f.next(before, now, Rating.Good).card.due.toISOString());
      expect(textOf(replies)).toContain('复习完成');
    }
    expect((await wrongRows())[0].correct_streak).toBe(2);
    bot.clock.set((await wrongRows())[0].due_at);
    replies = await answer(bot, await bot.say('复习'), false);
    expect((await wrongRows())[0]).toMatchObject({ correct_streak: 0, wrong_count: 2 });

    for (let i = 1; i <= 3; i++) {
      bot.clock.set((await wrongRows())[0].due_at);
      replies = await answer(bot, await bot.say('复习'), true);
      if (i < 3) expect((await wrongRows())[0].correct_streak).toBe(i);
    }
    expect(textOf(replies)).toContain('移出错题本');
    expect(await wrongRows()).toEqual([]);
    expect(textOf(await bot.say('错题本'))).toContain('错题本是空的');
  });

  it('a correct answer elsewhere (practice) counts towards the streak; 重做全部 ignores due dates', async () => {
    bot = await createQuizBot();
    let replies = await bot.say('练习 初级 组织生活');
    replies = await answer(bot, replies, false); // fx7 wrong
    replies = await answer(bot, replies, false); // fx8 wrong
    expect((await wrongRows()).map((r) => r.question_id)).toEqual(['fx7', 'fx8']);
    const book = await bot.say('错题本');
    const all = await bot.press(buttonData(book, labelled('重做全部错题')));
    expect(textOf(all)).toContain('开始复习，共 2 题');
    expect((await questionOf(bot, current(all).sessionId)).id).toBe('fx7');
    await answer(bot, all, true);
    expect((await wrongRows()).find((r) => r.question_id === 'fx7')!.correct_streak).toBe(1);
  });
});
