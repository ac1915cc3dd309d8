import { randomInt } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { LIVENESS_LOCK, type Storage } from './database';
import { nameStatementsOn } from './named-statements';
import type { CoreTables } from './schema';

/** `postgres://…` or `postgresql://…` in DANGWU_DB chooses PostgreSQL; anything else is a SQLite file path. */
export const isPostgresUrl = (target: string) => /^postgres(?:ql)?:\/\//i.test(target.trim());

/** The URL as it may be shown and logged: the password replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Why a PostgreSQL connection or its first query failed, in words a county's technician acts on. */
export function postgresProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT') return '连不上（PostgreSQL 服务没有运行，或主机、端口不对）';
  if (code === '3D000') return '数据库不存在，请先建库（如 createdb dangwu）';
  if (code === '28P01' || code === '28000') return '用户名或密码不对';
  return error instanceof Error ? error.message : String(error);
}

/** Connections one process keeps; several processes share the server's limit (100 by default). */
const POOL_SIZE = 10;
/**
 * Connections that hold advisory locks (`exclusive`), apart from the pool the work runs on: a lock holder waits for
 * nothing but its own work, so this many keys can be held at once per process and further ones queue here.
 */
const LOCK_POOL_SIZE = 8;

/**
 * Column types the stores read as JavaScript numbers, as SQLite gives them: `count(*)`, `sum(…)` and BIGINT
 * columns arrive from pg as strings (int8 may exceed 2^53; ours never do: ids, counts and epoch milliseconds).
 */
const INT8 = 20;
const NUMERIC = 1700;
const typesOf = (driver: typeof pg) => ({
  getTypeParser(oid: number, format?: string) {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => (value === null ? null : Number(value));
    return driver.types.getTypeParser(oid, format as 'text');
  },
});

export interface PostgresOptions {
  /**
   * `off` (the default, DANGWU_PG_SYNCHRONOUS_COMMIT): a commit returns before its WAL reaches the disk. A crash of
   * the bot loses nothing (the server has the commit); a crash of the server or the machine may lose the last
   * moment's commits (at most about three times wal_writer_delay, 0.6 s by default) and never corrupts: the same
   * class as our SQLite's WAL with synchronous=NORMAL, whose commits reach the file but not the disk until a
   * checkpoint, so a power loss loses the last ones and a crash of the bot none. Waiting for the disk cost ~13 ms per
   * quiz answer on this machine's server, most of the answer. `on` waits for it (PostgreSQL's own default).
   */
  synchronousCommit?: 'off' | 'on';
}

/**
 * PostgreSQL behind the same contract as SQLite: Kysely's PostgresDialect over a `pg` pool. Nothing connects
 * until the first query (the migrations at start-up), which is where an unreachable server is reported.
 */
export function openPostgres(url: string, { synchronousCommit = 'off' }: PostgresOptions = {}): Storage {
  // The driver loads with the first query: a start on SQLite never loads it (~40 ms of a piped start).
  const pool = async () => {
    const driver = (await import('pg')).default;
    const pool = new driver.Pool({
      connectionString: url,
      max: POOL_SIZE,
      types: typesOf(driver),
      options: `-c synchronous_commit=${synchronousCommit}`,
    });
    // An idle connection the server closed (a restart) must not crash the process: the pool replaces it.
    pool.on('error', () => {});
    // The hot statements (compiled once) run named: parsed and planned once per connection (named-statements.ts).
    pool.on('connect', nameStatementsOn);
    return pool;
  };
  const db = new Kysely<CoreTables>({ dialect: new PostgresDialect({ pool }) });
  const path = redactUrl(url);
  let locks: pg.Pool | undefined;
  // A random number per process (1 … 2^31-1): collisions among a county's few processes are negligible.
  const id = randomInt(1, 2 ** 31 - 1);
  let alive: Promise<pg.Client> | undefined;
  const liveness = async (): Promise<number> => {
    if (!alive) {
      alive = (async () => {
        const driver = (await import('pg')).default;
        const client = new driver.Client({ connectionString: url });
        // A lost connection loses the lock too: taken again on the next call (a lease of this process may have been
        // taken over in between, as when the process had died).
        const lost = () => {
          if (alive === held) alive = undefined;
        };
        client.on('error', lost);
        client.on('end', lost);
        await client.connect();
        await client.query('SELECT pg_advisory_lock($1::int, $2::int)', [LIVENESS_LOCK, id]);
        return client;
      })();
      const held = alive;
      held.catch(() => {
        if (alive === held) alive = undefined;
      });
    }
    await alive;
    return id;
  };
  return {
    db,
    dialect: 'postgres',
    transaction: (work) => db.transaction().execute(work),
    async exclusive(key, work) {
      if (!locks) {
        const driver = (await import('pg')).default;
        locks = new driver.Pool({ connectionString: url, max: LOCK_POOL_SIZE, idleTimeoutMillis: 30_000 });
        locks.on('error', () => {});
      }
      const client = await locks.connect();
      // Two int4 keys: a space of its own, apart from the one-bigint locks (the knowledge index's write lock).
      await client.query('SELECT pg_advisory_lock(hashtext($1), hashtext($2))', ['dangwu.exclusive', key]).catch((error) => {
        client.release(true);
        throw error;
      });
      let broken: unknown;
      try {
        return await work();
      } finally {
        // A lock not surely released must not go back to the pool with its connection: close the connection instead.
        await client.query('SELECT pg_advisory_unlock(hashtext($1), hashtext($2))', ['dangwu.exclusive', key]).catch((error) => {
          broken = error;
        });
        client.release(broken ? (broken as Error) : undefined);
      }
    },
    liveness,
    sqlite: notOnPostgres(),
    path,
    async close() {
      const held = alive;
      alive = undefined;
      await Promise.all([db.destroy(), locks?.end(), held?.then((client) => client.end()).catch(() => undefined)]);
    },
  };
}

/** The transitional raw SQLite handle on PostgreSQL: any use names itself, so nothing half-works. */
function notOnPostgres(): Storage['sqlite'] {
  return new Proxy({} as Storage['sqlite'], {
    get(_target, property) {
      throw new Error(`这段代码仍直接使用 SQLite（${String(property)}），还不能在 PostgreSQL 上运行`);
    },
  });
}
