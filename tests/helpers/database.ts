import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openStorage, type Storage } from '../../bot/storage/database';
import { appliedMigrations, type Migrations, migrate } from '../../bot/storage/migrations';
import { closeTestDatabase } from './postgres-drops';
import { admin, type MigratedSet, type PostgresTarget, testDatabasePrefix } from './postgres-target';

/**
 * Which backend this test run uses: `DANGWU_TEST_BACKEND=postgres` (the `postgres` project of `npm test`) or
 * SQLite. Every test that opens a database takes its DANGWU_DB from {@link freshDatabase}, so one test file runs on
 * both (vitest.config.ts runs every such file in both projects).
 */
export const testBackend: 'sqlite' | 'postgres' = process.env.DANGWU_TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite';

export interface FreshDatabase {
  /** What to put in DANGWU_DB: a file path inside `dir`, or the URL of a new, empty PostgreSQL database. */
  url: string;
  /**
   * Done with the database (after every connection to it closed): on a PostgreSQL server it is closed for good (no
   * connection is accepted, any session left is ended) and the run drops it soon after (tests/helpers/postgres-drops.ts);
   * a PGlite instance goes back to the broker; nothing to do for a file.
   */
  drop(): Promise<void>;
  /** Set when the database is not empty but a copy of the run's template of these migrations ({@link migratedDatabase}). */
  migrated?: MigratedSet;
}

/**
 * Where the PostgreSQL half runs: a real server (CI, the bench, a developer machine with PostgreSQL 15), or PGlite
 * when none answers (tests/helpers/postgres-setup.ts decides once per run and says which in the output).
 */
export function postgresTarget(): PostgresTarget {
  try {
    const provided = inject('dangwuPostgres');
    if (provided) return provided;
  } catch {
    // Outside a vitest worker (a bench importing this helper): the machine's own server.
  }
  const server = process.env.DANGWU_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  return { kind: 'server', server, prefix: testDatabasePrefix() };
}

/** Whether this file runs on PGlite (no PostgreSQL server on the machine). See {@link skipOnPglite}. */
export const onPglite = () => testBackend === 'postgres' && postgresTarget().kind === 'pglite';

/**
 * For a test PGlite cannot serve honestly (it is one PostgreSQL session multiplexed over its connections): the
 * reason is printed and the test is skipped on PGlite only. Use as `it.skipIf(skipOnPglite('why'))(…)`.
 */
export function skipOnPglite(reason: string): boolean {
  if (!onPglite()) return false;
  console.warn(`PGlite 上跳过：${reason}`);
  return true;
}

/**
 * A new empty database for one test: a file in `dir` on SQLite; on PostgreSQL a database `t_<run>_<random>` on the
 * server (so vitest's workers never share one; the run's global teardown drops any a crashed test left behind), or
 * on PGlite a freshly reset instance served on loopback.
 */
export async function freshDatabase(dir: string, file = 'dangwu.db'): Promise<FreshDatabase> {
  if (process.env.DANGWU_TEST_DATABASE === 'none')
    throw new Error(
      'This test file opens a database but vitest.config.ts classified it as database-free (tests/helpers/test-files.ts): extend the rule there.',
    );
  if (testBackend === 'sqlite') return { url: join(dir, file), drop: async () => {} };
  const target = postgresTarget();
  if (target.kind === 'pglite') return pgliteDatabase(target.broker);
  return serverDatabase(target);
}

/**
 * A new database for a caller that then migrates exactly `set` (a whole bot: createTestBot, the console harness).
 * It is a copy of the run's template of that set, which already holds those migrations and the handbook's index:
 * on a PostgreSQL server a `CREATE DATABASE … TEMPLATE` clone, on SQLite a copy of the file (sqlite-templates.ts).
 * So the runtime's migration runner finds them all recorded and runs none, and its start indexes nothing; the
 * caller confirms with {@link checkMigratedAs} once its runtime is up. On PGlite, or outside a run that built the
 * templates, it is an empty one, as from {@link freshDatabase}. A test of migrations, or of a runtime with other
 * features or tables, uses freshDatabase.
 */
export async function migratedDatabase(dir: string, set: MigratedSet): Promise<FreshDatabase> {
  if (testBackend === 'sqlite') {
    const template = sqliteTemplates()?.[set];
    if (!template || process.env.DANGWU_TEST_DATABASE === 'none') return freshDatabase(dir);
    const database = await freshDatabase(dir);
    copyFileSync(template, database.url);
    return { ...database, migrated: set };
  }
  const target = postgresTarget();
  const template = target.kind === 'server' ? target.templates?.[set] : undefined;
  if (target.kind !== 'server' || !template) return freshDatabase(dir);
  return { ...(await serverDatabase(target, template)), migrated: set };
}

/** The SQLite project's template files, or undefined outside it (a bench, a run without its global setup). */
function sqliteTemplates(): Partial<Record<MigratedSet, string>> | undefined {
  try {
    return inject('dangwuSqliteTemplates');
  } catch {
    return undefined;
  }
}

/** Fails unless the database, if it came from a template, holds exactly the migrations its runtime knows. */
export async function checkMigratedAs(database: FreshDatabase, storage: Storage, migrations: Migrations): Promise<void> {
  if (!database.migrated) return;
  const expected = Object.keys(migrations).sort();
  const held = (await appliedMigrations(storage.db)).sort();
  if (held.length === expected.length && held.every((name, i) => name === expected[i])) return;
  const missing = expected.filter((name) => !held.includes(name));
  const extra = held.filter((name) => !expected.includes(name));
  throw new Error(
    `The '${database.migrated}' template database does not hold exactly this runtime's migrations (not in it: ${missing.join(', ') || 'none'}; only in it: ${extra.join(', ') || 'none'}). A test whose runtime migrates other tables takes an empty database from freshDatabase.`,
  );
}

/** `<prefix>_<random>` on the server: empty, or a copy of `template` (which nobody may be connected to). */
async function serverDatabase(target: Extract<PostgresTarget, { kind: 'server' }>, template?: string): Promise<FreshDatabase> {
  const name = `${target.prefix}_${randomBytes(4).toString('hex')}`;
  await admin(target.server, template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  const url = new URL(target.server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // Closed at once, dropped by the run off the test's path (DROP DATABASE waits for a checkpoint: postgres-drops.ts).
    drop: () => closeTestDatabase(target.server, name),
  };
}

async function pgliteDatabase(broker: string): Promise<FreshDatabase> {
  const response = await fetch(`${broker}/acquire`, { method: 'POST' });
  if (!response.ok) throw new Error(`PGlite broker: ${response.status} ${await response.text()}`);
  const { id, url } = (await response.json()) as { id: string; url: string };
  return {
    url,
    async drop() {
      await fetch(`${broker}/release/${id}`, { method: 'POST' });
    },
  };
}

/**
 * A scratch database on a backend the caller chooses (the benches measure both in one run), outside vitest: a file
 * in `dir`, or a database `<prefix>_<random>` on the machine's PostgreSQL server.
 */
export async function scratchDatabase(
  backend: 'sqlite' | 'postgres',
  dir: string,
  file = 'dangwu.db',
  prefix = 't',
): Promise<FreshDatabase> {
  if (backend === 'sqlite') return { url: join(dir, file), drop: async () => {} };
  const server = process.env.DANGWU_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin(server, `CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export interface MigratedStorage {
  storage: Storage;
  /** Its DANGWU_DB, for a second connection to the same database. */
  url: string;
  /** Closes the storage, drops the database and removes the folder. */
  close(): Promise<void>;
}

/** A fresh database of this run's backend, opened and migrated with exactly `migrations` (store-level tests). */
export async function migratedStorage(prefix: string, migrations: Migrations): Promise<MigratedStorage> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const database = await freshDatabase(dir);
  const storage = openStorage(database.url);
  await migrate(storage, migrations);
  return {
    storage,
    url: database.url,
    async close() {
      await storage.close();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
