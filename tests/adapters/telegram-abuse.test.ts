import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../adapters/telegram';
import { createHelpFeature } from '../../bot/features/help';
import { quizFeature } from '../../bot/features/quiz';
import { memorySource } from '../../bot/features/quiz/bank';
import { createRemindersFeature, createRemindersStores } from '../../bot/features/reminders';
import { silentLogger } from '../../bot/logger';
import { fixtureQuestions } from '../features/quiz/helpers';
import { peekQuiz } from '../features/quiz/peek';
import { createTestBot, type TestBot } from '../helpers/runtime';
import { startTelegramPeer, type TelegramPeer } from './peers/telegram';

/** Issue 24: the Telegram fake tried for abuse through the webhook (where Telegram redelivers an update it got no 200 for). */
const TOKEN = '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa';
const SECRET = 'hook-secret_1';
const bank = fixtureQuestions().filter((q) => q.type === '单选');

describe('Telegram adapter under abuse (webhook mode)', () => {
  let peer: TelegramPeer;
  let bot: TestBot;
  let adapter: TelegramAdapter;
  let url = '';
  let nextUpdate = 50_000;

  beforeAll(async () => {
    peer = await startTelegramPeer();
    // console:me is another branch's secretary (set up through the core); telegram:82 is a secretary too, of no branch.
    bot = await createTestBot({
      env: { DANGWU_SECRETARIES: 'console:me,telegram:82' },
      features: [createHelpFeature, createRemindersFeature, quizFeature({ source: () => memorySource(bank), shuffle: false })],
    });
    adapter = createTelegramAdapter({
      app: bot.runtime.app,
      log: silentLogger(),
      token: TOKEN,
      apiRoot: peer.apiRoot,
      throttle: false,
      webhook: { url: 'https://bot.example.org/telegram/hook', secret: SECRET, port: 0, host: '127.0.0.1' },
    });
    await adapter.start();
    url = `http://127.0.0.1:${adapter.address()!.port}/telegram/hook`;
  });
  afterAll(async () => {
    await adapter?.stop();
    await bot?.close();
    await peer?.stop();
  });

  const post = (body: unknown) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const from = (id: number) => ({ id, is_bot: false, first_name: '小李' });
  const message = (user: number, text: string, updateId = nextUpdate++) => ({
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: user, type: 'private', first_name: '小李' },
      from: from(user),
      text,
    },
  });
  const press = (user: number, chat: number, data: string) => ({
    update_id: nextUpdate++,
    callback_query: {
      id: `cq${nextUpdate}`,
      from: from(user),
      chat_instance: 'ci',
      data,
      message: {
        message_id: 1,
        date: 1,
        chat: { id: chat, type: 'private', first_name: '小李' },
        from: { id: 123456, is_bot: true, first_name: 'bot' },
        text: '题目',
      },
    },
  });
  const sentTo = (chat: number) => peer.calls.filter((c) => c.method === 'sendMessage' && String(c.body.chat_id) === String(chat));
  const waitForSent = async (chat: number, count: number) => {
    const deadline = Date.now() + 10_000;
    while (sentTo(chat).length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} messages to ${chat}, got ${sentTo(chat).length}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return sentTo(chat);
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
  const stillAnswers = async () => {
    const chat = 77_000 + nextUpdate;
    expect((await post(message(chat, '帮助'))).status).toBe(200);
    expect((await waitForSent(chat, 1))[0]!.body.text).toContain('党务助手可以帮你');
  };

  it('an update delivered again (same update_id) is answered once', async () => {
    const update = message(71, '帮助');
    expect((await post(update)).status).toBe(200);
    await waitForSent(71, 1);
    expect((await post(update)).status).toBe(200);
    await settle();
    expect(sentTo(71)).toHaveLength(1);
  });

  it('malformed, partial and oversized updates are refused or answered plainly, and the process keeps answering', async () => {
    expect((await post('{not json')).status).toBe(400);
    for (const body of [
      {},
      { update_id: nextUpdate++ },
      { update_id: nextUpdate++, message: {} },
      { update_id: nextUpdate++, callback_query: { id: 'x' } },
    ])
      expect((await post(body)).status, JSON.stringify(body)).toBe(200);
    expect((await post(message(72, '党'.repeat(400_000)))).status).toBe(200);
    const [huge] = await waitForSent(72, 1);
    expect(huge!.body.text.length).toBeLessThan(2000);
    await stillAnswers();
  });

  it('a forged button naming another member’s quiz session changes nothing, pressed in their chat or one the bot never saw', async () => {
    await post(message(73, '练习'));
    const buttonsOf = (sent: { body: any }) => (sent.body.reply_markup?.inline_keyboard ?? []).flat() as { callback_data: string }[];
    await post(press(73, 73, buttonsOf((await waitForSent(73, 1)).at(-1)!)[0]!.callback_data)); // level
    await post(press(73, 73, buttonsOf((await waitForSent(73, 2)).at(-1)!)[0]!.callback_data)); // all topics → the first question
    const answer = buttonsOf((await waitForSent(73, 3)).at(-1)!)[0]!.callback_data;
    const quiz = peekQuiz(bot.runtime.storage);
    const sessions = await quiz.sessions();
    await post(press(74, 74, answer));
    await post(press(74, -100999, answer));
    await post(press(74, 74, 'qz:a:999999:Z'));
    await settle();
    expect(await quiz.attempts()).toEqual([]);
    expect(await quiz.sessions()).toEqual(sessions);
    await stillAnswers();
  });

  it('forged buttons naming another branch’s meeting schedule or another member’s reminder change nothing', async () => {
    const secretary = { userId: 'me', name: '王书记', chatId: 'g-first', chatKind: 'group' as const };
    await bot.say('绑定支部 第一党支部', secretary);
    await bot.press((await bot.say('设置会议 支委会 每月第一个周一下午3点', secretary)).at(-1)!.buttons![0]![0]!.data, secretary);
    await bot.press((await bot.say('提醒我 明天下午两点 交党费', { userId: 'me' })).at(-1)!.buttons![0]![0]!.data, { userId: 'me' });
    const stores = createRemindersStores(bot.runtime.storage);
    const [branch] = await stores.branches.all();
    const [schedule] = await stores.meetings.schedules(branch!.id);
    const [reminder] = await stores.personal.active('console:me');
    expect(schedule && reminder).toBeTruthy();

    // Another branch's secretary (and a plain member) press buttons naming them, in a private chat.
    for (const user of [82, 83]) {
      await post(press(user, user, `rm:held:${schedule!.id}:2026-03-02`));
      await post(press(user, user, `rm:skip:${schedule!.id}:2026-03-02`));
      await post(press(user, user, `rm:pcancel:${reminder!.id}`));
      await post(press(user, user, 'rm:plist:1'));
    }
    const replies = [...(await waitForSent(82, 4)), ...(await waitForSent(83, 4))].map((sent) => sent.body.text as string);
    expect(replies.filter((text) => text.includes('这项内容不属于本群绑定的支部'))).toHaveLength(2);
    expect(replies.filter((text) => text.includes('只有支部书记'))).toHaveLength(2);
    expect(replies.filter((text) => text.includes('没有找到这条提醒'))).toHaveLength(2);
    expect(replies.filter((text) => text.includes('你还没有设置提醒'))).toHaveLength(2);
    // Nothing was started or changed: no pending 记录会议 step, the reminder still active, no record written.
    expect(await stores.personal.active('console:me')).toEqual([reminder]);
    expect(await stores.meetings.records(branch!.id)).toEqual([]);
    expect(
      (await bot.say('到了8个人 学习党章', { userId: '82', platform: 'telegram', chatId: '82' })).map((r) => r.text).join(),
    ).not.toContain('已记录');
    await stillAnswers();
  });
});
