import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter, joinReplies, type TelegramAdapter } from '../../adapters/telegram';
import type { FeatureFactory } from '../../bot/core/feature';
import { createCancelFeature } from '../../bot/features/cancel';
import { createHelpFeature } from '../../bot/features/help';
import { quizFeature } from '../../bot/features/quiz';
import { memorySource } from '../../bot/features/quiz/bank';
import { createStartFeature } from '../../bot/features/start';
import { silentLogger } from '../../bot/logger';
import { createRuntime, type Runtime } from '../../bot/runtime';
import { fixtureQuestions } from '../features/quiz/helpers';
import { peekQuiz, recordAnswer } from '../features/quiz/peek';
import { ManualClock } from '../helpers/clock';
import { testBackend } from '../helpers/database';
import { createTestBot, type TestBot } from '../helpers/runtime';
import { dailyQuizJobs } from '../helpers/scheduled-jobs';
import { handbookStandIn, toolsFeature } from './peers/features';
import { botMessages, startTelegramPeer, type TelegramPeer } from './peers/telegram';

const TOKEN = '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa';
const singleChoice = fixtureQuestions().filter((q) => q.type === '单选');
const level = singleChoice[0]!.level;
const bank = singleChoice.filter((q) => q.level === level);

describe('Telegram adapter against telegram-test-api', () => {
  let peer: TelegramPeer;
  let bot: TestBot | undefined;
  let adapter: TelegramAdapter | undefined;
  let nextChat = 1000;

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

  async function start(features: FeatureFactory[], options: { throttle?: boolean; clock?: ManualClock; joinReplies?: boolean } = {}) {
    bot = await createTestBot({ features, clock: options.clock });
    adapter = createTelegramAdapter({
      app: bot.runtime.app,
      log: silentLogger(),
      token: TOKEN,
      apiRoot: peer.apiRoot,
      throttle: options.throttle ?? false,
      joinReplies: options.joinReplies,
    });
    await adapter.start();
    return bot;
  }
  const user = (options: { userId?: number; chatId?: number; type?: 'private' | 'group' } = {}) => {
    const userId = options.userId ?? nextChat++;
    return peer.server.getClient(TOKEN, {
      userId,
      chatId: options.chatId ?? userId,
      type: options.type ?? 'private',
      firstName: '小李',
      timeout: 1000,
    });
  };

  it('greets /start, registers Chinese command descriptions and answers 帮助 (throttled as in production)', async () => {
    await start([createStartFeature, createHelpFeature], { throttle: true });
    const commands = peer.calls.filter((c) => c.method === 'setMyCommands').at(-1)?.body.commands;
    expect(commands).toEqual([
      { command: 'start', description: '开始使用，查看简介' },
      { command: 'help', description: expect.stringMatching(/[\u4e00-\u9fff]/) },
    ]);
    const client = user();
    await client.sendCommand(client.makeCommand('/start'));
    const [welcome] = await botMessages(client, 1);
    expect(welcome.text).toContain('小李，你好！我是党务助手');
    await client.sendMessage(client.makeMessage('幫助'));
    const [help] = await botMessages(client, 1);
    expect(help.text).toContain('⚙️ 基本：开始、帮助');
    expect(help.reply_markup.inline_keyboard.flat()).toEqual([{ text: '⚙️基本', callback_data: 'help:s:0' }]);
  });

  it('runs a practice quiz through button presses, each press answered', async () => {
    const b = await start([createHelpFeature, createCancelFeature, quizFeature({ source: () => memorySource(bank), shuffle: false })]);
    const client = user();
    await client.sendCommand(client.makeCommand('/quiz'));
    const [levels] = await botMessages(client, 1);
    const levelButton = levels.reply_markup.inline_keyboard.flat().find((k: any) => k.text === level);
    const answered = () => peer.calls.filter((c) => c.method === 'answerCallbackQuery').length;
    const before = answered();
    await client.sendCallback(client.makeCallbackQuery(levelButton.callback_data));
    const [topics] = await botMessages(client, 1);
    await client.sendCallback(client.makeCallbackQuery(topics.reply_markup.inline_keyboard[0][0].callback_data));
    const [question] = await botMessages(client, 1);
    const current_qid = await peekQuiz(b.runtime.storage).currentQid();
    const q = bank.find((x) => x.id === current_qid)!;
    expect(question.text).toContain(q.stem.slice(0, 10));
    const right = question.reply_markup.inline_keyboard.flat().find((k: any) => k.callback_data.endsWith(`:${q.answer}`));
    await client.sendCallback(client.makeCallbackQuery(right.callback_data));
    const feedback = await botMessages(client, 1);
    expect(feedback[0].text).toContain('回答正确');
    expect(answered() - before).toBe(3);
    const attempts = (await peekQuiz(b.runtime.storage).attempts()).map(({ user_key, correct }) => ({ user_key, correct }));
    expect(attempts).toEqual([{ user_key: `telegram:${client.makeMessage('').from.id}`, correct: 1 }]);
  });

  it('with joinReplies, sends an answer’s feedback and the next question as one message, buttons under it', async () => {
    const b = await start([createHelpFeature, quizFeature({ source: () => memorySource(bank), shuffle: false })], { joinReplies: true });
    const client = user();
    await client.sendMessage(client.makeMessage(`练习 ${level} 全部`));
    const [question] = await botMessages(client, 1);
    const qid = () => peekQuiz(b.runtime.storage).currentQid();
    const current = await qid();
    const q = bank.find((x) => x.id === current)!;
    const sends = () => peer.calls.filter((c) => c.method === 'sendMessage').length;
    const before = sends();
    const right = question.reply_markup.inline_keyboard.flat().find((k: any) => k.callback_data.endsWith(`:${q.answer}`));
    await client.sendCallback(client.makeCallbackQuery(right.callback_data));
    const [joined] = await botMessages(client, 1);
    const nextId = await qid();
    const next = bank.find((x) => x.id === nextId)!;
    expect(joined.text.indexOf('回答正确')).toBeGreaterThanOrEqual(0);
    expect(joined.text.indexOf(next.stem.slice(0, 8))).toBeGreaterThan(joined.text.indexOf('回答正确'));
    expect(joined.reply_markup.inline_keyboard.flat().some((k: any) => k.callback_data.startsWith('q:a:'))).toBe(true);
    expect(sends() - before).toBe(1);
    expect(joinReplies([{ text: 'a', buttons: [[{ label: 'x', data: 'x:1' }]] }, { text: 'b' }, { text: 'c' }])).toEqual([
      { text: 'a', buttons: [[{ label: 'x', data: 'x:1' }]] },
      { text: 'b\n\nc' },
    ]);
    expect(joinReplies([{ text: '长'.repeat(3000) }, { text: '文'.repeat(3000) }])).toHaveLength(2);
  });

  it('answers a handbook question with its source', async () => {
    await start([createHelpFeature, handbookStandIn]);
    const client = user();
    await client.sendMessage(client.makeMessage('預備期多長？'));
    const [answer] = await botMessages(client, 1);
    expect(answer.text).toMatch(/预备期为一年[\s\S]*出处：/);
  });

  it('delivers a scheduled reminder to a group through the scheduler', async () => {
    const clock = new ManualClock('2026-03-02T09:00:00+08:00');
    const b = await start([createHelpFeature], { clock });
    const group = user({ userId: 7, chatId: -100777, type: 'group' });
    const { scheduler } = b.runtime.app.services;
    scheduler.register<{ text: string }>('test-reminder', async (job) =>
      b.runtime.app.services.push(job.address!, { text: job.payload.text }),
    );
    await scheduler.schedule({
      kind: 'test-reminder',
      occurrenceKey: 'g1',
      dueAt: new Date('2026-03-02T10:00:00+08:00'),
      address: { platform: 'telegram', chatId: '-100777' },
      payload: { text: '提醒：今天下午3点召开支部委员会' },
    });
    clock.advance(60 * 60_000);
    expect(await scheduler.tick()).toBe(1);
    const [reminder] = await botMessages(group, 1);
    expect(reminder.text).toBe('提醒：今天下午3点召开支部委员会');
    expect(String(reminder.chat_id)).toBe('-100777');
  });

  it('in groups answers commands, mentions and replies to the bot only; admins found with getChatMember', async () => {
    await start([createHelpFeature, toolsFeature, handbookStandIn]);
    const member = user({ userId: 21, chatId: -100500, type: 'group' });
    const admin = peer.server.getClient(TOKEN, { userId: 22, chatId: -100500, type: 'group', firstName: '王书记', timeout: 1000 });
    peer.admins.add('-100500:22');

    await member.sendMessage(member.makeMessage('预备期多长'));
    await member.sendCommand(member.makeCommand('/help@OtherBot'));
    await member.sendMessage(member.makeMessage('@TestNameBot 预备期多长'));
    const [mentioned] = await botMessages(member, 1);
    expect(mentioned.text).toContain('预备期为一年');
    await member.sendMessage(
      member.makeMessage('那转正呢', {
        reply_to_message: { message_id: 1, from: { id: 666, is_bot: true, first_name: 'Bot' }, chat: { id: -100500, type: 'group' } },
      } as any),
    );
    const [replied] = await botMessages(member, 1);
    expect(replied.text).toContain('我没有理解'); // handled (the fallback), not ignored

    await member.sendCommand(member.makeCommand('/bind@TestNameBot'));
    const [refused] = await botMessages(member, 1);
    expect(refused.text).toContain('只有支部书记');
    await admin.sendCommand(admin.makeCommand('/bind'));
    const [bound] = await botMessages(admin, 1);
    expect(bound.text).toBe('本群已绑定到支部');
    expect(peer.calls.filter((c) => c.method === 'getChatMember').map((c) => `${c.body.chat_id}:${c.body.user_id}`)).toEqual([
      '-100500:21',
      '-100500:22',
    ]);
    // The two ignored messages produced nothing.
    await expect(botMessages(member, 1, 1.5)).rejects.toThrow(/expected 1/);
  });

  it('rejects unknown and oversized button data with an answer to the press', async () => {
    await start([createHelpFeature, quizFeature({ source: () => memorySource(bank), shuffle: false })]);
    const client = user();
    await client.sendCallback(client.makeCallbackQuery('nosuch:1'));
    await client.sendCallback(client.makeCallbackQuery(`quiz:${'x'.repeat(80)}`));
    const deadline = Date.now() + 5000;
    let answers: any[] = [];
    while (answers.length < 2 && Date.now() < deadline) {
      answers = peer.calls.filter((c) => c.method === 'answerCallbackQuery' && c.body.text);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(answers.map((a) => a.body.text)).toEqual([expect.stringContaining('失效'), expect.stringContaining('无法识别')]);
    await expect(botMessages(client, 1, 1)).rejects.toThrow();
  });

  it('splits long replies on line boundaries, sends exports as documents and waits out a 429', async () => {
    await start([toolsFeature]);
    const client = user();
    await client.sendCommand(client.makeCommand('/long'));
    const parts = await botMessages(client, 2);
    expect(parts.every((p) => p.text.length <= 4096)).toBe(true);
    expect(parts[0].text.endsWith('党务')).toBe(true);
    expect(parts[1].text.startsWith('第')).toBe(true);
    expect(
      parts
        .map((p) => p.text)
        .join('\n')
        .split('\n'),
    ).toHaveLength(300);

    await client.sendCommand(client.makeCommand('/export'));
    await botMessages(client, 1);
    const deadline = Date.now() + 5000;
    while (peer.documents.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(peer.documents.at(-1)).toMatchObject({ filename: 'records.csv', content: expect.stringContaining('2026-03-02,学习') });

    peer.tooManyRequests = 1;
    await client.sendMessage(client.makeMessage('/long'));
    // The retry waits retry_after (1 s) on top of a loaded machine's latency.
    expect(await botMessages(client, 2)).toHaveLength(2);
    expect(peer.tooManyRequests).toBe(0);
  });

  it('sends 统计 as its text and then the chart as a photo (a PNG drawn on the server)', async () => {
    const b = await start([quizFeature({ source: () => memorySource(bank), shuffle: false })]);
    const userId = nextChat++;
    for (const [i, q] of bank.entries())
      await recordAnswer(b.runtime.storage, `telegram:${userId}`, q, new Date(Date.UTC(2026, 10, 1, 8, i)).toISOString(), {
        correct: i % 3 === 0 ? 0 : 1,
        position: i,
      });
    const client = user({ userId });
    const photosBefore = peer.photos.length;
    await client.sendMessage(client.makeMessage('统计'));
    // The first chart loads ECharts and the font: generous on a busy machine. The Bot API calls are read at the
    // shim, since the emulator's client may stop waiting for a reply that comes seconds after the message.
    const deadline = Date.now() + 60_000;
    while (peer.photos.length === photosBefore && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const sends = peer.calls.filter((c) => ['sendMessage', 'sendPhoto'].includes(c.method)).slice(-2);
    expect(sends.map((c) => c.method)).toEqual(['sendMessage', 'sendPhoto']);
    expect(sends[0]!.body).toMatchObject({ chat_id: String(userId), text: expect.stringContaining(`共作答 ${bank.length} 题`) });
    const photo = peer.photos.at(-1)!;
    expect(photo).toMatchObject({ chatId: String(userId), filename: 'stats.png' });
    expect(photo.content.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(photo.content.length).toBeGreaterThan(10_000);
    // Shown as a picture, not offered as a file to download.
    expect(peer.documents.some((d) => d.filename === 'stats.png')).toBe(false);
  });

  it('pauses the daily quiz of a user who blocked the bot instead of retrying', async () => {
    const clock = new ManualClock('2026-03-02T09:00:00+08:00');
    const b = await start([createHelpFeature, quizFeature({ source: () => memorySource(bank), shuffle: false })], { clock });
    const client = user({ userId: 31 });
    await client.sendMessage(client.makeMessage('每日一练 07:30'));
    const [subscribed] = await botMessages(client, 1);
    expect(subscribed.text).toContain('07:30');
    peer.blocked.add('31');
    clock.advance(23 * 3600_000);
    await b.runtime.app.services.scheduler.tick();
    expect((await peekQuiz(b.runtime.storage).subscriptions()).map((s) => s.active)).toEqual([0]);
    // Today's job failed at once (no retry); tomorrow's, planned before the push, was cancelled.
    expect(await dailyQuizJobs(b.runtime.storage)).toEqual([{ status: 'failed', attempts: 1 }]);
    clock.advance(24 * 3600_000);
    expect(await b.runtime.app.services.scheduler.tick()).toBe(0);
    peer.blocked.delete('31');
  });

  it('webhook mode: updates with the secret are handled, others refused with 401', async () => {
    bot = await createTestBot({ features: [createStartFeature] });
    adapter = createTelegramAdapter({
      app: bot.runtime.app,
      log: silentLogger(),
      token: TOKEN,
      apiRoot: peer.apiRoot,
      throttle: false,
      webhook: { url: 'https://bot.example.org/telegram/hook', secret: 'hook-secret_1', port: 0, host: '127.0.0.1' },
    });
    await adapter.start();
    expect(peer.calls.filter((c) => c.method === 'setWebhook').at(-1)?.body).toMatchObject({
      url: 'https://bot.example.org/telegram/hook',
      secret_token: 'hook-secret_1',
    });
    const url = `http://127.0.0.1:${adapter.address()!.port}/telegram/hook`;
    const client = user({ userId: 41 });
    const update = (id: number) => ({ update_id: id, message: { ...client.makeCommand('/start'), message_id: id } });
    const post = (body: unknown, secret?: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
        body: JSON.stringify(body),
      });
    expect((await post(update(9001), 'wrong')).status).toBe(401);
    expect((await post(update(9002))).status).toBe(401);
    expect((await post(update(9003), 'hook-secret_1')).status).toBe(200);
    const messages = await botMessages(client, 1);
    expect(messages).toHaveLength(1);
    expect(messages[0].text).toContain('你好！我是党务助手');
    await expect(botMessages(client, 1, 1)).rejects.toThrow();
  });

  /** Two bot processes (runtimes on one database), each with its own webhook server; `post` posts as Telegram does. */
  async function twoWebhookProcesses(features: FeatureFactory[], secret: string) {
    bot = await createTestBot({ features });
    const second: Runtime = await createRuntime({ config: bot.runtime.config, clock: bot.clock, log: silentLogger(), features });
    const webhook = { url: 'https://bot.example.org/telegram/hook', secret, port: 0, host: '127.0.0.1' };
    const processes = [bot.runtime.app, second.app].map((app) =>
      createTelegramAdapter({ app, log: silentLogger(), token: TOKEN, apiRoot: peer.apiRoot, throttle: false, webhook }),
    );
    for (const p of processes) await p.start();
    // When each update entered the shared queue, and each claim of its turn (started when, and whether it waited).
    const entered = new Map<number, number>();
    const claims: { place?: number; at: number; waited: boolean }[] = [];
    for (const app of [bot.runtime.app, second.app]) {
      const store = app.messengerStore;
      const enter = store.enter.bind(store);
      store.enter = (...args) => {
        if (!entered.has(args[3])) entered.set(args[3], Date.now());
        return enter(...args);
      };
      const claim = store.claim.bind(store);
      store.claim = async (...args) => {
        const at = Date.now();
        const turn = await claim(...args);
        claims.push({ place: args[3]?.place, at, waited: turn === 'wait' || turn === 'gap' });
        return turn;
      };
    }
    return {
      urls: processes.map((p) => `http://127.0.0.1:${p.address()!.port}/telegram/hook`),
      claims: (place: number) => claims.filter((c) => c.place === place),
      entered: (place: number) => entered.get(place),
      post: (url: string, body: unknown) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
          body: JSON.stringify(body),
        }),
      async close() {
        for (const p of processes) await p.stop();
        await second.close();
      },
    };
  }

  it('webhook mode, two processes on one database: an update posted to both at once, and again after its answer, is answered once', async () => {
    const { urls, post, close } = await twoWebhookProcesses([createStartFeature], 'hook-secret_2');
    try {
      const client = user({ userId: 43 });
      const update = { update_id: 9101, message: { ...client.makeCommand('/start'), message_id: 9101 } };
      // A load balancer that retried a request it thought lost: the same update reaches both processes at once.
      const answers = await Promise.all(urls.map((url) => post(url, update)));
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      // Telegram posting it again later (the first answer came too late): each process drops it.
      for (const url of urls) expect((await post(url, update)).status).toBe(200);
      // Counted where the emulator took them: the emulator's client keeps polling after a wait that timed out, and
      // that stray poll takes the next message for itself (the chat's next answer went missing that way).
      const toChat = () => peer.messages.filter((m) => String(m.chat_id) === '43').map((m) => String(m.text));
      await new Promise((r) => setTimeout(r, 1000)); // a second answer would be sent by now
      expect(toChat()).toHaveLength(1);
      expect(toChat()[0]).toContain('你好！我是党务助手');
      // A new update of the chat is still answered (the POST returns once it was handled).
      expect((await post(urls[1]!, { update_id: 9102, message: { ...client.makeCommand('/start'), message_id: 9102 } })).status).toBe(200);
      expect(toChat()).toHaveLength(2);
    } finally {
      await close();
    }
  });

  it('webhook mode, two processes: an update that reaches its process 0.12 s after the next one reached the other is still answered first', async () => {
    if (testBackend === 'sqlite') return; // one process per SQLite database: nothing to order across processes
    const { urls, post, close } = await twoWebhookProcesses([createStartFeature, createHelpFeature], 'hook-secret_3');
    try {
      // Another chat's update first: the first update a new database sees has nothing below it to wait for.
      expect(
        (await post(urls[0]!, { update_id: 9300, message: { ...user({ userId: 43 }).makeCommand('/start'), message_id: 9300 } })).status,
      ).toBe(200);
      const client = user({ userId: 44 });
      // Telegram posted 9301 then 9302 over two connections; the process given 9301 was busy for 0.12 s.
      const later = post(urls[1]!, { update_id: 9302, message: { ...client.makeCommand('/start'), message_id: 9302 } });
      await new Promise((r) => setTimeout(r, 120));
      const earlier = post(urls[0]!, { update_id: 9301, message: { ...client.makeMessage('帮助'), message_id: 9301 } });
      expect((await Promise.all([later, earlier])).map((a) => a.status)).toEqual([200, 200]);
      const toChat = () => peer.messages.filter((m) => String(m.chat_id) === '44').map((m) => String(m.text));
      expect(toChat()).toHaveLength(2);
      expect(toChat()[0]).not.toContain('你好！我是党务助手');
      expect(toChat()[1]).toContain('你好！我是党务助手');
    } finally {
      await close();
    }
  });

  describe('webhook mode on PostgreSQL: update_ids are numbered without gaps, so an update waits only while a lower one is missing', () => {
    const message = (client: ReturnType<typeof user>, id: number, text: string) => ({
      update_id: id,
      message: { ...(text.startsWith('/') ? client.makeCommand(text) : client.makeMessage(text)), message_id: id },
    });
    const sentTo = (chat: number) => peer.messages.filter((m) => String(m.chat_id) === String(chat)).map((m) => String(m.text));

    it('an update reaching its process 1.5 s after the next one of its chat reached the other is still answered first', async () => {
      if (testBackend === 'sqlite') return; // one process per SQLite database: nothing to order across processes
      const { urls, post, close } = await twoWebhookProcesses([createStartFeature, createHelpFeature], 'hook-secret_4');
      try {
        // Another chat's update first (on a new database it waits for nothing: no update_id below it was ever seen).
        expect((await post(urls[0]!, message(user({ userId: 51 }), 9400, '/start'))).status).toBe(200);
        const client = user({ userId: 52 });
        // Telegram posted 9401 then 9402 over two connections; the process given 9401 was busy for 1.5 s, longer
        // than any fixed wait the adapter had (1 s).
        const later = post(urls[1]!, message(client, 9402, '/start'));
        await new Promise((r) => setTimeout(r, 1500));
        const earlier = post(urls[0]!, message(client, 9401, '帮助'));
        expect((await Promise.all([later, earlier])).map((a) => a.status)).toEqual([200, 200]);
        expect(sentTo(52)).toHaveLength(2);
        expect(sentTo(52)[0]).not.toContain('你好！我是党务助手');
        expect(sentTo(52)[1]).toContain('你好！我是党务助手');
      } finally {
        await close();
      }
    });

    it('an update whose lower update_ids were all seen (one of them group talk the bot ignores) takes its turn at once', async () => {
      if (testBackend === 'sqlite') return;
      const { urls, post, claims, entered, close } = await twoWebhookProcesses([createStartFeature], 'hook-secret_5');
      try {
        expect((await post(urls[0]!, message(user({ userId: 53 }), 9500, '/start'))).status).toBe(200);
        // Not meant for the bot: ignored by the other process, but its update_id is recorded as seen.
        const group = user({ userId: 54, chatId: -100540, type: 'group' });
        expect((await post(urls[1]!, message(group, 9501, '大家好'))).status).toBe(200);
        expect(claims(9501)).toEqual([]);
        expect((await post(urls[0]!, message(user({ userId: 55 }), 9502, '/start'))).status).toBe(200);
        expect(sentTo(55)).toHaveLength(1);
        // One claim, granted, right after the update entered the queue (before, every update slept 1 s first).
        expect(claims(9502).map((c) => c.waited)).toEqual([false]);
        expect(claims(9502)[0]!.at - entered(9502)!).toBeLessThan(1000);
      } finally {
        await close();
      }
    });

    it('a missing update_id that never comes holds the updates after it for the bound, then they go in update_id order', async () => {
      if (testBackend === 'sqlite') return;
      const { urls, post, claims, close } = await twoWebhookProcesses([createStartFeature, createHelpFeature], 'hook-secret_6');
      try {
        expect((await post(urls[0]!, message(user({ userId: 56 }), 9600, '/start'))).status).toBe(200);
        const client = user({ userId: 57 });
        // 9601 never comes (Telegram skipped it). 9603 reaches one process, 9602 of the same chat the other 0.2 s later.
        const started = Date.now();
        const later = post(urls[0]!, message(client, 9603, '/start'));
        await new Promise((r) => setTimeout(r, 200));
        const earlier = post(urls[1]!, message(client, 9602, '帮助'));
        expect((await Promise.all([later, earlier])).map((a) => a.status)).toEqual([200, 200]);
        const held = Date.now() - started;
        expect(sentTo(57)).toHaveLength(2);
        expect(sentTo(57)[0]).not.toContain('你好！我是党务助手');
        expect(sentTo(57)[1]).toContain('你好！我是党务助手');
        // Held until 9602 (the next update_id above the gap) had been seen for the bound (5 s), not for good.
        expect(claims(9602)[0]!.waited).toBe(true);
        expect(held).toBeGreaterThanOrEqual(5000);
        expect(held).toBeLessThan(9000);
        // The gap given up, the next update waits for nothing.
        expect((await post(urls[1]!, message(client, 9604, '/start'))).status).toBe(200);
        expect(claims(9604).map((c) => c.waited)).toEqual([false]);
        expect(sentTo(57)).toHaveLength(3);
      } finally {
        await close();
      }
    });
  });
});
