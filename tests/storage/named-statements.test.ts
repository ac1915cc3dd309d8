import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../../bot/storage/database';
import { prepareQuery } from '../../bot/storage/prepared';
import { type FreshDatabase, freshDatabase, testBackend } from '../helpers/database';
import { tempDir } from '../helpers/temp';

/**
 * On PostgreSQL the statements compiled once (prepareQuery, the quiz store's) run as named statements, parsed and
 * planned once per connection (bot/storage/named-statements.ts). Queries one after another reuse the pool's one
 * idle connection, so these tests see a single connection's statements.
 */
describe.skipIf(testBackend !== 'postgres')('named statements (PostgreSQL)', () => {
  let storage: Storage | undefined;
  let database: FreshDatabase | undefined;
  afterEach(async () => {
    await storage?.close();
    await database?.drop();
    storage = undefined;
    database = undefined;
  });

  const open = async () => {
    database = await freshDatabase(tempDir('dangwu-named-'));
    storage = openStorage(database.url);
    await sql`CREATE TABLE named_t (id BIGINT PRIMARY KEY, v TEXT NOT NULL)`.execute(storage.db);
    await sql`INSERT INTO named_t VALUES (1, '一'), (2, '二')`.execute(storage.db);
    return storage;
  };
  const byId = prepareQuery<{ id: number }>((db, p) => db.selectFrom('named_t').selectAll().where('id', '=', p('id')));
  const preparedHere = (db: Storage['db']) =>
    sql<{ name: string }>`SELECT name FROM pg_prepared_statements WHERE statement LIKE '%named_t%'`.execute(db);

  it('runs a statement compiled once as one named statement of its connection, and a one-off query unnamed', async () => {
    const { db, transaction } = await open();
    await transaction(async (tx) => {
      expect((await byId(tx, { id: 1 })).rows).toEqual([{ id: 1, v: '一' }]);
      expect((await byId(tx, { id: 2 })).rows).toEqual([{ id: 2, v: '二' }]);
      await tx.selectFrom('named_t').selectAll().where('id', '=', 2).execute();
      const { rows } = await preparedHere(tx);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.name).toMatch(/^dangwu_\d+_[0-9a-f]{8}$/);
    });
    expect((await byId(db, { id: 2 })).rows).toEqual([{ id: 2, v: '二' }]);
  });

  it('answers with the new columns after a migration changed the table under a prepared SELECT *', async () => {
    const { db, transaction } = await open();
    expect((await byId(db, { id: 1 })).rows).toEqual([{ id: 1, v: '一' }]);
    // Another process's migration, as after an upgrade: the prepared statement's result type no longer holds.
    const other = openStorage(database!.url);
    try {
      await sql`ALTER TABLE named_t ADD COLUMN w TEXT NOT NULL DEFAULT '新'`.execute(other.db);
      // Outside a transaction the statement is prepared again and run.
      expect((await byId(db, { id: 1 })).rows).toEqual([{ id: 1, v: '一', w: '新' }]);
      await sql`ALTER TABLE named_t ADD COLUMN x TEXT NOT NULL DEFAULT '再'`.execute(other.db);
    } finally {
      await other.close();
    }
    // Inside one the server has aborted the transaction, so it fails as a whole, and the next one runs.
    await expect(transaction((tx) => byId(tx, { id: 2 }))).rejects.toMatchObject({ code: '0A000' });
    expect((await transaction((tx) => byId(tx, { id: 2 }))).rows).toEqual([{ id: 2, v: '二', w: '新', x: '再' }]);
  });
});
