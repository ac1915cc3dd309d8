import { type Kysely, sql } from 'kysely';
import { DangwuError } from '../bot/core/errors';
import type { Storage } from '../bot/storage/database';
import { appliedMigrations, type Migrations, migrate } from '../bot/storage/migrations';
import { postgresProblem, redactUrl } from '../bot/storage/postgres';
import { rebuildSearchIndex } from '../knowledge';

/**
 * `dangwu db copy`: a county's SQLite file moved into PostgreSQL. The target gets the same migrations, then every
 * table is copied in one transaction on each side (the source's write lock held, so the bot cannot change it
 * half-way; on the target a failure rolls everything back and leaves it empty), in an order that satisfies the
 * foreign keys, in batches; identity sequences are set past the copied ids. SQLite's full-text index (FTS5 virtual
 * tables and their shadow tables) is not copied: PostgreSQL's search index is rebuilt from the copied chunks.
 */

export interface TableCount {
  table: string;
  source: number;
  target: number;
}

export interface CopyReport {
  tables: TableCount[];
  /** Source tables not copied, with why (SQLite's full-text index). */
  skipped: Array<{ table: string; why: string }>;
  rows: number;
}

export interface CopyProgress {
  start(totalRows: number): void;
  advance(rows: number, table: string): void;
  stop(): void;
}

/** Rows per INSERT at most; fewer for wide tables, to stay far below PostgreSQL's 65,535 parameters. */
const BATCH_ROWS = 1000;
const MAX_PARAMETERS = 30_000;

/**
 * Checks the target before anything is written: reachable, and new (no table at all, as `createdb` leaves it). A
 * copy that fails drops what it created, so the target is new again and the copy can simply be run again; a
 * completed copy leaves tables, so running it again is refused instead of doubling the data.
 */
export async function checkTarget(target: Storage): Promise<void> {
  let tables: string[];
  try {
    tables = await targetTables(target.db);
  } catch (error) {
    throw unreachable(target.path, error);
  }
  if (tables.length === 0) return;
  let filled: string | undefined;
  for (const table of tables) {
    const n = await countRows(target.db, table);
    if (n > 0 && !table.startsWith('kysely_')) {
      filled = `表 ${table} 已有 ${n} 行`;
      break;
    }
  }
  throw new DangwuError(
    'BAD_INPUT',
    `目标数据库 ${target.path} 不是空的（${filled ?? `已有 ${tables.length} 张表`}）。db copy 只往新建的空库里复制，不会覆盖或合并已有数据：请新建一个空库（如 createdb dangwu_new）再复制；如果这是上次复制完成的库，数据已经在里面了。`,
  );
}

/** Runs `migrations` on the empty target, then copies every table of `source` into it. */
export async function copyDatabase(source: Storage, target: Storage, migrations: Migrations, progress?: CopyProgress): Promise<CopyReport> {
  if (source.dialect !== 'sqlite' || target.dialect !== 'postgres')
    throw new DangwuError('BAD_INPUT', 'db copy 只从 SQLite 文件复制到 PostgreSQL。');
  await checkTarget(target);
  await migrate(target, migrations);
  try {
    const report = await copyInto(source, target, migrations, progress);
    await rebuildSearchIndexAfterCopy(target);
    return report;
  } catch (error) {
    progress?.stop();
    await dropEverything(target);
    throw error;
  }
}

async function copyInto(source: Storage, target: Storage, migrations: Migrations, progress?: CopyProgress): Promise<CopyReport> {
  const missing = (await appliedMigrations(source.db)).filter((name) => !(name in migrations));
  if (missing.length > 0)
    throw new DangwuError(
      'BAD_INPUT',
      `源数据库用过本版本没有的迁移（${missing.join('、')}）：它是更新版本的程序建的，请用同一版本的 dangwu 复制。`,
    );

  const { copy, skipped } = await tablesToCopy(source.db, target.db);
  const order = await foreignKeyOrder(target.db, copy);
  const report = await source.transaction((from) =>
    target.transaction(async (to) => {
      const counts = new Map<string, number>();
      for (const table of order) counts.set(table, await countRows(from, table));
      progress?.start([...counts.values()].reduce((a, b) => a + b, 0));
      const columns = await targetColumns(to);
      for (const table of order) {
        // Rows some migrations seed (a revision counter): the source has its own, which are the ones that count.
        await to.deleteFrom(table).execute();
        await copyTable(from, to, table, columns.get(table) ?? [], (rows) => progress?.advance(rows, table));
      }
      await resetIdentities(to, order);
      const tables: TableCount[] = [];
      for (const table of order) tables.push({ table, source: counts.get(table) ?? 0, target: await countRows(to, table) });
      const wrong = tables.filter((t) => t.source !== t.target);
      if (wrong.length > 0)
        throw new DangwuError(
          'UPSTREAM_FAILED',
          `复制后行数不一致（${wrong.map((t) => `${t.table}：源 ${t.source}，目标 ${t.target}`).join('；')}），已全部撤销，目标库保持为空。`,
        );
      return { tables, skipped, rows: tables.reduce((sum, t) => sum + t.target, 0) };
    }),
  );
  progress?.stop();
  return report;
}

/** After a failed copy: the target had no table before it, so every table there now is the copy's. */
async function dropEverything(target: Storage): Promise<void> {
  const tables = await targetTables(target.db);
  if (tables.length > 0) await sql`DROP TABLE IF EXISTS ${sql.join(tables.map((t) => sql.table(t)))} CASCADE`.execute(target.db);
}

/** The copied passages indexed the target's way (SQLite's FTS5 tables are not copied: each backend builds its own). */
export async function rebuildSearchIndexAfterCopy(target: Storage): Promise<void> {
  await rebuildSearchIndex(target.db);
}

async function targetTables(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  return rows.map((r) => r.name);
}

/**
 * The source's tables, less SQLite's own, the migration bookkeeping (the target has its own) and the full-text
 * index: FTS5 virtual tables and the shadow tables FTS5 keeps beside each (`<name>_data`, `_idx`, `_content`,
 * `_docsize`, `_config`). Every other source table must exist on the target, or the copy would lose it.
 */
async function tablesToCopy(source: Kysely<any>, target: Kysely<any>): Promise<{ copy: string[]; skipped: CopyReport['skipped'] }> {
  const { rows } = await sql<{ name: string; sql: string | null }>`
    SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`.execute(source);
  const virtual = rows.filter((r) => /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(r.sql ?? '')).map((r) => r.name);
  const isIndex = (name: string) =>
    virtual.includes(name) || virtual.some((v) => new RegExp(`^${v}_(data|idx|content|docsize|config)$`).test(name));
  const onTarget = new Set(await targetTables(target));
  const copy: string[] = [];
  const skipped: CopyReport['skipped'] = [];
  for (const { name } of rows) {
    if (name.startsWith('kysely_')) continue;
    if (isIndex(name)) skipped.push({ table: name, why: 'SQLite 全文索引，PostgreSQL 上由知识库从复制过去的段落重建' });
    else if (onTarget.has(name)) copy.push(name);
    else
      throw new DangwuError(
        'MIGRATION_FAILED',
        `目标库没有表 ${name}：源库里有本版本的迁移建不出来的表，复制会丢数据，所以没有开始。请用建这个库的同一版本 dangwu 复制。`,
      );
  }
  return { copy, skipped };
}

/** Parents before children, by the target's foreign keys (a table referring to itself is ordered by its rows' ids). */
async function foreignKeyOrder(target: Kysely<any>, tables: string[]): Promise<string[]> {
  const { rows } = await sql<{ child: string; parent: string }>`
    SELECT c.relname AS child, p.relname AS parent
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = current_schema()`.execute(target);
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of rows) if (child !== parent && parents.has(parent)) parents.get(child)?.add(parent);
  const order: string[] = [];
  const placed = new Set<string>();
  const visit = (table: string, path: string[]) => {
    if (placed.has(table)) return;
    if (path.includes(table)) throw new Error(`外键成环：${[...path, table].join(' → ')}`);
    for (const parent of parents.get(table) ?? []) visit(parent, [...path, table]);
    placed.add(table);
    order.push(table);
  };
  for (const table of tables) visit(table, []);
  return order;
}

async function targetColumns(target: Kysely<any>): Promise<Map<string, string[]>> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()
    ORDER BY table_name, ordinal_position`.execute(target);
  const columns = new Map<string, string[]>();
  for (const { table_name, column_name } of rows) columns.set(table_name, [...(columns.get(table_name) ?? []), column_name]);
  return columns;
}

async function countRows(db: Kysely<any>, table: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** One table, in rowid order (parents of a self-referencing table come first), batch by batch. */
async function copyTable(
  from: Kysely<any>,
  to: Kysely<any>,
  table: string,
  targetColumns: string[],
  copied: (rows: number) => void,
): Promise<void> {
  const batch = Math.max(1, Math.min(BATCH_ROWS, Math.floor(MAX_PARAMETERS / Math.max(1, targetColumns.length))));
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const { rows } = await sql<Record<string, unknown>>`
      SELECT rowid AS "__copy_rowid", * FROM ${sql.table(table)} WHERE rowid > ${after} ORDER BY rowid LIMIT ${batch}`.execute(from);
    if (rows.length === 0) return;
    after = Number(rows[rows.length - 1].__copy_rowid);
    const values = rows.map(({ __copy_rowid, ...row }) => {
      const extra = Object.keys(row).filter((c) => !targetColumns.includes(c));
      if (extra.length > 0)
        throw new DangwuError('MIGRATION_FAILED', `目标库的表 ${table} 没有列 ${extra.join('、')}：源库和本版本的表结构不一致，没有复制。`);
      return row;
    });
    await to.insertInto(table).values(values).execute();
    copied(rows.length);
  }
}

/** Sets every identity (or serial) column's sequence past the largest copied id, so new rows get fresh ids. */
async function resetIdentities(to: Kysely<any>, tables: string[]): Promise<void> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')`.execute(to);
  for (const { table_name: table, column_name: column } of rows) {
    if (!tables.includes(table)) continue;
    await sql`
      SELECT setval(pg_get_serial_sequence(${`"${table}"`}, ${column}), coalesce(max(${sql.ref(column)}), 0) + 1, false)
      FROM ${sql.table(table)}`.execute(to);
  }
}

function unreachable(where: string, error: unknown): DangwuError {
  const why = postgresProblem(error);
  return new DangwuError(
    'DB_UNAVAILABLE',
    `无法连接目标数据库 ${redactUrl(where)}：${why}。请检查 postgres://用户:密码@主机:端口/库名。`,
    error,
  );
}
