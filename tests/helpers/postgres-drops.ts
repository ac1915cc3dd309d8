import pg from 'pg';

/**
 * Dropping a test database off the test's path. On PostgreSQL 15 every DROP DATABASE forces an immediate checkpoint
 * (it flushes every dirty buffer of the server and fsyncs), which took 1.2 s a database while the suite runs: a third
 * of a PostgreSQL test file's time, spent waiting. So a test's `drop()` (tests/helpers/database.ts) only closes its
 * database, at once and for good: no new connection is accepted (ALLOW_CONNECTIONS false) and the sessions still on
 * it are ended, as DROP … WITH (FORCE) would end them. The run's global setup (postgres-setup.ts) drops the closed
 * ones every few seconds, several at a time so that one checkpoint serves them all, and every database of the run at
 * its end. A closed database is never reopened and every test still gets a new one of its own: isolation is as before.
 */

/** How often the run drops the databases its tests have closed. */
const SWEEP_EVERY_MS = 10_000;

/**
 * How many databases are dropped at once, each on a connection of its own. Dropped together, each first discards its
 * own pages and then they wait for one checkpoint: twelve took 1.3 s at once and 13 s one after another, when each
 * checkpoint wrote out the pages of those not dropped yet.
 */
const AT_ONCE = 16;

/** Closes a test database for good: no connection is accepted from now on, and the sessions on it are ended. */
export async function closeTestDatabase(server: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
    // Waiting (up to 5 s) until each has ended, as DROP … WITH (FORCE) does before it drops.
    await client.query('SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [
      name,
    ]);
  } catch (error) {
    // Closed twice, or already dropped: nothing to close.
    if ((error as { code?: string }).code !== '3D000') throw error;
  } finally {
    await client.end();
  }
}

/** A test database on the server (named `t_…`), and whether it still accepts connections (not closed by its test). */
export interface TestDatabaseRow {
  name: string;
  open: boolean;
}

/** Drops the test databases `drop` picks, AT_ONCE at a time; how many it dropped. */
export async function dropTestDatabases(server: string, drop: (db: TestDatabaseRow) => boolean): Promise<number> {
  const doomed = (await testDatabases(server)).filter(drop).map((db) => db.name);
  let next = 0;
  const worker = async () => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      for (let name = doomed[next++]; name !== undefined; name = doomed[next++])
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, doomed.length) }, worker));
  return doomed.length;
}

/** Drops the databases of the run `prefix` that their tests have closed (not its templates, never closed). */
export const dropClosedDatabases = (server: string, prefix: string) =>
  dropTestDatabases(server, (db) => !db.open && db.name.startsWith(`${prefix}_`));

/**
 * Drops the run's closed databases every SWEEP_EVERY_MS, one sweep at a time. The function returned stops it and
 * gives the sweep under way, for the run's end to drop the rest alongside it (their checkpoints coincide too). A
 * sweep that fails (the server busy) leaves them to the next one or the run's end.
 */
export function sweepClosedDatabases(server: string, prefix: string): () => Promise<unknown> {
  let sweeping: Promise<unknown> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    sweeping = dropClosedDatabases(server, prefix)
      .catch(() => 0)
      .finally(() => {
        busy = false;
      });
  }, SWEEP_EVERY_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    return sweeping;
  };
}

async function testDatabases(server: string): Promise<TestDatabaseRow[]> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string; datallowconn: boolean }>(
      "SELECT datname, datallowconn FROM pg_database WHERE datname LIKE 't\\_%'",
    );
    return rows.map((r) => ({ name: r.datname, open: r.datallowconn }));
  } finally {
    await client.end();
  }
}
