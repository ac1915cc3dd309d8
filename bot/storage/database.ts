import { mkdirSync, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';
import { DangwuError } from '../core/errors';
import type { CoreTables } from './schema';

export type SqliteHandle = SQLite.Database;

/**
 * SQLite runs DDL inside transactions, but Kysely's adapter says it cannot, which would make its migrator
 * apply migrations one by one with no rollback. Saying so lets a failed upgrade leave the database untouched.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class DangwuSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

export interface Storage {
  /** Typed query builder. Features add their own tables with `storage.db.withTables<MyTables>()`. */
  db: Kysely<CoreTables>;
  /** The raw handle, for synchronous hot paths (FTS5 search) and for transactions spanning many statements. */
  sqlite: SqliteHandle;
  path: string;
  close(): Promise<void>;
}

/**
 * Opens (creating if needed) the SQLite database in WAL mode.
 * Any failure becomes a {@link DangwuError} `DB_UNAVAILABLE` whose message tells the user what to check.
 */
export function openStorage(path: string): Storage {
  let sqlite: SqliteHandle;
  try {
    if (path !== ':memory:') {
      if (existsSync(path) && statSync(path).isDirectory()) throw new Error('这是一个目录，不是数据库文件');
      mkdirSync(dirname(path), { recursive: true });
    }
    sqlite = new SQLite(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // Touch the file so an unreadable or non-SQLite file fails here, not in the middle of a conversation.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    throw new DangwuError(
      'DB_UNAVAILABLE',
      `无法打开数据库 ${path}：${describe(error)}。请检查 DANGWU_DB 指向的路径是否存在、是否有读写权限、是否确为本程序的数据库文件。`,
      error,
    );
  }
  const db = new Kysely<CoreTables>({ dialect: new DangwuSqliteDialect({ database: sqlite }) });
  return {
    db,
    sqlite,
    path,
    async close() {
      await db.destroy();
    },
  };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/not a database|file is not a database/i.test(message)) return '文件不是 SQLite 数据库';
  if (/EACCES|permission|readonly|unable to open/i.test(message)) return `没有权限或无法打开（${message}）`;
  return message;
}
