import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DangwuError } from '../../bot/core/errors';
import { openStorage, type Storage } from '../../bot/storage/database';
import { appliedMigrations, coreMigrations, migrate } from '../../bot/storage/migrations';
import { freshDatabase, testBackend } from '../helpers/database';
import { tempDir } from '../helpers/temp';

/** A fresh database of the backend under test, closed (and on PostgreSQL dropped) when the test finishes. */
async function fresh(): Promise<{ url: string; open(): Storage }> {
  const database = await freshDatabase(tempDir('dangwu-db-'));
  const opened: Storage[] = [];
  onTestFinished(async () => {
    for (const storage of opened) await storage.close();
    await database.drop();
  });
  return {
    url: database.url,
    open() {
      const storage = openStorage(database.url);
      opened.push(storage);
      return storage;
    },
  };
}

const tableNames = async (storage: Storage) => (await storage.db.introspection.getTables()).map((t) => t.name);

describe(`storage and migrations (${testBackend})`, () => {
  it('creates the schema and is a no-op the second time', async () => {
    const storage = (await fresh()).open();
    expect((await migrate(storage, coreMigrations)).applied).toEqual(['0001_core']);
    expect((await migrate(storage, coreMigrations)).applied).toEqual([]);
    expect(await tableNames(storage)).toEqual(expect.arrayContaining(['users', 'chats', 'conversation_state']));
  });

  it('upgrades an existing database without losing data', async () => {
    const database = await fresh();
    const before = database.open();
    await migrate(before, coreMigrations);
    await before.db
      .insertInto('users')
      .values({ key: 'console:me', platform: 'console', platform_id: 'me', name: '我', first_seen: 'x', last_seen: 'x' })
      .execute();
    await before.close();

    const storage = database.open();
    const report = await migrate(storage, {
      ...coreMigrations,
      '0002_user_phone': { up: async (db: Kysely<any>) => void (await db.schema.alterTable('users').addColumn('phone', 'text').execute()) },
    });
    expect(report.applied).toEqual(['0002_user_phone']);
    const rows = await storage.db
      .withTables<{ users: { name: string | null; phone: string | null } }>()
      .selectFrom('users')
      .select(['name', 'phone'])
      .execute();
    expect(rows).toEqual([{ name: '我', phone: null }]);
  });

  it('rolls back every pending migration when one fails', async () => {
    const storage = (await fresh()).open();
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
    expect(await tableNames(storage)).not.toContain('extra');
    expect(await storage.db.selectFrom('chats').select('key').execute()).toEqual([{ key: 'c' }]);
  });

  it('explains a PostgreSQL server that does not answer, naming DANGWU_DB', async () => {
    const storage = openStorage('postgres://dangwu:secret@127.0.0.1:1/dangwu');
    try {
      const error = await migrate(storage, coreMigrations).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DangwuError);
      expect((error as DangwuError).code).toBe('DB_UNAVAILABLE');
      expect((error as DangwuError).message).toContain('PostgreSQL 服务没有运行');
      expect((error as DangwuError).message).toContain('DANGWU_DB');
      expect((error as DangwuError).message).not.toContain('secret');
    } finally {
      await storage.close();
    }
  });
});

describe.skipIf(testBackend !== 'sqlite')(
  'SQLite file specifics (SQLite only: WAL, the backup copy and file paths are SQLite file matters)',
  () => {
    const tempDb = () => join(tempDir('dangwu-db-'), 'dangwu.db');

    it('opens the file in WAL mode and keeps a copy from before an upgrade of a populated database', async () => {
      const path = tempDb();
      let storage = openStorage(path);
      const mode = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(storage.db);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      expect((await migrate(storage, coreMigrations)).backup).toBeUndefined();
      await storage.close();

      storage = openStorage(path);
      const report = await migrate(storage, {
        ...coreMigrations,
        '0002_user_phone': {
          up: async (db: Kysely<any>) => void (await db.schema.alterTable('users').addColumn('phone', 'text').execute()),
        },
      });
      expect(report.backup && existsSync(report.backup)).toBeTruthy();
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
  },
);
