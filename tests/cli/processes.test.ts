import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer, request, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { uuidOf } from '../../adapters/feishu';
import { loadConfig } from '../../bot/config';
import { strings as helpStrings } from '../../bot/features/help/strings';
import { PERSONAL_REMINDER } from '../../bot/features/reminders';
import { silentLogger } from '../../bot/logger';
import { createRuntime } from '../../bot/runtime';
import {
  cardButtons,
  FEISHU_APP_ID,
  FEISHU_APP_SECRET,
  type FeishuPeer,
  p2pChat,
  type SentMessage,
  startFeishuPeer,
  visibleText,
} from '../adapters/peers/feishu';
import { startTelegramPeer, type TelegramPeer } from '../adapters/peers/telegram';
import { freshDatabase, testBackend } from '../helpers/database';

/**
 * Three real `dangwu start` processes on one PostgreSQL database, as a county runs them behind one address:
 * 飞书 in cluster mode (each event to one of the three long connections at random) and Telegram in webhook mode
 * behind a loopback round-robin proxy, at the full counts: 3,000 mixed events from 100 chats, then 10,000
 * reminders due at once with one process killed mid-burst.
 *
 * 飞书's own send limits (1000 a minute per app) would make 10,000 pushes take ten minutes by design, so the
 * processes and the fake both run at a compressed app-wide rate (FEISHU_SEND_LIMITS, below): the fake still
 * refuses with 429, and counts, every send beyond it in any sliding minute or second, and the per-chat limit
 * (5 a second) stays 飞书's own.
 */
const repo = resolve(__dirname, '../..');
const FEISHU_CHATS = 50;
const TELEGRAM_CHATS = 50;
const REMINDERS = 10_000;
const REMINDER_CHATS = 1_000;
/**
 * 飞书's shape scaled up, both app-wide limits by the same factor (9×): there 1000 a minute binds and 50 a second is
 * three times the minute's pace; here 9,000 a minute binds (one send every 6.7 ms) and 450 a second keeps that slack.
 * A broken shared limiter still fails here: three processes each keeping 9,000 a minute alone send three times that.
 * Scaled by less (200 a second, 1.3× the pace), the fake's own pauses on a loaded 2-core machine bunched arrivals
 * past the second now and then (23 × 429 in one run of ten thousand), a stricter shape than the platform's.
 */
const LIMITS = { perMinute: 9_000, perSecond: 450, perChatPerSecond: 5 };
const SEND_LIMITS = `${LIMITS.perMinute}/${LIMITS.perSecond}/${LIMITS.perChatPerSecond}`;
const TOKEN = '123456:CLUSTER-token-cccccccccccccccccccc';
const SECRET = 'cluster_secret_token';
const APOLOGY = /出错了|编号 [0-9a-f]{8}/;
const HELP_TITLE = helpStrings.title;

/** What the processes wrote to stderr (warnings and errors), shown when a wait times out. */
const logs: string[] = [];
/** Warnings the processes logged (a redelivery, a forced turn, a retry): counted for the log line. */
let warnings = 0;

function startBot(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [join(repo, 'bin/dangwu.js'), 'start'], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    if (logs.length < 50) logs.push(text.slice(0, 500));
    warnings += text.split('\n').filter((line) => line.includes('"level":40')).length;
  });
  return child;
}

/** CPU seconds (user + system) of these processes so far, from /proc; 0 for one that is gone. */
function cpuSeconds(pids: (number | undefined)[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited
    }
  }
  return ticks / 100;
}

/**
 * Where the CPU goes from now on: the bots (less what they used so far, their start-up), this process (the fakes,
 * the proxy, the driver) and the PostgreSQL backends serving the database (the server runs on this machine; each
 * backend read every half second, so one that closes early still counts up to its last reading).
 */
async function cpuMeter(bots: ChildProcess[], url: string) {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {}); // the database dropped at the end of a failed test
  await client.connect();
  onTestFinished(() => {
    clearInterval(timer);
    return client.end().catch(() => undefined);
  });
  const botStart = new Map(bots.map((b) => [b.pid, cpuSeconds([b.pid])]));
  const botLast = new Map(botStart);
  const backends = new Map<number, { first: number; last: number }>();
  let timer: NodeJS.Timeout | undefined;
  const sample = async () => {
    for (const bot of bots) if (bot.exitCode === null && bot.signalCode === null) botLast.set(bot.pid, cpuSeconds([bot.pid]));
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    for (const { pid } of rows) {
      const now = cpuSeconds([pid]);
      const seen = backends.get(pid);
      if (seen) seen.last = Math.max(seen.last, now);
      else backends.set(pid, { first: now, last: now });
    }
  };
  await sample();
  timer = setInterval(() => void sample().catch(() => undefined), 500);
  const driverStart = process.cpuUsage();
  return {
    /** Sample once more, then per unit of work: bots, fakes+driver and PostgreSQL, ms. */
    async line(n: number, what: string) {
      clearInterval(timer);
      await sample().catch(() => undefined);
      const driver = process.cpuUsage(driverStart);
      const bot = [...botLast].reduce((sum, [pid, last]) => sum + last - botStart.get(pid)!, 0);
      const postgres = [...backends.values()].reduce((sum, b) => sum + b.last - b.first, 0);
      const per = (seconds: number) => `${((seconds / n) * 1000).toFixed(1)} ms`;
      return `CPU per ${what}: bots ${per(bot)}, fakes+driver ${per((driver.user + driver.system) / 1e6)}, PostgreSQL ${per(postgres)}`;
    },
  };
}

const exited = (child: ChildProcess) =>
  new Promise<void>((ok) => (child.exitCode !== null || child.signalCode !== null ? ok() : child.once('exit', () => ok())));

async function until(what: string, check: () => boolean, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${logs.join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A loopback load balancer: each request to the next process in turn, with Telegram's secret header added. A new
 * connection for each request: reusing one the process is closing (its keep-alive ran out) would fail the request.
 */
async function roundRobin(ports: number[]): Promise<{ url: string; server: Server }> {
  let next = 0;
  const agent = new Agent({ keepAlive: false });
  const server = createServer((req, res) => {
    const port = ports[next++ % ports.length]!;
    const upstream = request(
      {
        host: '127.0.0.1',
        port,
        path: req.url,
        method: req.method,
        agent,
        headers: { ...req.headers, connection: 'close', 'x-telegram-bot-api-secret-token': SECRET },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => res.writeHead(502).end(String(error)));
    req.pipe(upstream);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram/hook`, server };
}

async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, async () => {
      const probe = createServer();
      await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
      return probe;
    }),
  );
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
  return ports;
}

describe.skipIf(testBackend !== 'postgres')('three dangwu processes on one PostgreSQL database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-processes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers 3,000 events from 100 chats (飞书 and Telegram) each once and in order per chat, with no error reply', async () => {
    const started = Date.now();
    const database = await freshDatabase(dir);
    onTestFinished(() => database.drop());
    const feishu: FeishuPeer = await startFeishuPeer();
    feishu.cluster = true;
    feishu.enforceLimits = true;
    feishu.limits = LIMITS;
    const telegram: TelegramPeer = await startTelegramPeer();
    const ports = await freePorts(3);
    const proxy = await roundRobin(ports);
    const secretaries = [
      ...Array.from({ length: FEISHU_CHATS }, (_, i) => `feishu:ou_member${i}`),
      ...Array.from({ length: TELEGRAM_CHATS }, (_, c) => `telegram:${5000 + c}`),
    ].join(',');
    const bots = ports.map((port) =>
      startBot({
        DANGWU_DB: database.url,
        DANGWU_SECRETARIES: secretaries,
        FEISHU_APP_ID,
        FEISHU_APP_SECRET,
        FEISHU_DOMAIN: feishu.domain,
        FEISHU_SEND_LIMITS: SEND_LIMITS,
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        TELEGRAM_WEBHOOK_URL: proxy.url,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        PORT: String(port),
      }),
    );
    onTestFinished(async () => {
      for (const bot of bots) bot.kill('SIGTERM');
      await Promise.all(bots.map(exited));
      proxy.server.close();
      await feishu.stop();
      await telegram.stop();
    });
    await until('three long connections', () => feishu.connections() === 3, 90);
    // Each process starts its webhook server beside its long connection: all three must be listening.
    for (const port of ports) {
      const listening = () =>
        new Promise<boolean>((ok) => {
          const socket = connect(port, '127.0.0.1', () => {
            socket.end();
            ok(true);
          });
          socket.on('error', () => ok(false));
        });
      const deadline = Date.now() + 90_000;
      while (!(await listening())) {
        if (Date.now() > deadline) throw new Error(`nothing listens on ${port}\n${logs.join('\n')}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const ready = Date.now();
    const meter = await cpuMeter(bots, database.url);

    // 飞书: each reply found by its uuid (made from the event it answers) as it arrives.
    const byUuid = new Map<string, SentMessage>();
    feishu.onSent.add((m) => m.uuid && byUuid.set(m.uuid, m));
    const firstReply = (eventKey: string) => uuidOf(`${eventKey}#0`, 0);
    const lastCard = (chat: string, cards: Map<string, SentMessage>) => cards.get(chat)!;
    const cards = new Map<string, SentMessage>();
    feishu.onSent.add((m) => cardButtons(m).length > 0 && cards.set(m.receive_id, m));
    async function feishuChat(i: number): Promise<string[]> {
      const user = `ou_member${i}`;
      const chat = p2pChat(user);
      const keys: string[] = [];
      const answered = (key: string) => until(`${user}: the answer to ${key}`, () => byUuid.has(firstReply(key)), 120);
      const say = async (text: string) => {
        const id = `ev_${i}_${keys.length}`;
        keys.push(`om_in_${id}`);
        await feishu.sendText({ user, text, eventId: id });
        return keys.at(-1)!;
      };
      const press = async (pick: (buttons: { label: string; value: any }[]) => string | undefined) => {
        const card = lastCard(chat, cards);
        const label = pick(cardButtons(card));
        if (label === undefined) throw new Error(`${user}: no such button on ${JSON.stringify(visibleText(card))}`);
        const id = `pr_${i}_${keys.length}`;
        keys.push(id);
        await feishu.press({ user, message: card, label, eventId: id });
        return id;
      };
      await runScript(i, {
        async together(texts) {
          // Sent back to back, each acknowledged at once and landing on any process: the order is the bot's to keep.
          const sent = [];
          for (const text of texts) sent.push(await say(text));
          for (const key of sent) await answered(key);
        },
        say: async (text) => answered(await say(text)),
        menu: async () => answered(await press((b) => b[0]?.label)),
        async answer(byButton) {
          const answer = cardButtons(lastCard(chat, cards)).find((b) => /^q:a:/.test(b.value.d));
          await answered(await (byButton && answer ? press(() => answer.label) : say(answer?.label ?? 'A')));
        },
      });
      return keys;
    }

    // Telegram: updates posted to the load balancer as Telegram posts them; each answered before the POST returns.
    let updateId = 1;
    const post = (body: object) =>
      fetch(proxy.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    // The messages the emulator took, indexed by chat as they come (scanning them all at every check would cost the
    // fakes' CPU). Taken messages, not sendMessage requests: a request the shim failed (500) and the bot repeated
    // is one message in the chat, and counting requests once showed a chat 31 messages for 30 updates.
    const byChat = new Map<string, any[]>();
    let scanned = 0;
    const sentToChat = (id: number) => {
      for (; scanned < telegram.messages.length; scanned++) {
        const body = telegram.messages[scanned]!;
        const chat = String(body.chat_id);
        byChat.set(chat, [...(byChat.get(chat) ?? []), body]);
      }
      return byChat.get(String(id)) ?? [];
    };
    async function telegramChat(c: number): Promise<number> {
      const id = 5000 + c;
      const from = { id, is_bot: false, first_name: `党员${c}` };
      const chat = { id, type: 'private', first_name: from.first_name };
      let events = 0;
      // The POST returns once the update was handled (or after 9 s, grammY's limit, when the machine is slow): the
      // answer is waited for at the emulator, one message per update.
      const send = async (update: object) => {
        const expected = ++events;
        const answer = await post({ update_id: updateId++, ...update });
        expect(answer.status, await answer.text()).toBe(200);
        await until(`chat ${id}: the answer to update ${expected}`, () => sentToChat(id).length >= expected, 120);
      };
      const text = (t: string) => ({ message: { message_id: events + 1, from, chat, date: 1, text: t } });
      const buttons = () =>
        ((sentToChat(id).findLast((m) => m.reply_markup?.inline_keyboard)?.reply_markup.inline_keyboard ?? []) as any[][]).flat() as {
          text: string;
          callback_data: string;
        }[];
      const press = (data: string) => ({
        callback_query: { id: `cq${updateId}`, from, chat_instance: 'ci', data, message: { message_id: 1, date: 1, chat, text: '题目' } },
      });
      await runScript(c, {
        // Posted as Telegram posts a chat's updates over several connections: each 0.1 s after the one before, while
        // the earlier ones are still being handled (each on another process, through the round-robin).
        together: async (texts) =>
          void (await Promise.all(texts.map((t, k) => new Promise((r) => setTimeout(r, 100 * k)).then(() => send(text(t)))))),
        say: (t) => send(text(t)),
        menu: () => send(press(buttons()[0]!.callback_data)),
        async answer(byButton) {
          const answer = buttons().find((b) => /^q:a:/.test(b.callback_data));
          await send(byButton && answer ? press(answer.callback_data) : text(answer?.text ?? 'A'));
        },
      });
      return events;
    }

    const [feishuKeys, telegramEvents] = await Promise.all([
      Promise.all(Array.from({ length: FEISHU_CHATS }, (_, i) => feishuChat(i))),
      Promise.all(Array.from({ length: TELEGRAM_CHATS }, (_, c) => telegramChat(c))),
    ]);
    const events = feishuKeys.reduce((n, keys) => n + keys.length, 0) + telegramEvents.reduce((a, b) => a + b, 0);
    // A redelivered update (Telegram posts it again after a failed request) reaches another process: ignored.
    await post({
      update_id: 1,
      message: {
        message_id: 1,
        from: { id: 4999, is_bot: false, first_name: 'x' },
        chat: { id: 4999, type: 'private' },
        date: 1,
        text: '/help',
      },
    });
    await new Promise((r) => setTimeout(r, 2000)); // anything sent twice would arrive by now
    const cpu = await meter.line(events, 'event');
    console.log(
      `processes: ${events} events from ${FEISHU_CHATS + TELEGRAM_CHATS} chats answered in ${((Date.now() - ready) / 1000).toFixed(0)} s ` +
        `(start-up ${((ready - started) / 1000).toFixed(0)} s; ${warnings} warnings logged); 飞书 ${feishu.sent.length} messages, Telegram ${telegram.messages.length} (${telegram.calls.filter((c) => c.method === 'sendMessage').length} sendMessage requests); ` +
        cpu,
    );
    expect(events).toBe((FEISHU_CHATS + TELEGRAM_CHATS) * 30);

    const sends = new Map<string, number>();
    for (const call of feishu.calls)
      if (call.path === '/open-apis/im/v1/messages' && call.body.uuid) sends.set(call.body.uuid, (sends.get(call.body.uuid) ?? 0) + 1);
    for (const [i, keys] of feishuKeys.entries()) {
      const sent = feishu.sent.filter((m) => m.receive_id === p2pChat(`ou_member${i}`));
      expect(sent.map(visibleText).filter((t) => APOLOGY.test(t))).toEqual([]);
      // Each event's first reply carries a uuid made from the event: there is one, sent once, in event order.
      const firsts = keys.map((key) => {
        expect(sends.get(firstReply(key)), `${key} answered once`).toBe(1);
        return sent.findIndex((m) => m.uuid === firstReply(key));
      });
      expect(firsts.every((at) => at >= 0)).toBe(true);
      expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    }
    expect(feishu.rejectedForRate).toBe(0);
    for (const [c, count] of telegramEvents.entries()) {
      const replies = sentToChat(5000 + c).map((m) => String(m.text ?? ''));
      expect(replies.filter((t) => APOLOGY.test(t))).toEqual([]);
      // One message answers each update here, so as many as were posted: none lost, none twice …
      expect(replies.length, replies.map((t) => t.slice(0, 30)).join(' | ')).toBe(count);
      // … and the three posted at once answered in their update order, though each reached another process.
      expect(replies[0]).toContain(HELP_TITLE);
      expect(replies[1]).toContain('预备期');
      expect(replies[2]).toContain('党费');
    }
    expect(sentToChat(4999)).toHaveLength(0);
  }, 600_000);

  it('delivers 10,000 reminders due at once with three processes, one killed mid-burst, each once and with no 429', async () => {
    const database = await freshDatabase(dir);
    onTestFinished(() => database.drop());
    const feishu = await startFeishuPeer();
    feishu.cluster = true;
    feishu.enforceLimits = true;
    feishu.limits = LIMITS;
    const seed = await createRuntime({ config: loadConfig({ DANGWU_DB: database.url }), log: silentLogger() });
    const due = new Date(Date.now() - 60_000);
    await seed.storage.transaction(async (tx) => {
      for (let i = 0; i < REMINDERS; i++)
        await seed.app.services.scheduler.schedule(
          {
            kind: PERSONAL_REMINDER,
            occurrenceKey: `p${i}`,
            dueAt: due,
            address: { platform: 'feishu', chatId: `oc_chat${i % REMINDER_CHATS}` },
            payload: { id: 200_000 + i, text: `第 ${i} 条提醒` },
          },
          tx,
        );
    });
    await seed.close();
    const env = {
      DANGWU_DB: database.url,
      FEISHU_APP_ID,
      FEISHU_APP_SECRET,
      FEISHU_DOMAIN: feishu.domain,
      FEISHU_SEND_LIMITS: SEND_LIMITS,
    };
    const started = Date.now();
    const bots = [startBot(env), startBot(env), startBot(env)];
    onTestFinished(async () => {
      for (const bot of bots) bot.kill('SIGTERM');
      await Promise.all(bots.map(exited));
      await feishu.stop();
    });
    await until('the first reminder', () => feishu.sent.length > 0, 120);
    const first = Date.now();
    const meter = await cpuMeter(bots, database.url);
    // Deliveries per 5 s, for the log: where the burst ran at the limit and where it waited (the kill's leases).
    const timeline: number[] = [];
    const progress = setInterval(() => timeline.push(feishu.sent.length - timeline.reduce((a, b) => a + b, 0)), 5000);
    onTestFinished(() => clearInterval(progress));
    await until('a quarter of the burst', () => feishu.sent.length >= REMINDERS / 4, 300);
    bots[0]!.kill('SIGKILL');
    const killed = Date.now();
    await until('every reminder', () => feishu.sent.length >= REMINDERS, 300);
    const done = Date.now();
    clearInterval(progress);
    const cpu = await meter.line(REMINDERS, 'reminder');
    await new Promise((r) => setTimeout(r, 2000));
    const attempts = feishu.calls.filter((c) => c.path === '/open-apis/im/v1/messages').length;
    console.log(
      `processes: ${REMINDERS} reminders delivered ${((done - first) / 1000).toFixed(0)} s after the first ` +
        `(${(REMINDERS / ((done - first) / 1000)).toFixed(0)}/s; start-up ${((first - started) / 1000).toFixed(0)} s; ` +
        `killed at ${((killed - first) / 1000).toFixed(0)} s); ${attempts} send requests, ${feishu.rejectedForRate} × 429 ${JSON.stringify(feishu.rejectedBy)}; ${cpu}; sent per 5 s: ${timeline.join(' ')}`,
    );

    const keys = Array.from({ length: REMINDERS }, (_, i) => uuidOf(`${PERSONAL_REMINDER}/p${i}/0`, 0));
    const delivered = feishu.sent.map((m) => m.uuid);
    // Every reminder once (飞书 keeps one message per uuid; a retry after the kill carries the same one), nothing else.
    expect(delivered).toHaveLength(REMINDERS);
    expect(new Set(delivered)).toEqual(new Set(keys));
    expect(feishu.rejectedForRate).toBe(0);
  }, 600_000);
});

interface ScriptSteps {
  /** Texts sent at once (their answers awaited after all were sent). */
  together(texts: string[]): Promise<void>;
  say(text: string): Promise<void>;
  /** Presses the first button of the latest card (a menu). */
  menu(): Promise<void>;
  /** Answers the open question: by its button, or by typing the button's label (A, 正确) when `byButton` is false. */
  answer(byButton: boolean): Promise<void>;
}

/**
 * One chat's 30 events, each awaited before the next (but the first three): handbook questions and help sent at
 * once, a practice round answered by buttons and typed letters in turn, a secretary command, a second round.
 */
async function runScript(n: number, steps: ScriptSteps): Promise<void> {
  await steps.together(['帮助', '预备期多长', '党费怎么交']);
  await steps.say('练习');
  await steps.menu();
  await steps.menu();
  for (let q = 0; q < 10; q++) await steps.answer(q % 2 === 0);
  await steps.say('结束练习');
  await steps.say(`绑定支部 第${n}党支部`);
  await steps.say('练习');
  await steps.menu();
  await steps.menu();
  for (let q = 0; q < 9; q++) await steps.answer(q % 2 === 1);
}
