import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server } from 'node:net';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openStorage } from '../../bot/storage/database';
import { freshDatabase, testBackend } from '../helpers/database';
import { tempDir } from '../helpers/temp';

/** Cases that open no database, or only the embedded default (a file), run in the sqlite project only. */
const sqliteOnly = testBackend !== 'sqlite';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'dangwu.js');

/** Runs the real program as a user would, with a clean environment and its own temp folder. */
function dangwu(args: string[], input: string, env: Record<string, string> = {}) {
  const cwd = tempDir('dangwu-cli-');
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    timeout: 60_000,
  });
  return { ...result, cwd };
}

describe('dangwu start (the real program)', () => {
  it.skipIf(sqliteOnly)('answers 帮助 from a pipe on the embedded default and exits 0 (SQLite only: the default is a file)', () => {
    const run = dangwu(['start'], '帮助\n');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('党务助手可以帮你');
    expect(run.stdout).toContain('⚙️ 基本：开始、帮助、取消');
  });

  it(`keeps what was stored across runs on the same database (${testBackend})`, async () => {
    const dir = tempDir('dangwu-keep-');
    const database = await freshDatabase(dir, 'keep.db');
    const env = { DANGWU_DB: database.url };
    expect(dangwu(['start'], '/start\n', env).status).toBe(0);
    expect(dangwu(['start'], '帮助\n', env).status).toBe(0);
    const storage = openStorage(database.url);
    try {
      const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM users`.execute(storage.db);
      expect(Number(rows[0].n)).toBe(1);
    } finally {
      await storage.close();
      await database.drop();
    }
  });

  it.skipIf(sqliteOnly)('refuses a bad setting, naming the variable, and exits 2 (once: no database is opened)', () => {
    const run = dangwu(['start'], '帮助\n', { TELEGRAM_BOT_TOKEN: 'oops' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('TELEGRAM_BOT_TOKEN');
    expect(run.stdout).toBe('');
  });

  it.skipIf(sqliteOnly)('reads settings from .env in the working directory (once: no database is opened)', () => {
    const cwd = tempDir('dangwu-dotenv-');
    writeFileSync(join(cwd, '.env'), 'DANGWU_TIMEZONE=Nowhere/Land\n');
    const run = spawnSync(process.execPath, [bin, 'start'], { cwd, input: '', encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('DANGWU_TIMEZONE');
  });

  it.skipIf(sqliteOnly)('explains an unusable database path and exits non-zero (SQLite only: a folder given as the file)', () => {
    const cwd = tempDir('dangwu-dbdir-');
    const run = dangwu(['start'], '帮助\n', { DANGWU_DB: cwd });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('无法打开数据库');
    expect(run.stderr).toContain('DANGWU_DB');
  });

  it.skipIf(testBackend !== 'postgres')('explains an unreachable PostgreSQL server and exits non-zero (PostgreSQL only)', () => {
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    const run = dangwu(['start'], '帮助\n', { DANGWU_DB: 'postgres://postgres@127.0.0.1:1/dangwu' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('无法打开数据库 postgres://postgres@127.0.0.1:1/dangwu');
    expect(run.stderr).toContain('连不上（PostgreSQL 服务没有运行');
    expect(run.stdout).toBe('');
  });

  it.skipIf(sqliteOnly)('lists its commands and rejects unknown ones (once: no database is opened)', () => {
    const help = dangwu(['help'], '');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('start');
    const unknown = dangwu(['fly'], '');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('没有 “fly” 这个命令');
  });
});

/** Holds a loopback port the way another program would, until closed. */
async function occupiedPort(): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  return { port, close: () => new Promise((done) => server.close(() => done())) };
}

/** Runs the program without blocking this process (a fake served from here must keep answering). */
function dangwuAsync(args: string[], input: string, env: Record<string, string>) {
  const cwd = tempDir('dangwu-cli-');
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  child.stdin.end(input);
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((done) =>
    child.once('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    }),
  );
}

describe('dangwu start says in Chinese which port is taken and which setting chooses it (SQLite only: the default file)', () => {
  it.skipIf(sqliteOnly)('the web console’s port (DANGWU_WEB_PORT)', async () => {
    const taken = await occupiedPort();
    try {
      const run = await dangwuAsync(['start'], '', { DANGWU_WEB_PORT: String(taken.port) });
      expect(run.stderr).toContain(`管理后台没能启动：端口 ${taken.port} 已被别的程序占用`);
      expect(run.stderr).toContain('DANGWU_WEB_PORT');
      expect(run.stderr).not.toContain('EADDRINUSE');
      expect(run.status).toBe(2);
    } finally {
      await taken.close();
    }
  });

  it.skipIf(sqliteOnly)('a Telegram webhook’s port (PORT)', async () => {
    const taken = await occupiedPort();
    // Just enough of the Bot API for a start: who the bot is, and yes to everything else.
    const api = createHttpServer((req, res) => {
      const result = req.url?.endsWith('/getMe') ? { id: 1, is_bot: true, first_name: '党务助手', username: 'dangwu_bot' } : true;
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result })));
    });
    await new Promise<void>((done) => api.listen(0, '127.0.0.1', done));
    try {
      const run = await dangwuAsync(['start'], '', {
        TELEGRAM_BOT_TOKEN: '123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
        TELEGRAM_API_ROOT: `http://127.0.0.1:${(api.address() as { port: number }).port}`,
        TELEGRAM_WEBHOOK_URL: 'https://dangwu.example.org/telegram',
        TELEGRAM_WEBHOOK_SECRET: 'webhook-secret',
        PORT: String(taken.port),
      });
      expect(run.stderr).toContain(`Telegram 的 webhook 服务没能启动：端口 ${taken.port} 已被别的程序占用`);
      expect(run.stderr).toContain('把 PORT 改成另一个端口');
      expect(run.stderr).not.toContain('EADDRINUSE');
      expect(run.status).toBe(2);
    } finally {
      await new Promise((done) => api.close(done));
      await taken.close();
    }
  });

  it.skipIf(sqliteOnly)('reads PORT only when a webhook serves HTTP: a host’s PORT=web does not stop a console start', () => {
    const run = dangwu(['start'], '帮助\n', { PORT: 'web' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('党务助手可以帮你');
  });
});
