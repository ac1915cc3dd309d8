import { Writable } from 'node:stream';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createLogger } from '../../bot/logger';
import { openStorage, type Storage } from '../../bot/storage/database';
import { testBackend } from '../helpers/database';
import { createTestBot, textOf } from '../helpers/runtime';

/**
 * Makes every new row of `users` fail as a full disk fails, through the real driver of the backend under test:
 * on PostgreSQL a trigger raises SQLSTATE 53100 (disk_full), on SQLite a trigger calls a function that throws
 * SQLITE_FULL, as better-sqlite3 reports a write that found no space.
 */
async function fillTheDisk(storage: Storage): Promise<void> {
  if (storage.dialect === 'postgres') {
    await sql`CREATE FUNCTION disk_is_full() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$`.execute(storage.db);
    await sql`CREATE TRIGGER disk_is_full BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION disk_is_full()`.execute(storage.db);
    return;
  }
  storage.sqlite.function('disk_is_full', () => {
    throw new SQLite.SqliteError('database or disk is full', 'SQLITE_FULL');
  });
  storage.sqlite.exec('CREATE TEMP TRIGGER disk_is_full BEFORE INSERT ON users BEGIN SELECT disk_is_full(); END');
}

describe(`a full disk is named as such (issue 24, ${testBackend})`, () => {
  it('the chat reply says 磁盘已满 and to contact the administrator, and the log names it, instead of the generic 出错了', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const bot = await createTestBot({ log: createLogger({ LOG_LEVEL: 'info' }, stream as never) });
    onTestFinished(() => bot.close());
    expect(textOf(await bot.say('帮助'))).toContain('党务助手可以帮你');
    await fillTheDisk(bot.runtime.storage);

    const reply = textOf(await bot.say('帮助', { userId: 'newcomer', name: '新同志' }));
    expect(reply).toMatch(
      /^磁盘已满，助手暂时无法保存任何内容，这条消息没有处理（编号 [0-9a-f]{8}）。请联系管理员清理服务器磁盘空间后再试。$/,
    );
    expect(reply).not.toContain('出错了');
    const reference = /编号 ([0-9a-f]{8})/.exec(reply)![1]!;
    const logged = lines.map((line) => JSON.parse(line) as { msg: string; reference?: string; diskFull?: boolean });
    expect(logged.filter((entry) => entry.diskFull)).toMatchObject([
      { reference, msg: 'disk full: the database cannot write (磁盘已满); free space on the server' },
    ]);
  });
});

describe.skipIf(testBackend !== 'sqlite')('DANGWU_DB pointing at what is not a file (SQLite only: file paths)', () => {
  it('/dev/null is called the null device whose writes are thrown away, not a 系统目录', () => {
    expect(() => openStorage('/dev/null')).toThrow(
      /^无法打开数据库 \/dev\/null：这是空设备 \/dev\/null（写进去的内容都会被丢弃），不是普通文件[\s\S]*DANGWU_DB/,
    );
    expect(() => openStorage('/dev/zero')).toThrow(/这是设备文件，不是普通文件/);
    expect(() => openStorage('/proc/self/dangwu.db')).toThrow(/所在目录 \/proc\/self\/?\S* 是系统目录|所在目录 \/proc\S* 是系统目录/);
  });
});
