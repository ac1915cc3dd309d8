import { afterEach, describe, expect, it } from 'vitest';
import { defaultIsCorrect, type QuizQuestion } from '../../../bot/features/quiz/bank';
import { optionOrder, presented } from '../../../bot/features/quiz/shuffle';
import { loadBuiltinQuestions } from '../../../knowledge';
import { textOf } from '../../helpers/runtime';
import {
  allButtons,
  answer,
  buttonData,
  createQuizBot,
  current,
  fixtureQuestions,
  labelled,
  ME,
  type QuizBot,
  questionOf,
} from './helpers';

const builtinQuestions = (): QuizQuestion[] =>
  loadBuiltinQuestions().map((q) => ({ ...q, options: [...q.options] }) as unknown as QuizQuestion);

describe('issue 21: shuffled options', () => {
  it('over any 200 single-choice questions shown to one user, each key letter is between 15% and 35%', () => {
    const single = builtinQuestions().filter((q) => q.type === '单选' && q.options.length === 4);
    expect(single.length).toBeGreaterThanOrEqual(200);
    // Each question's order is drawn on its own (stateless), so a window's key share is binomial: sd ≈ 3% at 200.
    for (const user of ['console:me', 'wecom:zhangsan']) {
      const keys = single.map((q) => presented(q, user).answer);
      for (let from = 0; from + 200 <= keys.length; from += 25) {
        const window = keys.slice(from, from + 200);
        for (const letter of 'ABCD') {
          const share = window.filter((k) => k === letter).length / window.length;
          expect(share, `${user}, questions ${from}–${from + 199}, ${letter}`).toBeGreaterThanOrEqual(0.15);
          expect(share, `${user}, questions ${from}–${from + 199}, ${letter}`).toBeLessThanOrEqual(0.35);
        }
      }
    }
  });

  it('keeps 以上都是 last, leaves 判断 alone, is stable per user and question, and remaps the explanation’s letters', () => {
    const q: QuizQuestion = {
      id: 'x1',
      type: '多选',
      stem: '下列属于党员权利的是（）。',
      options: ['参加党的会议', '表决权', '选举权', '以上都是'],
      answer: 'D',
      explanation: '选项A、B、C都是权利，故选D。A项见党章第四条。',
      level: '初级',
      topic: '党员',
      source: 'member.rights',
    };
    const orders = new Set<string>();
    for (let u = 0; u < 40; u++) {
      const shown = presented(q, `user${u}`);
      expect(shown.options[3]).toBe('以上都是');
      expect(shown.answer).toBe('D');
      expect(presented(q, `user${u}`)).toEqual(shown);
      orders.add(shown.options.join('|'));
    }
    expect(orders.size).toBeGreaterThan(3);
    const single = { ...q, type: '单选' as const, options: ['甲', '乙', '丙', '丁'], answer: 'A', explanation: '甲正确，故选A；B项错误。' };
    const seed = [...Array(50).keys()].map((i) => `u${i}`).find((u) => optionOrder(single, u)[0] !== 0)!;
    const shown = presented(single, seed);
    const a = 'ABCD'[shown.options.indexOf('甲')];
    const b = 'ABCD'[shown.options.indexOf('乙')];
    expect(shown.answer).toBe(a);
    expect(shown.explanation).toBe(`甲正确，故选${a}；${b}项错误。`);
    const truth = { ...q, type: '判断' as const, options: [], answer: '正确' };
    expect(presented(truth, seed)).toBe(truth);
  });

  describe('in a session', () => {
    let bot: QuizBot;
    afterEach(async () => bot?.close());

    it('typed letters, buttons, the feedback, the 错题本 and the exam review all speak of the order the user saw', async () => {
      bot = await createQuizBot();
      // The fixture's single-choice questions, in the order shown to console:me: find one whose options moved.
      const moved = bot.questions.find((q) => q.type === '单选' && optionOrder(q, ME).some((s, i) => s !== i))!;
      expect(moved).toBeDefined();
      const shown = presented(moved, ME);
      const first = await bot.say(`练习 ${moved.level} ${moved.topic}`);
      let replies = first;
      while ((await questionOf(bot, current(replies).sessionId)).id !== moved.id) replies = await bot.say('跳过');
      const text = textOf(replies);
      shown.options.forEach((o, i) => expect(text).toContain(`${'ABCDEF'[i]}. ${o}`));
      // The button labelled with the shown key answers it.
      const key = shown.answer;
      const storedKey = moved.answer;
      expect(key).not.toBe(storedKey);
      const wrong = 'ABCD'.split('').find((l) => l !== key)!;
      const fed = textOf(await bot.say(wrong));
      expect(fed).toContain('回答错误');
      expect(fed).toContain(`正确答案：${key}. ${moved.options['ABCD'.indexOf(storedKey)]}`);
      const attempts = await bot.store.userAttempts(ME);
      expect(attempts.at(-1)).toMatchObject({ question_id: moved.id, given: wrong, correct: 0 });
      // Reviewing it again shows the same order, and the shown key is right.
      const review = await bot.say('复习');
      const again = await bot.press(buttonData(review, (b) => b.data.startsWith('q:W') || b.data.startsWith('q:R')));
      expect(textOf(again)).toContain(`${key}. ${moved.options['ABCD'.indexOf(storedKey)]}`);
      expect(textOf(await bot.say(key))).toContain('回答正确');
    });

    it('an exam review shows the options and the given letters as the user saw them', async () => {
      bot = await createQuizBot();
      // Five questions: the review's first page (REVIEW_PAGE) holds them all.
      let replies = await bot.say('模拟考试 初级 5题');
      const seen: { q: QuizQuestion; given: string }[] = [];
      for (let i = 0; i < 5; i++) {
        const q = await questionOf(bot, current(replies).sessionId);
        seen.push({ q, given: q.type === '单选' ? q.answer : '' });
        replies = await answer(bot, replies, true);
      }
      const review = textOf(await bot.press(buttonData(replies, labelled('逐题回顾'))));
      for (const { q } of seen.filter((s) => s.q.type === '单选')) {
        q.options.forEach((o, i) => expect(review).toContain(`${'ABCDEF'[i]}. ${o}`));
        expect(review).toContain(`正确答案：${q.answer}. ${q.options['ABCDEF'.indexOf(q.answer)]}`);
      }
    });
  });
});

describe('issue 21: fair fill-in grading', () => {
  const fill = (stem: string, answer: string): QuizQuestion => ({
    id: 'f',
    type: '填空',
    stem,
    options: [],
    answer,
    explanation: '',
    level: '初级',
    topic: '党员',
    source: '',
  });

  it('digits and Chinese numerals, a unit the stem names, full width and separators are the same answer', () => {
    const age = fill('年满（）岁的中国工人、农民……可以申请加入中国共产党。', '十八');
    for (const given of ['十八', '18', '18岁', '１８', '１８岁', ' 18 ']) expect(defaultIsCorrect(age, given), given).toBe(true);
    for (const given of ['17', '十七', '18年', '']) expect(defaultIsCorrect(age, given), given).toBe(false);
    const term = fill('党的基层委员会每届任期一般为（）年。', '5');
    expect(defaultIsCorrect(term, '五')).toBe(true);
    expect(defaultIsCorrect(term, '五年')).toBe(true);
    const money = fill('月工资收入在3000元以下（含）的，交纳月工资收入的（）。', '0.5%/千分之五');
    expect(defaultIsCorrect(money, '千分之五')).toBe(true);
    expect(defaultIsCorrect(money, '0.5%')).toBe(true);
    const two = fill('党的组织原则是（），党的根本组织制度是（）。', '民主集中制|民主集中制');
    for (const given of [
      '民主集中制、民主集中制',
      '民主集中制，民主集中制',
      '民主集中制；民主集中制',
      '民主集中制/民主集中制',
      '民主集中制 民主集中制',
    ])
      expect(defaultIsCorrect(two, given), given).toBe(true);
    const counts = fill('党支部一般每（）召开一次支部委员会，每（）召开一次党员大会。', '月|季度');
    expect(defaultIsCorrect(counts, '月，季度')).toBe(true);
    const meetings = fill('“三会一课”中的“一课”是（）。', '党课');
    expect(defaultIsCorrect(meetings, '党课')).toBe(true);
    const times = fill('党小组会一般每月召开（）次。', '1/一');
    expect(defaultIsCorrect(times, '1次')).toBe(true);
    expect(defaultIsCorrect(times, '一次')).toBe(true);
    expect(defaultIsCorrect(times, '2次')).toBe(false);
  });
});

describe('issue 21: menus, and the small defects', () => {
  let bot: QuizBot;
  afterEach(async () => bot?.close());

  it('a menu is answered by its labels: 中级 and 全部分类 choose, they are no handbook question', async () => {
    bot = await createQuizBot();
    await bot.say('练习');
    const topics = await bot.say('初级');
    expect(allButtons(topics).map((b) => b.label)).toContain('全部分类');
    expect(textOf(topics)).toContain('请选择初级练习的分类');
    const first = textOf(await bot.say('全部分类'));
    expect(first).toContain('开始顺序练习');
    expect(first).toContain('第 1/');
    await bot.say('模拟考试');
    const exam = textOf(await bot.say('中级'));
    expect(exam).toMatch(/中级模拟考试开始|这个等级/);
  });

  it('取消 on an open menu cancels it', async () => {
    bot = await createQuizBot();
    await bot.say('练习');
    const cancelled = textOf(await bot.say('取消'));
    expect(cancelled).not.toContain('没有进行中');
    expect(cancelled).toContain('已取消');
    // The menu is closed: its label is no longer a choice.
    expect(textOf(await bot.say('初级'))).not.toContain('请选择初级练习的分类');
  });

  it('a list that changed under the cursor starts afresh, not “已全部练完一遍”', async () => {
    bot = await createQuizBot();
    // The user had practised far into a larger bank in this scope (now another, smaller bank is chosen).
    await bot.store.setCursor(ME, '初级|党员', 40, '2026-03-01T00:00:00.000Z');
    const started = textOf(await bot.say('练习 初级 党员'));
    expect(started).not.toContain('已全部练完一遍');
    expect(started).toContain('开始顺序练习');
  });

  it('practising the 收藏夹 says so in its header', async () => {
    bot = await createQuizBot();
    const first = await bot.say('练习 初级 党员');
    await bot.press(buttonData(first, (b) => b.data.startsWith('q:f:')));
    const list = await bot.say('收藏夹');
    const round = textOf(await bot.press(buttonData(list, (b) => b.data === 'q:F:p')));
    expect(round).toContain('【收藏夹】第 1/1 题');
    expect(round).not.toContain('随机练习');
  });
});
