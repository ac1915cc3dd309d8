import { dirname } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config';
import { silentLogger } from '../../bot/logger';
import { createRuntime } from '../../bot/runtime';
import { openStorage } from '../../bot/storage/database';
import { appliedMigrations } from '../../bot/storage/migrations';
import { createKnowledge } from '../../knowledge';
import { checkMigratedAs, freshDatabase, migratedDatabase, onPglite, postgresTarget, testBackend } from '../helpers/database';
import { dropClosedDatabases } from '../helpers/postgres-drops';
import { TEST_DATABASE } from '../helpers/postgres-target';
import { tempDir } from '../helpers/temp';

/** The harness every database test stands on: each gets a new, empty database of the run's backend, and it goes. */
describe(`freshDatabase (${testBackend})`, () => {
  it('gives each test its own empty database of the run’s backend, and drop() removes it', async () => {
    const dir = tempDir('dangwu-fresh-');
    const [a, b] = await Promise.all([freshDatabase(dir, 'a.db'), freshDatabase(dir, 'b.db')]);
    expect(a.url).not.toBe(b.url);
    expect(/^postgres:\/\//.test(a.url)).toBe(testBackend === 'postgres');
    if (testBackend === 'sqlite') expect(dirname(a.url)).toBe(dir);
    else if (!onPglite()) expect(new URL(a.url).pathname.slice(1)).toMatch(TEST_DATABASE);

    const first = openStorage(a.url);
    expect(first.dialect).toBe(testBackend);
    await sql`CREATE TABLE notes (body text)`.execute(first.db);
    await sql`INSERT INTO notes VALUES ('only in a')`.execute(first.db);
    const second = openStorage(b.url);
    // b is empty: a's table is not there.
    await expect(sql`SELECT body FROM notes`.execute(second.db)).rejects.toThrow(/notes/);
    await first.close();
    await second.close();
    await b.drop();

    await a.drop();
    const target = postgresTarget();
    if (testBackend === 'postgres' && target.kind === 'server') {
      // Closed at once: connecting to it now fails, though the run has not dropped it yet (postgres-drops.ts).
      const closed = openStorage(a.url);
      await expect(sql`SELECT 1`.execute(closed.db)).rejects.toThrow(/not currently accepting connections|does not exist/);
      await closed.close();
      // Then gone from the server once the run drops the closed ones.
      await dropClosedDatabases(target.server, target.prefix);
      const gone = openStorage(a.url);
      await expect(sql`SELECT 1`.execute(gone.db)).rejects.toThrow(/does not exist/);
      await gone.close();
    }
  });

  it.skipIf(testBackend !== 'postgres')('ends a session still on the database when it is dropped, as DROP … WITH (FORCE) did', async () => {
    const target = postgresTarget();
    if (target.kind !== 'server') return;
    const database = await freshDatabase(tempDir('dangwu-fresh-'));
    const left = openStorage(database.url);
    await sql`CREATE TABLE notes (body text)`.execute(left.db);
    await database.drop();
    // The session left open is ended: what it sends next fails, and nothing more is written there.
    await expect(sql`INSERT INTO notes VALUES ('too late')`.execute(left.db)).rejects.toThrow();
    await left.close().catch(() => {});
    await dropClosedDatabases(target.server, target.prefix);
  });

  it.skipIf(testBackend !== 'postgres')('names the run’s databases so its teardown can drop any a test left behind', () => {
    const target = postgresTarget();
    if (target.kind === 'server') expect(`${target.prefix}_0123abcd`).toMatch(TEST_DATABASE);
    else expect(target.broker).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('gives a whole bot a copy of the run’s migrated template (a SQLite file, or on a server a database), whose runtime then migrates and indexes nothing', async () => {
    const dir = tempDir('dangwu-fresh-');
    const database = await migratedDatabase(dir, 'bot');
    const fromTemplate = testBackend === 'sqlite' || !onPglite();
    if (fromTemplate) {
      const copy = openStorage(database.url);
      expect((await createKnowledge(copy.db).index.sources('handbook')).length).toBeGreaterThan(0);
      await copy.close();
    }
    expect(database.migrated).toBe(fromTemplate ? 'bot' : undefined);
    const runtime = await createRuntime({ config: loadConfig({ DANGWU_DB: database.url }), log: silentLogger() });
    const recorded = await appliedMigrations(runtime.storage.db);
    // The same migrations recorded either way; on a copy of the template none of them ran again.
    expect([...recorded].sort()).toEqual(Object.keys(runtime.app.migrations).sort());
    expect(runtime.app.migrationReport.applied).toHaveLength(fromTemplate ? 0 : recorded.length);
    // The handbook came indexed in the copy (its runtime's start had nothing to add), and searchable.
    expect((await runtime.knowledge.index.sources('handbook')).length).toBeGreaterThan(0);
    expect(await runtime.knowledge.ensureHandbook()).toBe(0);
    expect((await runtime.knowledge.index.search('预备党员', 3)).length).toBeGreaterThan(0);
    await checkMigratedAs(database, runtime.storage, runtime.app.migrations);
    // A runtime with fewer features must not pass on a copy holding more tables than it creates.
    const fewer = Object.fromEntries(Object.entries(runtime.app.migrations).slice(1));
    if (fromTemplate) await expect(checkMigratedAs(database, runtime.storage, fewer)).rejects.toThrow(/only in it: /);
    await runtime.close();
    await database.drop();
  });
});
