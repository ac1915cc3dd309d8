import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../../adapters/console';
import { createAskFeature } from '../../../bot/features/ask';
import { createGapStore } from '../../../bot/features/ask/gap-store';
import { createCancelFeature } from '../../../bot/features/cancel';
import { createHelpFeature } from '../../../bot/features/help';
import { quizFeature } from '../../../bot/features/quiz';
import { memorySource } from '../../../bot/features/quiz/bank';
import { ManualClock } from '../../helpers/clock';
import { createTestBot, type TestBot } from '../../helpers/runtime';
import { fixtureQuestions } from './helpers';

/**
 * Typed answers and the exam-app loops through the real console adapter, as `printf … | npm start` would:
 * lines are handled in order and a button is pressed by typing its number.
 */

async function converse(bot: TestBot, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => (printed += String(chunk)));
  const adapter = createConsoleAdapter({ app: bot.runtime.app, input, output, interactive: false, exportDir: join(bot.dir, 'exports') });
  await adapter.start();
  input.end(lines.map((l) => `${l}\n`).join(''));
  await adapter.finished;
  return printed;
}

/** The printed text between the replies to two lines (each reply starts after the previous one ended). */
function inOrder(printed: string, parts: string[]): void {
  let at = 0;
  for (const part of parts) {
    const found = printed.indexOf(part, at);
    expect(found, `“${part}” after position ${at} in:\n${printed}`).toBeGreaterThanOrEqual(0);
    at = found + part.length;
  }
}

/** Knowledge gaps recorded in the terminal's chat (the ask feature's store). */
const gaps = async (bot: TestBot) => (await createGapStore(bot.runtime.storage).listOpen('console:terminal', 100)).length;

describe('quiz in the console: typed answers and the loops', () => {
  let bot: TestBot;
  afterEach(async () => bot?.close());

  /** `shuffle: false` for the tests that type and assert letters in the bank's order. */
  const start = async (shuffle = true) => {
    bot = await createTestBot({
      clock: new ManualClock('2026-03-02T09:00:00+08:00'),
      features: [
        createHelpFeature,
        createCancelFeature,
        quizFeature({ source: () => memorySource(fixtureQuestions()), shuffle }),
        createAskFeature,
      ],
    });
    return bot;
  };

  it('takes typed answers of every type, the button words, and records no knowledge gap', async () => {
    await start(false);
    const printed = await converse(bot, [
      '练习 初级 党员',
      'ｂ',
      '√',
      'a和B、d',
      '1年',
      '选C',
      'F',
      '收藏',
      'B和C',
      'g',
      '跳过',
      '结束练习',
    ]);
    inOrder(printed, [
      '预备党员的预备期一般为',
      '✅ 回答正确', // ｂ
      '党员的党龄从转为正式党员之日算起',
      '✅ 回答正确', // √
      '下列属于党员义务的是',
      '✅ 回答正确', // a和B、d
      '预备期最长可以延长',
      '✅ 回答正确', // 1年
      '正式党员满（）人可以成立党支部',
      '✅ 回答正确', // 选C
      '党员可以不参加组织生活',
      '✅ 回答正确', // F
      '已全部练完一遍',
      '⭐ 已收藏本题',
      '★ 已收藏',
      '这是单选题，只能选一个选项。',
      '本题只有 A–D 这几个选项，没有 G。',
      '已跳过本题，不计入成绩。',
      '党员的党龄从转为正式党员之日算起',
      '📋 本轮练习结束：答对 6/6 题（100%）',
      '• 党员：6/6（100%）',
    ]);
    expect(await gaps(bot)).toBe(0);
  });

  it('after the question is closed, a typed letter goes to the question answerer instead', async () => {
    await start();
    const printed = await converse(bot, ['练习 初级 党员', '结束练习', 'B']);
    inOrder(printed, ['预备党员的预备期一般为', '本轮练习结束', '']);
    expect(printed.split('本轮练习结束')[1]).not.toContain('回答正确');
  });

  it('exam: typed answers are recorded without feedback, 交卷 asks first, then a question-by-question review pages through wrong answers', async () => {
    await start();
    const printed = await converse(bot, ['模拟考试 初级 3题', 'B', '交卷', '1', '2', '1']);
    // 3 questions drawn at random: answer the first by typing, hand in, confirm by number, then look at the review.
    inOrder(printed, [
      '初级模拟考试开始',
      '第 1 题已记录',
      '已答 1/3 题',
      '[1] 确定交卷',
      '初级模拟考试成绩',
      '[1] 逐题回顾   [2] 只看错题',
      '模拟考试回顾（只看错题',
      '你的答案：',
      '正确答案：',
      '解析：测试解析',
    ]);
    expect(await gaps(bot)).toBe(0);
  });

  it('study mode shows answers and explanations and moves on with 下一题; stars are listed and practised; progress counts', async () => {
    await start(false);
    const printed = await converse(bot, ['背题 初级 组织生活', '下一题', '收藏', '下一题', '结束', '收藏夹', '1', 'B', '进度']);
    inOrder(
      printed,
      [
        '背题模式：共 3 题',
        '支部委员会会议一般每（）召开一次',
        '正确答案：B. 月',
        '解析：测试解析：一般每月一次。',
        '党小组会一般每月召开一次',
        '⭐ 已收藏本题',
        '支部党员大会一般每（）召开一次',
        // Three questions were on screen (the third when 结束 came): three seen, not the two moved past.
        '背题结束：本轮看了 3 题',
        '我的收藏（1 题）',
        '党小组会一般每月召开一次',
        '开始练习收藏的 1 道题',
        '党小组会一般每月召开一次',
        '背题模式不用作答', // B is no answer in study mode… but this is a practice round now
      ].slice(0, 12),
    );
    inOrder(printed, [
      '开始练习收藏的 1 道题',
      '【收藏夹】第 1/1 题',
      '❌ 回答错误',
      '本轮练习结束：答对 0/1 题',
      '练习进度',
      '初级：1/',
      '组织生活：1/3（33%），正确率 0%',
    ]);
  });

  it('random practice draws a round and scores it at the end', async () => {
    await start();
    const printed = await converse(bot, ['随机练习 初级 组织生活', '跳过', '跳过', '跳过']);
    inOrder(printed, [
      '开始随机练习：从 3 题中随机抽取 3 题',
      '【随机练习】第 1/3 题',
      '已跳过本题',
      '【随机练习】第 2/3 题',
      '已跳过本题',
      '已跳过本题',
    ]);
  });
});
