import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DangwuError } from '../../bot/core/errors';
import { openStorage } from '../../bot/storage/database';
import { appliedMigrations, coreMigrations, migrate } from '../../bot/storage/migrations';
import { tempDir } from '../helpers/temp';

const tempDb = () => join(tempDir('dangwu-db-'), 'dangwu.db');

describe('storage and migrations', () => {
  it('creates the schema in WAL mode and is a no-op the second time', async () => {
    const path = tempDb();
    const storage = openStorage(path);
    expect(storage.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect((await migrate(storage, coreMigrations)).applied).toEqual(['0001_core']);
    expect((await migrate(storage, coreMigrations)).applied).toEqual([]);
    await storage.close();
  });

  it('upgrades an existing database without losing data, keeping a copy from before', async () => {
    const path = tempDb();
    let storage = openStorage(path);
    await migrate(storage, coreMigrations);
    await storage.db
      .insertInto('users')
      .values({ key: 'console:me', platform: 'console', platform_id: 'me', name: '我', first_seen: 'x', last_seen: 'x' })
      .execute();
    await storage.close();

    storage = openStorage(path);
    const report = await migrate(storage, {
      ...coreMigrations,
      '0002_user_phone': { up: async (db: Kysely<any>) => void (await db.schema.alterTable('users').addColumn('phone', 'text').execute()) },
    });
    expect(report.applied).toEqual(['0002_user_phone']);
    expect(report.backup && existsSync(report.backup)).toBeTruthy();
    const row = storage.sqlite.prepare('SELECT name, phone FROM users').get();
    expect(row).toEqual({ name: '我', phone: null });
    await storage.close();
  });

  it('rolls back every pending migration when one fails', async () => {
    const path = tempDb();
    const storage = openStorage(path);
    await migrate(storage, coreMigrations);
    await storage.db
      .insertInto('chats')
      .values({ key: 'c', platform: 'console', platform_id: 'c', kind: 'private', title: null, first_seen: 'x', last_seen: 'x' })
      .execute();
    const failing = {
      ...coreMigrations,
      '0002_good': { up: async (db: Kysely<any>) => void (await db.schema.createTable('extra').addColumn('id', 'integer').execute()) },
      '0003_bad': {
        up: async (db: Kysely<any>) =>
          void (await sql`DROP TABLE chats`.execute(db).then(() => sql`SELECT * FROM no_such_table`.execute(db))),
      },
    };
    await expect(migrate(storage, failing)).rejects.toMatchObject({ code: 'MIGRATION_FAILED' });
    expect(await appliedMigrations(storage.db)).toEqual(['0001_core']);
    expect(storage.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra'").get()).toEqual({ n: 0 });
    expect(storage.sqlite.prepare('SELECT count(*) AS n FROM chats').get()).toEqual({ n: 1 });
    await storage.close();
  });

  it('explains an unusable database path instead of crashing', () => {
    const dir = tempDir('dangwu-bad-');
    const notADb = join(dir, 'notes.db');
    writeFileSync(notADb, '这不是数据库文件，而是一份会议记录。'.repeat(100));
    for (const path of [dir, notADb]) {
      let error: unknown;
      try {
        openStorage(path);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DangwuError);
      expect((error as DangwuError).code).toBe('DB_UNAVAILABLE');
      expect((error as DangwuError).message).toContain('DANGWU_DB');
    }
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked');
      chmodSync(dir, 0o500);
      expect(() => openStorage(join(locked, 'x.db'))).toThrow(DangwuError);
    }
  });
});
