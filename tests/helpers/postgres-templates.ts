import { loadConfig } from '../../bot/config';
import { silentLogger } from '../../bot/logger';
import { createRuntime } from '../../bot/runtime';
import { openStorage } from '../../bot/storage/database';
import { type Migrations, migrate } from '../../bot/storage/migrations';
import { createKnowledge } from '../../knowledge';
import { webMigrations } from '../../web';
import { ManualClock } from './clock';
import { admin, type MigratedSet } from './postgres-target';

/**
 * Pre-migrated template databases for the `postgres` project on a real server. Migrating an empty PostgreSQL
 * database with every table of the app takes seconds (each DDL statement is a catalog write), and most test files
 * do it again and again for a whole bot; `CREATE DATABASE … TEMPLATE` copies an already migrated one in about the
 * time an empty one takes to create. So the run's global setup migrates one template per set below, once, and
 * {@link migratedDatabase} clones it.
 *
 * Only a caller that migrates exactly that set anyway may ask for one (a test of migrations, or one that passes
 * its own features or migrations, takes an empty database from freshDatabase): the migration runner then finds
 * every migration recorded as applied and runs none, which the caller checks with checkMigratedAs (tests/helpers/database.ts).
 *
 * A template also holds the built-in handbook indexed, as a runtime's start-up leaves it (knowledge.ensureHandbook):
 * indexing it is most of a start on a migrated PostgreSQL database (about 0.5 s of a bot test's set-up, at every
 * createTestBot), and a copy's runtime finds every chapter's hash current and indexes nothing. Its passages carry
 * the time the set's own clock starts at ({@link TEMPLATE_CLOCK_STARTS}), as if its runtime had indexed them.
 */
export const MIGRATED_SETS = {
  /** What createRuntime migrates with every feature and no surface beside the chat: createTestBot's default. */
  bot: undefined,
  /** The same plus the web console's tables: the console's test harness. */
  console: webMigrations,
} satisfies Record<MigratedSet, Migrations | undefined>;

/**
 * When the clock of each set's callers starts (a ManualClock): createTestBot's default, and the console harness's.
 * The handbook's passages in a template are stamped with it, as the caller's own runtime would stamp them; the
 * console lists documents by that stamp, most recent first.
 */
export const TEMPLATE_CLOCK_STARTS: Record<MigratedSet, Date> = {
  bot: new ManualClock().now(),
  console: new Date('2026-11-20T02:00:00Z'),
};

/**
 * Creates and migrates one template per set on `server`, named after the run (so the run's teardown drops them
 * with its other databases). The migrations are the runtime's own: taken from createRuntime over an in-memory
 * SQLite database, so a feature added to the app is in the template without anyone listing it here.
 */
export async function buildTemplates(server: string, prefix: string): Promise<Record<MigratedSet, string>> {
  const sets = Object.keys(MIGRATED_SETS) as MigratedSet[];
  const built = await Promise.all(
    sets.map(async (set) => {
      const name = `${prefix}_template_${set}`;
      await admin(server, `CREATE DATABASE ${name}`);
      const url = new URL(server);
      url.pathname = `/${name}`;
      // Closed before any test clones it: PostgreSQL refuses to copy a database somebody is connected to.
      await fillTemplate(url.toString(), set);
      return [set, name] as const;
    }),
  );
  return Object.fromEntries(built) as Record<MigratedSet, string>;
}

/**
 * Migrates the empty database at `url` (a PostgreSQL URL or a SQLite file) with exactly `set`'s migrations and
 * indexes the handbook in it, then closes it: a template, on either backend (sqlite-templates.ts for SQLite's).
 */
export async function fillTemplate(url: string, set: MigratedSet): Promise<void> {
  const migrations = await runtimeMigrations(MIGRATED_SETS[set]);
  const storage = openStorage(url);
  try {
    await migrate(storage, migrations);
    const startsAt = TEMPLATE_CLOCK_STARTS[set];
    await createKnowledge(storage.db, () => startsAt).ensureHandbook();
  } finally {
    await storage.close();
  }
}

/** Every migration a runtime with `extraMigrations` (and every feature) runs on a new database. */
async function runtimeMigrations(extraMigrations: Migrations | undefined): Promise<Migrations> {
  const runtime = await createRuntime({ config: loadConfig({ DANGWU_DB: ':memory:' }), log: silentLogger(), extraMigrations });
  try {
    return runtime.app.migrations;
  } finally {
    await runtime.close();
  }
}
