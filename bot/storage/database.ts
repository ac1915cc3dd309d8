import { accessSync, constants, existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
} from 'kysely';
import { DangwuError } from '../core/errors';
import { isPostgresUrl, openPostgres, type PostgresOptions } from './postgres';
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

/**
 * Every transaction takes the write lock up front (BEGIN IMMEDIATE). Two processes may share one database file;
 * a deferred transaction that reads and then writes fails with SQLITE_BUSY_SNAPSHOT when the other process wrote
 * in between, and the busy timeout cannot help it. An immediate one waits its turn instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class DangwuSqliteDialect extends SqliteDialect {
  constructor(private readonly config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.config);
  }
}

export type Dialect = 'sqlite' | 'postgres';

/**
 * The one async storage contract. Every store of every feature, the core, the scheduler and knowledge reach the
 * database through `db` (a Kysely query builder) and `transaction`; the same code runs on SQLite (the embedded
 * default, a file path in DANGWU_DB) and on PostgreSQL (`postgres://…` in DANGWU_DB).
 *
 * @example
 * const db = storage.db.withTables<MyTables>();
 * await storage.transaction(async (tx) => {
 *   const row = await tx.selectFrom('my_table').selectAll().where('id', '=', id).executeTakeFirst();
 *   await tx.updateTable('my_table').set({ n: row.n + 1 }).where('id', '=', id).execute();
 * });
 *
 * Inside `transaction`, use only the handle it passes: on SQLite the one connection is held by the transaction, so
 * a query through `storage.db` would wait for it forever; on PostgreSQL it would run outside the transaction.
 */
export interface Storage {
  /** Typed query builder. Features add their own tables with `storage.db.withTables<MyTables>()`. */
  db: Kysely<CoreTables>;
  dialect: Dialect;
  /**
   * Runs `work` in one transaction and commits when it resolves (rolls back when it throws). On SQLite the write
   * lock is taken up front (BEGIN IMMEDIATE), so transactions of several processes queue instead of failing.
   */
  transaction<T>(work: (tx: Kysely<any>) => Promise<T>): Promise<T>;
  /**
   * The raw better-sqlite3 handle. Transitional: every use is being moved behind the stores; on PostgreSQL any
   * use throws, naming what has not been moved yet.
   * @deprecated use `db` and `transaction`.
   */
  sqlite: SqliteHandle;
  /**
   * Runs `work` while no other holder of `key` runs, in this process or any other on the same database: on
   * PostgreSQL a session advisory lock taken on a connection of its own (the work's queries use the pool as usual,
   * so a held lock never starves them; a process that dies releases its locks with its connection). On SQLite the
   * work runs at once: one process serves a SQLite file (docs/deploy.md), and callers keep their own order in it.
   */
  exclusive<T>(key: string, work: () => Promise<T>): Promise<T>;
  /**
   * A number naming this process among those on the database while it lives (PostgreSQL): the process holds the
   * session advisory lock ({@link LIVENESS_LOCK}, number) on a connection of its own, which the server releases when
   * the process dies with its connection. Another process reads pg_locks to tell a live holder of a lease from a
   * dead one. On SQLite 0: one process serves the file.
   */
  liveness(): Promise<number>;
  /** The SQLite file path; on PostgreSQL the URL without its password. */
  path: string;
  close(): Promise<void>;
}

/**
 * True when the database could not write because the disk (or the volume holding the database) is full: SQLite's
 * SQLITE_FULL, PostgreSQL's 53100 disk_full, or the system's ENOSPC, also when wrapped (`cause`, a DangwuError's
 * details). Retrying will not help until someone frees space, so it is named as such instead of a generic failure.
 */
export function isDiskFull(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { code } = current as { code?: unknown };
    if (code === 'SQLITE_FULL' || code === '53100' || code === 'ENOSPC') return true;
    current = (current as { cause?: unknown }).cause ?? (current instanceof DangwuError ? current.details : undefined);
  }
  return false;
}

/** The first key of the liveness locks (two-int4 form): a space apart from `exclusive`'s hashtext keys. */
export const LIVENESS_LOCK = 0x64770001;

/** How long a statement waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 15_000;

/** Pseudo-filesystems where a "file" is a kernel interface: SQLite's locking never settles there. */
const SYSTEM_DIRS = ['/proc', '/sys', '/dev'];

/**
 * Opens (creating if needed) the SQLite database in WAL mode. Refuses, before writing anything, a path it cannot
 * use: a folder, a kernel pseudo-file, a read-only file or folder, a file that is not SQLite, or another
 * application's SQLite database. Any failure becomes a {@link DangwuError} `DB_UNAVAILABLE` whose message tells
 * the user what to check.
 */
export function openStorage(path: string, options: PostgresOptions = {}): Storage {
  if (isPostgresUrl(path)) return openPostgres(path, options);
  let sqlite: SqliteHandle | undefined;
  try {
    if (path !== ':memory:') checkPath(path);
    sqlite = new SQLite(path, { timeout: BUSY_TIMEOUT_MS });
    // The busy timeout first: switching a new file to WAL needs a moment of exclusive access, which a second
    // process starting at the same time must wait for rather than fail.
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Touch the file so an unreadable or non-SQLite file fails here, not in the middle of a conversation.
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    if (tables.length > 0 && !tables.includes('kysely_migration')) {
      throw new Error(`这个文件是其他程序的 SQLite 数据库（含有 ${tables.slice(0, 3).join('、')} 等表），本程序不会改动它`);
    }
    if (path !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    cacheStatements(sqlite);
  } catch (error) {
    sqlite?.close();
    throw new DangwuError(
      'DB_UNAVAILABLE',
      `无法打开数据库 ${path}：${describe(error)}。请检查 DANGWU_DB 指向的路径是否存在、是否有读写权限、是否确为本程序的数据库文件；也可以把 DANGWU_DB 改成一个新文件的路径（如 ./data/dangwu.db）。`,
      error,
    );
  }
  const db = new Kysely<CoreTables>({ dialect: new DangwuSqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: 'sqlite',
    transaction: (work) => db.transaction().execute(work),
    exclusive: (_key, work) => work(),
    liveness: async () => 0,
    sqlite,
    path,
    async close() {
      await db.destroy();
    },
  };
}

/** Distinct statements kept per connection; Kysely's IN lists can make many, so the oldest unused go first. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Makes `sqlite.prepare` return one compiled statement per SQL text instead of compiling it again on every call.
 * Preparing was the largest single cost of a message in the profile: Kysely's driver, the quiz store and the
 * handbook search all call `prepare` per query. Done on the handle so every caller gains without change.
 * A cached statement is handed back in its default state (pluck/expand/raw off), because those modes stick to the
 * statement; one still busy iterating is never shared: the caller gets a fresh one.
 */
function cacheStatements(sqlite: SqliteHandle): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, SQLite.Statement>();
  sqlite.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      cache.delete(source); // re-inserted below: the map's order is the order of last use
      cache.set(source, cached);
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    const statement = prepare(source);
    if (!cached) {
      cache.set(source, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    return statement;
  }) as SqliteHandle['prepare'];
}

function checkPath(path: string): void {
  const absolute = resolve(path);
  const existing = existsSync(absolute);
  if (existing && statSync(absolute).isDirectory()) throw new Error('这是一个目录，不是数据库文件');
  // Named before the folder: /dev/null is a device, not a folder, and whatever is written to it is thrown away.
  if (existing && !statSync(absolute).isFile()) throw new Error(notARegularFile(absolute));
  let folder = dirname(absolute);
  if (!existing) mkdirSync(folder, { recursive: true });
  folder = realpathSync(folder);
  if (SYSTEM_DIRS.some((dir) => folder === dir || folder.startsWith(`${dir}/`)))
    throw new Error(`所在目录 ${folder} 是系统目录（由操作系统内核提供，不是普通磁盘目录），不能存放数据库`);
  try {
    if (existing) accessSync(absolute, constants.R_OK | constants.W_OK);
    // WAL keeps two companion files (-wal, -shm) beside the database: the folder must be writable too.
    accessSync(folder, constants.W_OK);
  } catch {
    throw new Error(existing ? '文件或所在目录是只读的，程序需要读写权限' : '所在目录是只读的，程序需要写权限');
  }
}

/** What a path that exists but is not a regular file is, in words: a device, a pipe, a socket. */
function notARegularFile(path: string): string {
  const stat = statSync(path);
  if (path === '/dev/null') return '这是空设备 /dev/null（写进去的内容都会被丢弃），不是普通文件，不能存放数据库';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return '这是设备文件，不是普通文件，不能存放数据库';
  if (stat.isFIFO()) return '这是管道文件，不是普通文件，不能存放数据库';
  if (stat.isSocket()) return '这是套接字文件，不是普通文件，不能存放数据库';
  return '这不是普通文件，不能存放数据库';
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/not a database|file is not a database/i.test(message)) return '文件不是 SQLite 数据库';
  if (/EACCES|permission|readonly|unable to open/i.test(message)) return `没有权限或无法打开（${message}）`;
  return message;
}
