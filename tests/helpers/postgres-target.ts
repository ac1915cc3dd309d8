import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where the PostgreSQL half of a test run gets its databases, decided once per run by postgres-setup.ts. */
export type PostgresTarget =
  /**
   * A real server: each test creates `<prefix>_<random>` through the server's `postgres` database, empty or as a
   * copy of one of the run's pre-migrated `templates` (tests/helpers/postgres-templates.ts).
   */
  | { kind: 'server'; server: string; prefix: string; templates?: Partial<Record<MigratedSet, string>> }
  /** No server on this machine: PGlite instances hosted by the vitest main process, handed out by a loopback broker. */
  | { kind: 'pglite'; broker: string };

/**
 * The migrations a test database can come with already applied, named after who migrates exactly them: `bot`,
 * createRuntime with every feature (createTestBot's default); `console`, the same plus the web console's tables.
 */
export type MigratedSet = 'bot' | 'console';

declare module 'vitest' {
  export interface ProvidedContext {
    dangwuPostgres: PostgresTarget;
  }
}

/**
 * Every test database's name starts `t_`, then when its run started (base-36 seconds), then the run, then a random
 * tail (or `template_<set>` for the run's templates).
 */
export const TEST_DATABASE = /^t_([0-9a-z]{6,})_[0-9a-f]{6}_(?:[0-9a-f]{8}|template_[a-z]+)$/;

/** `t_<started>_<run>`: a run drops its own databases at the end, and any run drops those of runs long dead. */
export function testDatabasePrefix(startedAt = Date.now()): string {
  return `t_${Math.floor(startedAt / 1000).toString(36)}_${randomBytes(3).toString('hex')}`;
}

/** When the run that created a test database started (ms), or undefined for a name that is not a test database. */
export function testDatabaseStarted(name: string): number | undefined {
  const match = TEST_DATABASE.exec(name);
  return match ? Number.parseInt(match[1], 36) * 1000 : undefined;
}

/** Runs one statement on the server's maintenance database (CREATE or DROP DATABASE), on a connection of its own. */
export async function admin(server: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
