import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config';
import { silentLogger } from '../../bot/logger';
import { createRuntime } from '../../bot/runtime';
import { openStorage, type Storage } from '../../bot/storage/database';
import { runCli } from '../../cli/main';
import { webMigrations } from '../../web/migrations';
import { type FreshDatabase, freshDatabase, testBackend } from '../helpers/database';
import { tempDir } from '../helpers/temp';

/** `dangwu db copy` in this process, with its output captured. */
async function dbCopy(from: string, to: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (d) => out.push(String(d)));
  stderr.on('data', (d) => err.push(String(d)));
  const code = await runCli(['db', 'copy', from, to], { stdin: new PassThrough(), stdout, stderr, env: { PATH: process.env.PATH } });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** A SQLite deployment as `dangwu start` leaves it, with a user, a chat and the handbook indexed. */
async function sqliteSource(dir: string): Promise<string> {
  const path = join(dir, 'county.db');
  const runtime = await createRuntime({ config: loadConfig({ DANGWU_DB: path }), log: silentLogger(), extraMigrations: webMigrations });
  await runtime.app.handle({
    platform: 'console',
    sender: { id: 'secretary', name: '王书记', isChatAdmin: async () => false },
    chat: { id: 'dm', kind: 'private' },
    text: '帮助',
  });
  await runtime.close();
  return path;
}

async function tables(storage: Storage): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`.execute(storage.db);
  return rows.map((r) => r.name);
}

const count = async (storage: Storage, table: string) =>
  Number((await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(storage.db)).rows[0].n);

// The command copies a SQLite file INTO PostgreSQL: it runs in the postgres project (on a fresh database there).
describe.skipIf(testBackend !== 'postgres')('dangwu db copy <sqlite-file> <postgres-url> (PostgreSQL project only)', () => {
  const opened: Array<Storage | FreshDatabase> = [];
  afterEach(async () => {
    for (const item of opened.splice(0).reverse()) await ('drop' in item ? item.drop() : item.close());
  });
  async function target(dir: string): Promise<{ url: string; storage: Storage }> {
    const database = await freshDatabase(dir);
    opened.push(database);
    const storage = openStorage(database.url);
    opened.push(storage);
    return { url: database.url, storage };
  }

  it('copies every table, prints the counts per table, sets identities past the copied ids, and refuses to run twice', async () => {
    const dir = tempDir('dangwu-copy-');
    const source = await sqliteSource(dir);
    const { url, storage } = await target(dir);

    const first = await dbCopy(source, url);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/users\s+1\s+1\n/);
    expect(first.stdout).toMatch(/复制完成：\d+ 张表，共 \d+ 行，逐表行数一致/);
    expect(first.stdout).toMatch(/未复制（SQLite 全文索引[^）]*）：kb_chunks_fts/);

    const from = openStorage(source);
    opened.push(from);
    for (const table of ['users', 'chats', 'kb_documents', 'kb_chunks', 'qb_revision']) {
      expect(await count(storage, table), table).toBe(await count(from, table));
    }
    expect(await count(storage, 'kb_chunks')).toBeGreaterThan(10);
    const user = await storage.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(user).toMatchObject({ key: 'console:secretary', name: '王书记' });
    expect(await tables(storage)).not.toContain('kb_chunks_fts');

    // A new row gets an id past the copied ones (the identity sequence was moved on).
    const { max } = await storage.db
      .withTables<{ kb_documents: { id: number } }>()
      .selectFrom('kb_documents')
      .select((eb) => eb.fn.max('id').as('max'))
      .executeTakeFirstOrThrow();
    const inserted = await sql<{ id: number }>`
      INSERT INTO kb_documents (source, title, kind, hash, updated_at) VALUES ('new', '新文件', 'doc', 'h', '2026-01-01')
      RETURNING id`.execute(storage.db);
    expect(inserted.rows[0].id).toBeGreaterThan(Number(max));

    // Run again on the completed target: refused, nothing doubled.
    const again = await dbCopy(source, url);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/目标数据库 .* 不是空的（表 \w+ 已有 \d+ 行）/);
    expect(await count(storage, 'users')).toBe(1);
  });

  it('refuses a target that already holds data, and changes nothing there', async () => {
    const dir = tempDir('dangwu-copy-full-');
    const source = await sqliteSource(dir);
    const { url, storage } = await target(dir);
    await sql`CREATE TABLE notes (body text)`.execute(storage.db);
    await sql`INSERT INTO notes VALUES ('keep me')`.execute(storage.db);

    const run = await dbCopy(source, url);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('不是空的（表 notes 已有 1 行）');
    expect(await tables(storage)).toEqual(['notes']);
  });

  it('a copy that fails half-way leaves the target empty, so it can simply be run again', async () => {
    const dir = tempDir('dangwu-copy-retry-');
    const source = await sqliteSource(dir);
    const { url, storage } = await target(dir);
    // SQLite keeps a word in an INTEGER column; PostgreSQL refuses it, in the middle of the copy.
    const from = openStorage(source);
    await sql`UPDATE qb_revision SET rev = 'not a number'`.execute(from.db);

    const failed = await dbCopy(source, url);
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toMatch(/bigint|integer/i);
    expect(await tables(storage)).toEqual([]);

    await sql`UPDATE qb_revision SET rev = 1`.execute(from.db);
    await from.close();
    const retried = await dbCopy(source, url);
    expect(retried.stderr).toBe('');
    expect(retried.code).toBe(0);
    expect(await count(storage, 'qb_revision')).toBe(1);
  });

  it('explains an unreachable target in Chinese', async () => {
    const dir = tempDir('dangwu-copy-down-');
    const source = await sqliteSource(dir);
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    const run = await dbCopy(source, 'postgres://postgres@127.0.0.1:1/dangwu');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(
      '无法连接目标数据库 postgres://postgres@127.0.0.1:1/dangwu：连不上（PostgreSQL 服务没有运行，或主机、端口不对）',
    );
  });
});
