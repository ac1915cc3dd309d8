import { spawn } from 'node:child_process';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { createSlackAdapter } from '../../adapters/slack';
import { silentLogger } from '../../bot/logger';
import { freshDatabase, testBackend } from '../helpers/database';
import { createTestBot, type TestBot } from '../helpers/runtime';
import { tempDir } from '../helpers/temp';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'dangwu.js');

/** A loopback port nothing listens on: connections are refused. */
async function refusingPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** A loopback server that accepts connections and never answers. */
async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** A fake Web API answering each method with the given body (default `{ ok: true }`). */
async function answeringApi(answers: Record<string, object>): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createHttpServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answers[method] ?? { ok: true }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

describe(`Slack start-up fails fast with a Chinese reason (issue 24, ${testBackend})`, () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  async function startError(options: { apiUrl: string; appToken?: string }): Promise<Error> {
    bot = await createTestBot();
    const adapter = createSlackAdapter({
      app: bot.runtime.app,
      log: silentLogger(),
      botToken: 'xoxb-test',
      ...(options.appToken ? { appToken: options.appToken } : { signingSecret: 'secret' }),
      apiUrl: options.apiUrl,
      port: 0,
      host: '127.0.0.1',
      startTimeoutMs: 1_000,
    });
    onTestFinished(() => adapter.stop().catch(() => undefined));
    return adapter.start().then(
      () => new Error('started'),
      (error: Error) => error,
    );
  }

  it('HTTP mode, an API that refuses connections: 无法连接 with the address and the cause', async () => {
    const apiUrl = `http://127.0.0.1:${await refusingPort()}/api/`;
    const error = await startError({ apiUrl });
    expect(error.message).toBe(
      `无法连接 Slack 接口 ${apiUrl}（ECONNREFUSED），程序未启动。请检查网络和代理；在中国大陆通常需要代理，接口地址可用 SLACK_API_URL 设置。`,
    );
  });

  it('Socket Mode, an API that accepts and never answers: 超时未应答, not a retry loop', async () => {
    const silent = await silentServer();
    onTestFinished(() => silent.close());
    const error = await startError({ apiUrl: silent.url, appToken: 'xapp-test' });
    expect(error.message).toContain(`无法连接 Slack 接口 ${silent.url}（超时未应答）`);
  });

  it('a refused bot token names SLACK_BOT_TOKEN; a refused app token names SLACK_APP_TOKEN', async () => {
    const badBot = await answeringApi({ 'auth.test': { ok: false, error: 'invalid_auth' } });
    onTestFinished(() => badBot.close());
    expect((await startError({ apiUrl: badBot.url, appToken: 'xapp-test' })).message).toMatch(
      /^Slack 不接受机器人令牌（invalid_auth）：SLACK_BOT_TOKEN 填错了/,
    );
    await bot?.close();
    const badApp = await answeringApi({ 'apps.connections.open': { ok: false, error: 'invalid_auth' } });
    onTestFinished(() => badApp.close());
    expect((await startError({ apiUrl: badApp.url, appToken: 'xapp-test' })).message).toMatch(
      /^Slack 不接受 Socket Mode 的应用令牌（invalid_auth）：SLACK_APP_TOKEN/,
    );
  });

  it('Socket Mode, a WebSocket address nothing answers: says the connection could not be opened', async () => {
    const wsPort = await refusingPort();
    const api = await answeringApi({ 'apps.connections.open': { ok: true, url: `ws://127.0.0.1:${wsPort}/link` } });
    onTestFinished(() => api.close());
    expect((await startError({ apiUrl: api.url, appToken: 'xapp-test' })).message).toMatch(/^无法建立 Slack 的 Socket Mode 连接（/);
  });

  it('the real program (dangwu start) exits by itself, non-zero, with the Chinese reason', async () => {
    const cwd = tempDir('dangwu-slack-start-');
    const database = await freshDatabase(cwd);
    onTestFinished(() => database.drop());
    const apiUrl = `http://127.0.0.1:${await refusingPort()}/api/`;
    const child = spawn(process.execPath, [bin, 'start'], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: cwd,
        DANGWU_DB: database.url,
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_APP_TOKEN: 'xapp-test',
        SLACK_API_URL: apiUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const code = await new Promise<number | null>((done) => child.on('exit', (exitCode) => done(exitCode)));
    clearTimeout(killer);
    expect(code, stderr).not.toBeNull(); // exited by itself, not killed
    expect(code).not.toBe(0);
    expect(stderr).toContain(`无法连接 Slack 接口 ${apiUrl}（ECONNREFUSED）`);
    expect(stderr).not.toMatch(/Unhandled|at .*\.ts:\d+|\{"level"/);
  }, 90_000);
});
