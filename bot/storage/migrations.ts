import { copyFileSync, existsSync } from 'node:fs';
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { DangwuError } from '../core/errors';
import type { Storage } from './database';
import { SqliteDdlOnPostgres } from './dialect';
import { postgresProblem } from './postgres';

/**
 * Versioned migrations, contributed by the core, the knowledge layer and each feature.
 * Names sort in the order they must run (`0001_core`, `0100_quiz_bank`, …); unordered names are allowed so
 * features developed side by side can each add theirs. A migration is never edited once released: add a new one.
 */
export type Migrations = Record<string, Migration>;

export const coreMigrations: Migrations = {
  '0001_core': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('users')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('platform_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('first_seen', 'text', (c) => c.notNull())
        .addColumn('last_seen', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('chats')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('platform_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('first_seen', 'text', (c) => c.notNull())
        .addColumn('last_seen', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('conversation_state')
        .addColumn('chat_key', 'text', (c) => c.notNull())
        .addColumn('user_key', 'text', (c) => c.notNull())
        .addColumn('feature', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text')
        .addPrimaryKeyConstraint('conversation_state_pk', ['chat_key', 'user_key'])
        .execute();
    },
  },
};

export interface MigrationReport {
  applied: string[];
  backup?: string;
}

/**
 * Brings the database to the latest version. All pending migrations run in one transaction, so a failure
 * leaves the database as it was; before touching a database that already holds data, a copy is kept beside it.
 */
export async function migrate(storage: Storage, migrations: Migrations): Promise<MigrationReport> {
  const elsewhere = await appliedElsewhere(storage, migrations);
  const provider: MigrationProvider = { getMigrations: async () => ({ ...elsewhere, ...migrations }) };
  const db = storage.dialect === 'postgres' ? storage.db.withPlugin(new SqliteDdlOnPostgres()) : storage.db;
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const known = await migrator.getMigrations();
  const pending = known.filter((m) => !m.executedAt).map((m) => m.name);
  if (pending.length === 0) return { applied: [] };

  const backup = backupIfPopulated(storage, pending);
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '未知';
    throw new DangwuError(
      'MIGRATION_FAILED',
      `数据库升级失败（迁移 ${failed}）：${(error as Error).message ?? error}。数据库保持原样${backup ? `，升级前的副本在 ${backup}` : ''}。`,
      error,
    );
  }
  return { applied: results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [], backup };
}

/**
 * Migrations already applied by a surface this process does not load (the web console's tables, when a CLI command
 * opens the same database) are kept as no-ops: the database stays openable by every command.
 */
async function appliedElsewhere(storage: Storage, known: Migrations): Promise<Migrations> {
  let names: string[];
  try {
    if (!(await hasMigrationTable(storage))) return {};
    names = await appliedMigrations(storage.db);
  } catch (error) {
    throw unreachable(storage, error);
  }
  return Object.fromEntries(names.filter((name) => !(name in known)).map((name) => [name, { async up() {} }]));
}

async function hasMigrationTable(storage: Storage): Promise<boolean> {
  const query =
    storage.dialect === 'postgres'
      ? sql<{
          n: number;
        }>`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'kysely_migration'`
      : sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`;
  const { rows } = await query.execute(storage.db);
  return (rows[0]?.n ?? 0) > 0;
}

/** The first query of a run fails: on PostgreSQL that is where an unreachable server or a missing database shows. */
function unreachable(storage: Storage, error: unknown): DangwuError {
  const why = postgresProblem(error);
  return new DangwuError(
    'DB_UNAVAILABLE',
    `无法打开数据库 ${storage.path}：${why}。请检查 DANGWU_DB：SQLite 填文件路径（如 ./data/dangwu.db），PostgreSQL 填 postgres://用户:密码@主机:端口/库名。`,
    error,
  );
}

function backupIfPopulated(storage: Storage, pending: string[]): string | undefined {
  if (storage.dialect !== 'sqlite' || storage.path === ':memory:' || !existsSync(storage.path)) return undefined;
  const hasData = storage.sqlite
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'")
    .get() as {
    n: number;
  };
  if (hasData.n === 0) return undefined;
  storage.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const target = `${storage.path}.before-${pending[0]}.bak`;
  copyFileSync(storage.path, target);
  return target;
}

export async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.rows.map((r) => r.name);
}
