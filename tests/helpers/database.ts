import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Which backend this test run uses: `DANGWU_TEST_BACKEND=postgres` (the second half of `npm test`) or SQLite.
 * Every test that opens a database takes its DANGWU_DB from {@link freshDatabase}, so one test file runs on both.
 */
export const testBackend: 'sqlite' | 'postgres' = process.env.DANGWU_TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite';

/** The server the PostgreSQL half uses: the machine's own (127.0.0.1:5432, trust authentication). */
const SERVER = process.env.DANGWU_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface FreshDatabase {
  /** What to put in DANGWU_DB: a file path inside `dir`, or the URL of a new, empty PostgreSQL database. */
  url: string;
  /** Drops the PostgreSQL database (after every connection to it closed); nothing to do for a file. */
  drop(): Promise<void>;
}

/**
 * A new empty database for one test: a file in `dir` on SQLite; on PostgreSQL a database `t_<random>` created
 * through the server's `postgres` database, so vitest's workers never share one.
 */
export async function freshDatabase(dir: string, file = 'dangwu.db'): Promise<FreshDatabase> {
  return scratchDatabase(testBackend, dir, file);
}

/** The same on a backend chosen by the caller (the benches run both in one go); `prefix` names the PostgreSQL one. */
export async function scratchDatabase(
  backend: 'sqlite' | 'postgres',
  dir: string,
  file = 'dangwu.db',
  prefix = 't',
): Promise<FreshDatabase> {
  if (backend === 'sqlite') return { url: join(dir, file), drop: async () => {} };
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
