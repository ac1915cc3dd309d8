import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import SQLite from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../../bot/config';
import type { IncomingMessage } from '../../bot/core/message';
import { createLogger } from '../../bot/logger';
import { openStorage } from '../../bot/storage/database';
import { testBackend } from '../helpers/database';
import { createTestBot } from '../helpers/runtime';
import { tempDir } from '../helpers/temp';

/** Cases found by a fault probe (issue 16): each failed before its fix. */

/** Cases that open no database run once, in the sqlite project; those about a database file are SQLite's own. */
const sqliteOnly = testBackend !== 'sqlite';

describe(`App.handle never throws (${testBackend})`, () => {
  it('answers malformed messages from an adapter instead of rejecting', async () => {
    const t = await createTestBot();
    onTestFinished(() => t.close());
    const good = { platform: 'console', sender: { id: 'u1' }, chat: { id: 'c1', kind: 'private' as const } };
    const bad: unknown[] = [
      { ...good, text: 42 },
      { ...good, text: null },
      { ...good, text: { toString: () => '帮助' } },
      { ...good, action: 17 },
      { ...good, sender: undefined, text: '帮助' },
      { ...good, chat: null, text: '帮助' },
      { platform: 'console' },
      undefined,
    ];
    for (const message of bad) {
      const replies = await t.runtime.app.handle(message as IncomingMessage);
      expect(replies.length).toBeGreaterThan(0);
      expect(typeof replies[0]!.text).toBe('string');
    }
    // Nothing was stored for the malformed messages.
    const users = await t.runtime.storage.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(users.n)).toBe(0);
  });
});

describe.skipIf(sqliteOnly)('the logger never throws (once: no database)', () => {
  function capture() {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    return { lines, stream };
  }

  it('logs circular objects and BigInts, still scrubbing secrets', () => {
    const { lines, stream } = capture();
    const log = createLogger({ LOG_LEVEL: 'info', OPENAI_API_KEY: 'sk-verysecret-123' }, stream as never);
    const record: Record<string, unknown> = { count: 12n, key: 'sk-verysecret-123' };
    record.self = record;
    expect(() => log.info({ record }, 'model key sk-verysecret-123 used')).not.toThrow();
    const out = lines.join('');
    expect(out).toContain('[circular]');
    expect(out).toContain('"count":"12"');
    expect(out).not.toContain('sk-verysecret-123');
  });

  it('logs them without secrets configured too', () => {
    const { lines, stream } = capture();
    const log = createLogger({ LOG_LEVEL: 'info' }, stream as never);
    const record: Record<string, unknown> = { n: 1n };
    record.self = record;
    expect(() => log.info({ record }, 'plain')).not.toThrow();
    expect(lines.join('')).toContain('plain');
  });
});

describe.skipIf(sqliteOnly)('config errors are Chinese (once: no database)', () => {
  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['LOG_LEVEL', 'loud'],
  ])('%s=%s', (name, value) => {
    let message = '';
    try {
      // PORT is read only where a webhook listens (Slack's HTTP mode here).
      loadConfig({ [name]: value, ...(name === 'PORT' ? { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' } : {}) });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(name);
    const problem = message.split('\n').find((line) => line.includes(name)) ?? '';
    // No English words from the validation library leak into the line that explains the problem.
    expect(problem.replace(name, '').replace(value, '')).not.toMatch(/\b(?:expected|Invalid|received|number|option)\b/i);
  });
});

describe.skipIf(sqliteOnly)('the database file is checked before anything is written (SQLite only: file paths)', () => {
  it('refuses another application’s SQLite file and leaves it byte for byte as it was', () => {
    const dir = tempDir('dangwu-foreign-');
    const path = join(dir, 'other-app.sqlite');
    const other = new SQLite(path);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me');");
    other.close();
    const before = readFileSync(path);
    expect(() => openStorage(path)).toThrow(/其他程序的 SQLite 数据库[\s\S]*DANGWU_DB/);
    expect(readFileSync(path).equals(before)).toBe(true);
    const again = new SQLite(path, { readonly: true });
    expect(again.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()).toEqual(['notes']);
    again.close();
  });

  it('refuses a kernel pseudo-file at once instead of spinning', () => {
    expect(() => openStorage('/proc/self/dangwu.db')).toThrow(/系统目录[\s\S]*DANGWU_DB/);
    expect(() => openStorage('/proc/version')).toThrow(/DANGWU_DB/);
  });

  it('refuses a read-only database file with the DANGWU_DB guidance', async () => {
    const dir = tempDir('dangwu-ro-');
    const path = join(dir, 'dangwu.db');
    const storage = openStorage(path);
    await storage.close();
    const before = readFileSync(path);
    chmodSync(path, 0o444);
    chmodSync(dir, 0o555);
    try {
      if (process.getuid?.() === 0) {
        // Root may write anything; the check is the one a non-root service account meets, so run it as one.
        const { spawnSync } = await import('node:child_process');
        const script = join(dir, '..', `${dir.split('/').pop()}-probe.mjs`);
        writeFileSync(
          script,
          `import { openStorage } from ${JSON.stringify(join(__dirname, '../../bot/storage/database.ts'))};\ntry { openStorage(${JSON.stringify(path)}); console.log('opened'); } catch (e) { console.log(e.message); }\n`,
        );
        chmodSync(script, 0o644);
        const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
          encoding: 'utf8',
          uid: 65534,
          gid: 65534,
          cwd: join(__dirname, '../..'),
        });
        expect(run.stdout).toMatch(/只读[\s\S]*DANGWU_DB/);
      } else {
        expect(() => openStorage(path)).toThrow(/只读[\s\S]*DANGWU_DB/);
      }
      expect(readFileSync(path).equals(before)).toBe(true);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
