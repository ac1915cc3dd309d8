import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
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

function runBot(db: string, cwd: string, lines: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, 'start'], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, DANGWU_DB: db } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => done({ code, stdout, stderr }));
    const input = Array.from({ length: lines }, (_, i) => SCRIPT[i % SCRIPT.length]).join('\n');
    child.stdin.end(`${input}\n`);
  });
}

describe(`two processes on one database (${testBackend})`, () => {
  it('start together on a fresh database, migrate once, and answer every line without an error reply, then again on the existing one', async () => {
    const dir = tempDir('dangwu-two-');
    const database = await freshDatabase(dir, 'shared.db');
    const db = database.url;
    const [a, b] = await Promise.all([runBot(db, dir, 600), runBot(db, dir, 600)]);
    for (const run of [a, b]) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain('出错了');
      expect(run.stdout).not.toContain('数据库');
      expect(run.stdout).toContain('党务助手可以帮你');
    }
    // Again on the now existing file: read-then-write transactions of one process meet the other's commits.
    const [c, d] = await Promise.all([runBot(db, dir, 600), runBot(db, dir, 600)]);
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
  }, 120_000);
});
