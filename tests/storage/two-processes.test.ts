import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openStorage } from '../../bot/storage/database';
import { freshDatabase, testBackend } from '../helpers/database';
import { tempDir } from '../helpers/temp';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'dangwu.js');

/** Lines a user might send, mixing reads and writes: practice answers, questions, help, statistics. */
const SCRIPT = [
  '/start',
  '帮助',
  '练习',
  '1',
  '2',
  '预备期多长',
  '统计',
  '错题本',
  '党费怎么交',
  '取消',
  '提醒我 明天上午9点 交党费',
  '确认',
];

/** Lines each bot answers after both are up. */
const LINES = 240;

interface Bot {
  /** Resolves once the bot answered its first line (/start): it is up, migrated and answering. */
  ready: Promise<void>;
  /** Sends the script's first `lines` lines and closes the input; resolves when the bot has answered them and exited. */
  run(lines: number): Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function startBot(db: string, cwd: string): Bot {
  const child = spawn(process.execPath, [bin, 'start'], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, DANGWU_DB: db } });
  let stdout = '';
  let stderr = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('我是党务助手')) resolve();
    });
    // A bot that dies starting (a migration raced by the other) says why instead of leaving the test waiting.
    child.on('close', (code) => reject(new Error(`the bot exited (${code}) before answering /start: ${stderr}${stdout}`)));
  });
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  child.stdin.write(`${SCRIPT[0]}\n`);
  return {
    ready,
    async run(lines) {
      const input = Array.from({ length: lines }, (_, i) => SCRIPT[(i + 1) % SCRIPT.length]).join('\n');
      child.stdin.end(`${input}\n`);
      const code = await closed;
      return { code, stdout, stderr };
    },
  };
}

/**
 * Both bots start together, then get their lines only once both answer: however unevenly a loaded machine starts
 * them, every line of one meets the other's commits (with all lines written at once, one bot could be done before
 * the other started, and the test needed many lines to keep them overlapping).
 */
async function together(db: string, dir: string, lines: number) {
  const bots = [startBot(db, dir), startBot(db, dir)];
  await Promise.all(bots.map((b) => b.ready));
  return Promise.all(bots.map((b) => b.run(lines)));
}

// Four start-ups of the whole program and ~1,000 answered lines: over a minute on a loaded CI machine. The timeout only
// catches a hang (a bot that stops answering, a lock never released).
describe(`two processes on one database (${testBackend})`, () => {
  it('start together on a fresh database, migrate once, and answer every line without an error reply, then again on the existing one', async () => {
    const dir = tempDir('dangwu-two-');
    const database = await freshDatabase(dir, 'shared.db');
    const db = database.url;
    const [a, b] = await together(db, dir, LINES);
    for (const run of [a, b]) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain('出错了');
      expect(run.stdout).not.toContain('数据库');
      expect(run.stdout).toContain('党务助手可以帮你');
    }
    // Again on the now existing file: read-then-write transactions of one process meet the other's commits.
    const [c, d] = await together(db, dir, LINES);
    for (const run of [c, d]) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain('出错了');
    }
    const storage = openStorage(db);
    try {
      const names = (await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(storage.db)).rows.map((r) => r.name);
      expect(names.length).toBeGreaterThan(5);
      expect(new Set(names).size).toBe(names.length);
      // The handbook was indexed once: every chapter is one document.
      const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM kb_documents WHERE kind = 'handbook'`.execute(storage.db);
      expect(Number(rows[0].n)).toBeGreaterThanOrEqual(7);
    } finally {
      await storage.close();
      await database.drop();
    }
  }, 240_000);
});
