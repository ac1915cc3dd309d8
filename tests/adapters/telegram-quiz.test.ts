import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../adapters/telegram';
import { createAskFeature } from '../../bot/features/ask';
import { createGapStore } from '../../bot/features/ask/gap-store';
import { createCancelFeature } from '../../bot/features/cancel';
import { createHelpFeature } from '../../bot/features/help';
import { quizFeature } from '../../bot/features/quiz';
import { memorySource } from '../../bot/features/quiz/bank';
import { silentLogger } from '../../bot/logger';
import { fixtureQuestions } from '../features/quiz/helpers';
import { ManualClock } from '../helpers/clock';
import { createTestBot, type TestBot } from '../helpers/runtime';
import { botMessages, startTelegramPeer, type TelegramPeer } from './peers/telegram';

/**
 * The quiz on Telegram (telegram-test-api on 127.0.0.1): typed answers of every type, the loops of exam apps
 * (end-of-round score, study mode, favourites, progress, the review after a mock exam) and a pasted question
 * while an exam runs. Button presses go through the real callback queries.
 */

const TOKEN = '654321:QUIZ-token-bbbbbbbbbbbbbbbbbbbb';

describe('quiz on Telegram', () => {
  let peer: TelegramPeer;
  let bot: TestBot | undefined;
  let adapter: TelegramAdapter | undefined;
  let nextUser = 5000;

  beforeAll(async () => {
    peer = await startTelegramPeer();
  });
  afterAll(async () => peer?.stop());
  afterEach(async () => {
    await adapter?.stop();
    await bot?.close();
    adapter = undefined;
    bot = undefined;
  });

  async function start() {
    bot = await createTestBot({
      clock: new ManualClock('2026-03-02T09:00:00+08:00'),
      features: [
        createHelpFeature,
        createCancelFeature,
        quizFeature({ source: () => memorySource(fixtureQuestions()), shuffle: false }),
        createAskFeature,
      ],
    });
    adapter = createTelegramAdapter({ app: bot.runtime.app, log: silentLogger(), token: TOKEN, apiRoot: peer.apiRoot, throttle: false });
    await adapter.start();
    const userId = nextUser++;
    const client = peer.server.getClient(TOKEN, { userId, chatId: userId, type: 'private', firstName: '小王', timeout: 1000 });
    /** Sends text and returns the texts of the next `n` bot messages. */
    const say = async (text: string, n = 1) => {
      await client.sendMessage(client.makeMessage(text));
      return botMessages(client, n);
    };
    const press = async (message: any, label: string, n = 1) => {
      const key = message.reply_markup.inline_keyboard.flat().find((k: any) => k.text === label);
      if (!key) throw new Error(`no button “${label}” in ${JSON.stringify(message.reply_markup.inline_keyboard)}`);
      await client.sendCallback(client.makeCallbackQuery(key.callback_data));
      return botMessages(client, n);
    };
    return { client, say, press, chatKey: `telegram:${userId}` };
  }

  /** Knowledge gaps recorded in the chat (the ask feature's store). */
  const gaps = async (chatKey: string) => (await createGapStore(bot!.runtime.storage).listOpen(chatKey, 100)).length;

  it('takes typed answers of every type, stops with 结束练习 and shows the round score', async () => {
    const { say, chatKey } = await start();
    const [first] = await say('练习 初级 党员');
    expect(first.text).toContain('预备党员的预备期一般为');
    // Feedback and the next question arrive as one message (joinReplies, the adapter's default).
    const [r1] = await say('Ｂ');
    const q2 = r1;
    expect(r1.text).toContain('回答正确');
    expect(q2.text).toContain('党员的党龄从转为正式党员之日算起');
    const [r2] = await say('对');
    const q3 = r2;
    expect(r2.text).toContain('回答正确');
    expect(q3.text).toContain('下列属于党员义务的是');
    const [r3] = await say('A、C、D');
    expect(r3.text).toContain('回答错误');
    expect(r3.text).toContain('正确答案：A. 认真学习；B. 遵守纪律；D. 密切联系群众');
    const [r4] = await say('一年');
    expect(r4.text).toContain('回答正确');
    const [stop] = await say('结束练习');
    expect(stop.text).toContain('本轮练习结束：答对 3/4 题（75%）');
    expect(stop.text).toContain('• 党员：3/4（75%）');
    expect(await gaps(chatKey)).toBe(0);
  });

  it('study mode, a star, the favourites list and progress', async () => {
    const { say, press } = await start();
    const [study] = await say('背题 初级 组织生活');
    expect(study.text).toContain('正确答案：B. 月');
    const [starred] = await press(study, '☆ 收藏');
    const again = starred;
    expect(starred.text).toContain('已收藏本题');
    expect(again.reply_markup.inline_keyboard.flat().map((k: any) => k.text)).toContain('★ 已收藏');
    const [next] = await press(again, '下一题');
    expect(next.text).toContain('党小组会一般每月召开一次');
    const [list] = await say('收藏夹');
    expect(list.text).toContain('我的收藏（1 题）');
    const [practice] = await press(list, '练习收藏的题');
    expect(practice.text).toContain('支部委员会会议一般每（）召开一次');
    const [feedback] = await say('b');
    const summary = feedback;
    expect(feedback.text).toContain('回答正确');
    expect(summary.text).toContain('本轮练习结束：答对 1/1 题（100%）');
    const [progress] = await say('进度');
    expect(progress.text).toContain('组织生活：1/3（33%），正确率 100%');
  });

  it('mock exam: typed answers, a paste is refused while it runs, 交卷 and the wrong-only review', async () => {
    const { say, press } = await start();
    const [exam] = await say('模拟考试 初级 2题');
    expect(exam.text).toContain('初级模拟考试开始');
    const [refused] = await say('预备党员的预备期一般为（ ）\nA. 半年\nB. 一年\nC. 两年\nD. 三年');
    expect(refused.text).toContain('你正在进行模拟考试');
    const [recorded] = await say('A');
    expect(recorded.text).toMatch(/第 1 题已记录|第 1 题/);
    const [confirm] = await say('交卷');
    expect(confirm.text).toContain('确定交卷吗');
    const [result] = await press(confirm, '确定交卷');
    expect(result.text).toContain('初级模拟考试成绩');
    const [review] = await press(result, '只看错题');
    expect(review.text).toContain('模拟考试回顾（只看错题');
    expect(review.text).toContain('你的答案：');
    expect(review.text).toContain('正确答案：');
    expect(review.text).toContain('解析：测试解析');
  });
});
