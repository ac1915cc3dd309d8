import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as runPolling } from '@grammyjs/runner';
import { Bot } from 'grammy';
import { createTelegramAdapter } from '../adapters/telegram';
import { silentLogger } from '../bot/logger';
import { startTelegramPeer, type TelegramPeer } from '../tests/adapters/peers/telegram';
import { ms, rssMb, summarize } from './measure';
import { createQuizBenchRuntime } from './quiz-runtime';

const USERS = Number(process.env.BENCH_TG_USERS ?? 20);
const ANSWERS_PER_USER = Number(process.env.BENCH_TG_ANSWERS ?? 25);

/**
 * Quiz answers through the Telegram adapter (button press → answerCallbackQuery → core → feedback and next
 * question) against telegram-test-api, with USERS users answering at once, compared with a bare grammY echo bot
 * (press → answerCallbackQuery → one message) on the same emulator in the same run. Both long-poll with
 * @grammyjs/runner. Our send throttler is off: Telegram's limits (30/s) would cap both and hide the adapter.
 *
 * The emulator is the bottleneck (the core answers in about 1 ms), so throughput follows the Bot API calls per
 * answer: 3 for the adapter as shipped (answerCallbackQuery + feedback + next question) against the echo's 2. The
 * adapter is measured a second time with `joinReplies` (feedback and next question in one message, 2 calls), a
 * change users would see, to show what it buys. The echo is measured before and after; the ratios use the mean.
 */
export async function run(): Promise<void> {
  const peer = await startTelegramPeer();
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-tg-'));
  try {
    // The machine is shared and noisy: two rounds, the three bots interleaved, figures pooled per bot.
    const rounds: Record<'echo' | 'ours' | 'joined', Result[]> = { echo: [], ours: [], joined: [] };
    for (let round = 0; round < 2; round++) {
      rounds.echo.push(await measureEcho(peer, 500_000 + round * 1_000_000));
      rounds.ours.push(await measureAdapter(peer, dir, false, round));
      rounds.joined.push(await measureAdapter(peer, dir, true, round));
    }
    const echo = pool(rounds.echo);
    const ours = pool(rounds.ours);
    const joined = pool(rounds.joined);
    const line = (name: string, r: Result) =>
      console.log(`telegram: ${name.padEnd(44)} ${r.throughput.toFixed(0)}/s (rounds ${r.rounds})   p50 ${ms(r.p50)}   p99 ${ms(r.p99)}`);
    line('bare grammY echo bot', echo);
    line('quiz answer via adapter (2 messages/answer)', ours);
    line('quiz answer via adapter, joinReplies (1 msg)', joined);
    console.log(
      `telegram: throughput ratio adapter/echo = ${(ours.throughput / echo.throughput).toFixed(2)} as shipped, ${(joined.throughput / echo.throughput).toFixed(2)} with joinReplies (target ≥ 0.8)   RSS ${rssMb()}`,
    );
  } finally {
    await peer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Result {
  throughput: number;
  p50: number;
  p99: number;
  latencies: number[];
  seconds: number;
  rounds?: string;
}

/** One figure from several runs: answers over total time, percentiles over all latencies. */
function pool(results: Result[]): Result {
  const latencies = results.flatMap((r) => r.latencies);
  const seconds = results.reduce((sum, r) => sum + r.seconds, 0);
  return {
    ...summarize(latencies),
    latencies,
    seconds,
    throughput: latencies.length / seconds,
    rounds: results.map((r) => r.throughput.toFixed(0)).join('/'),
  };
}

/** Resolves with the next bot message to a chat that satisfies the predicate (the emulator is in this process). */
function botMessageWatcher(peer: TelegramPeer) {
  const waiting = new Map<string, (message: any) => void>();
  peer.server.on('AddedBotMessage', () => {
    const message = peer.server.storage.botMessages.at(-1)?.message as any;
    if (message) waiting.get(String(message.chat_id))?.(message);
  });
  return (chatId: number, predicate: (message: any) => boolean) =>
    new Promise<any>((resolve) => {
      waiting.set(String(chatId), (message) => {
        if (!predicate(message)) return;
        waiting.delete(String(chatId));
        resolve(message);
      });
    });
}

async function drive(
  peer: TelegramPeer,
  token: string,
  firstUser: number,
  begin: (client: any, chatId: number) => Promise<any>,
  press: (client: any, chatId: number, last: any) => Promise<any>,
) {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: USERS }, async (_, i) => {
      const chatId = firstUser + i;
      const client = peer.server.getClient(token, { userId: chatId, chatId });
      let last = await begin(client, chatId);
      for (let n = 0; n < ANSWERS_PER_USER; n++) {
        const t = performance.now();
        last = await press(client, chatId, last);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { ...summarize(latencies), latencies, seconds, throughput: latencies.length / seconds };
}

async function measureEcho(peer: TelegramPeer, firstUser: number) {
  const token = `1${firstUser}:ECHO-token-aaaaaaaaaaaaaaaaaaaa`;
  const bot = new Bot(token, { client: { apiRoot: peer.apiRoot } });
  bot.catch(() => undefined); // a send cut off when the run ends is no figure
  bot.on('callback_query:data', async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.callbackQuery.data, {
      reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: ctx.callbackQuery.data }]] },
    });
  });
  bot.on('message:text', (ctx) =>
    ctx.reply(ctx.message.text, { reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'echo:A' }]] } }),
  );
  await bot.init();
  const handle = runPolling(bot);
  const next = botMessageWatcher(peer);
  try {
    const begin = async (client: any, chatId: number) => {
      const reply = next(chatId, () => true);
      await client.sendMessage(client.makeMessage('开始'));
      return reply;
    };
    const press = async (client: any, chatId: number, last: any) => {
      const reply = next(chatId, () => true);
      await client.sendCallback(client.makeCallbackQuery(last.reply_markup.inline_keyboard[0][0].callback_data));
      return reply;
    };
    await drive(peer, token, firstUser, begin, press); // warm-up
    return await drive(peer, token, firstUser + 100_000, begin, press);
  } finally {
    await handle.stop();
  }
}

async function measureAdapter(peer: TelegramPeer, dir: string, joinReplies: boolean, round: number) {
  const runtime = await createQuizBenchRuntime(mkdtempSync(join(dir, 'run-')), 1000, ['初级']);
  const token = `${joinReplies ? 3 : 2}2222${round}:QUIZ-token-aaaaaaaaaaaaaaaaaaaa`;
  const adapter = createTelegramAdapter({
    app: runtime.app,
    log: silentLogger(),
    token,
    apiRoot: peer.apiRoot,
    throttle: false,
    joinReplies,
  });
  const firstUser = (joinReplies ? 3_000_000 : 700_000) + round * 10_000_000;
  await adapter.start();
  const next = botMessageWatcher(peer);
  const isQuestion = (m: any) => Boolean(m.reply_markup?.inline_keyboard?.flat().some((k: any) => /^q:a:/.test(k.callback_data)));
  try {
    const begin = async (client: any, chatId: number) => {
      const question = next(chatId, isQuestion);
      await client.sendMessage(client.makeMessage('练习 初级 全部'));
      return question;
    };
    const press = async (client: any, chatId: number, last: any) => {
      const question = next(chatId, isQuestion);
      const answer = last.reply_markup.inline_keyboard.flat().find((k: any) => /^q:a:/.test(k.callback_data));
      await client.sendCallback(client.makeCallbackQuery(answer.callback_data));
      return question;
    };
    await drive(peer, token, firstUser, begin, press); // warm-up
    return await drive(peer, token, firstUser + 100_000, begin, press);
  } finally {
    await adapter.stop();
    await runtime.close();
  }
}
