import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter, type TelegramAdapterOptions } from '../../adapters/telegram';
import { createHelpFeature } from '../../bot/features/help';
import { createStartFeature } from '../../bot/features/start';
import { createTestBot, type TestBot } from '../helpers/runtime';
import { tempDir } from '../helpers/temp';
import { botMessages, startTelegramPeer, type TelegramPeer } from './peers/telegram';

const TOKEN = '654321:FAULT-token-aaaaaaaaaaaaaaaaaaaa';

/** A logger that keeps its lines, so a test can see what the adapter reported. */
function recordingLogger() {
  const lines: { level: number; msg: string; [key: string]: unknown }[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: pino({ level: 'debug' }, sink), lines, text: () => lines.map((l) => l.msg).join('\n') };
}

/** A loopback port nothing listens on: connections are refused at once. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((ok) => probe.close(() => ok()));
  return port;
}

async function until(condition: () => boolean, what: string, seconds = 8): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('Telegram adapter faults: start-up errors, 409/401 while polling, long 429 waits', () => {
  let peer: TelegramPeer;
  let bot: TestBot | undefined;
  let adapter: TelegramAdapter | undefined;
  let nextChat = 5000;

  beforeAll(async () => {
    peer = await startTelegramPeer();
  });
  afterAll(async () => peer?.stop());
  afterEach(async () => {
    await adapter?.stop();
    await bot?.close();
    adapter = undefined;
    bot = undefined;
    Object.assign(peer, { unauthorized: false, conflicts: 0, tooManyRequests: 0, retryAfter: 1 });
  });

  async function create(options: Partial<TelegramAdapterOptions> = {}) {
    bot = await createTestBot({ features: [createStartFeature, createHelpFeature] });
    const recorder = recordingLogger();
    const waits: number[] = [];
    adapter = createTelegramAdapter({
      app: bot.runtime.app,
      log: recorder.log,
      token: TOKEN,
      apiRoot: peer.apiRoot,
      throttle: false,
      sleep: async (ms) => {
        waits.push(ms);
      },
      ...options,
    });
    return { adapter, recorder, waits };
  }
  const user = () => {
    const id = nextChat++;
    return peer.server.getClient(TOKEN, { userId: id, chatId: id, type: 'private', firstName: '小周', timeout: 1000 });
  };

  it('refuses to start with a revoked token: a Chinese error naming the setting', async () => {
    peer.unauthorized = true;
    const { adapter } = await create();
    const error = await adapter.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('TELEGRAM_BOT_TOKEN') });
    expect((error as Error).message).toContain('@BotFather');
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it('refuses to start while another instance polls with the same token (409 on the first poll)', async () => {
    peer.conflicts = 1;
    const { adapter } = await create();
    await expect(adapter.start()).rejects.toMatchObject({
      code: 'UPSTREAM_FAILED',
      message: expect.stringContaining('另一个使用同一令牌的助手'),
    });
  });

  it('fails at once, in Chinese, when the API root does not answer (closed loopback port)', async () => {
    const port = await closedPort();
    const { adapter } = await create({ apiRoot: `http://127.0.0.1:${port}` });
    const error = (await adapter.start().catch((e: unknown) => e)) as Error & { code: string };
    expect(error.code).toBe('UPSTREAM_FAILED');
    expect(error.message).toContain(`无法连接 Telegram 接口 http://127.0.0.1:${port}（ECONNREFUSED）`);
    expect(error.message).toContain('TELEGRAM_API_ROOT');
    expect(error.message).not.toContain(TOKEN);
  });

  it('`dangwu start` prints the start-up error and exits non-zero against an unreachable API root', async () => {
    const port = await closedPort();
    const cwd = tempDir('dangwu-tg-down-');
    const bin = join(resolve(__dirname, '../..'), 'bin', 'dangwu.js');
    const child = spawn(process.execPath, [bin, 'start'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const status = await new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    expect(status).not.toBe(0);
    expect(stderr).toContain('无法连接 Telegram 接口');
    expect(stderr).not.toContain(TOKEN);
  }, 60_000);

  it('keeps polling through a 409 from another instance: logs it, polls again, still answers', async () => {
    const { adapter, recorder, waits } = await create();
    await adapter.start();
    peer.conflicts = 2;
    await until(() => peer.conflicts === 0, 'both conflicts answered');
    const client = user();
    await client.sendMessage(client.makeMessage('帮助'));
    const [help] = await botMessages(client, 1);
    expect(help.text).toContain('党务助手可以帮你');
    expect(recorder.lines.filter((l) => l.msg.includes('409'))).toHaveLength(2);
    expect(waits).toEqual([5000, 10_000]);
  });

  it('stops polling for good after too many 409s, and when the token is revoked while running', async () => {
    const first = await create({ maxConflictRestarts: 2 });
    await first.adapter.start();
    peer.conflicts = 10;
    const conflict = await first.adapter.failed;
    expect(conflict).toMatchObject({ code: 'UPSTREAM_FAILED', message: expect.stringContaining('409') });
    expect(first.recorder.lines.filter((l) => l.level === 50).map((l) => l.msg)).toEqual([
      expect.stringContaining('polling stopped for good'),
    ]);
    await adapter!.stop();
    await bot!.close();
    peer.conflicts = 0;

    const second = await create();
    await second.adapter.start();
    peer.unauthorized = true;
    expect(await second.adapter.failed).toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('TELEGRAM_BOT_TOKEN') });
  });

  it('waits out a 429 whose retry_after is over a minute, then delivers the reply', async () => {
    const { adapter, recorder, waits } = await create();
    await adapter.start();
    peer.retryAfter = 61;
    peer.tooManyRequests = 1;
    const client = user();
    await client.sendMessage(client.makeMessage('帮助'));
    const [help] = await botMessages(client, 1);
    expect(help.text).toContain('党务助手可以帮你');
    expect(waits).toContain(61_000);
    expect(recorder.lines.some((l) => l.level === 40 && l.retryAfter === 61)).toBe(true);
  });

  it('gives up, and says so in the log, when Telegram asks for a wait beyond the limit or keeps refusing', async () => {
    const { adapter, recorder } = await create({ maxRetryAfterSeconds: 600, maxRetries: 2 });
    await adapter.start();
    peer.retryAfter = 3600;
    peer.tooManyRequests = 1;
    const client = user();
    await client.sendMessage(client.makeMessage('帮助'));
    await until(() => recorder.lines.some((l) => l.level === 50), 'the give-up line');
    expect(recorder.lines.find((l) => l.level === 50)).toMatchObject({
      retryAfter: 3600,
      attempts: 1,
      msg: expect.stringContaining('giving up'),
    });

    peer.retryAfter = 1;
    peer.tooManyRequests = 5;
    await client.sendMessage(client.makeMessage('帮助'));
    await until(() => recorder.lines.filter((l) => l.level === 50).length === 2, 'the second give-up line');
    expect(recorder.lines.filter((l) => l.level === 50)[1]).toMatchObject({ attempts: 3 });
    expect(peer.tooManyRequests).toBe(2);
    await expect(botMessages(client, 1, 1)).rejects.toThrow();
  });
});
