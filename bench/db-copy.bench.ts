import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../bot/config';
import { silentLogger } from '../bot/logger';
import { createRuntime } from '../bot/runtime';
import { openStorage } from '../bot/storage/database';
import { copyDatabase } from '../cli/db-copy';
import { seedConsole } from '../tests/helpers/console-seed';
import { webMigrations } from '../web';

/**
 * `npm run bench -- db-copy`: `dangwu db copy` of the web bench's county (500 branches, 20,000 members, two years of
 * records) from its SQLite file into a new database on the machine's PostgreSQL (BENCH_PG, by default
 * postgres://postgres@127.0.0.1:5432/postgres, where the bench creates and then drops `bench_copy_<random>`).
 * Prints the time and the rows per table, which must match.
 */
const SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-copy-'));
  const name = `bench_copy_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 3000 });
  admin.on('error', () => {});
  try {
    await admin.connect();
  } catch (error) {
    console.log(`skipped: no PostgreSQL answers at ${new URL(SERVER).host} (${(error as Error).message})`);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const path = join(dir, 'county.db');
    const source = await createRuntime({ config: loadConfig({ DANGWU_DB: path }), log: silentLogger(), extraMigrations: webMigrations });
    const seedStart = Date.now();
    await seedConsole(source.storage, { branches: 500, membersPerBranch: 40, days: 730, attemptsPerMember: 25, now: new Date() });
    console.log(`seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

    const url = new URL(SERVER);
    url.pathname = `/${name}`;
    const target = openStorage(url.toString());
    try {
      const started = Date.now();
      const report = await copyDatabase(source.storage, target, source.app.migrations);
      const seconds = (Date.now() - started) / 1000;
      const big = report.tables.filter((t) => t.source >= 1000).map((t) => `${t.table} ${t.source}→${t.target}`);
      console.log(
        `copied ${report.rows} rows in ${report.tables.length} tables in ${seconds.toFixed(1)} s (${Math.round(report.rows / seconds)} rows/s)`,
      );
      console.log(`  ${big.join(', ')}`);
      console.log(`  every table's count matches: ${report.tables.every((t) => t.source === t.target)}`);
    } finally {
      await target.close();
      await source.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}
