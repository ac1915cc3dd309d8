import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startPgliteBroker } from './pglite-broker';
import { dropTestDatabases, sweepClosedDatabases } from './postgres-drops';
import { testDatabasePrefix, testDatabaseStarted } from './postgres-target';
import { buildTemplates } from './postgres-templates';

/** The machine's own server (CI and development machines: PostgreSQL 15, trust authentication). */
const SERVER = process.env.DANGWU_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** No test run lasts this long: a test database older than that was left by a run that was killed. */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * Global setup of the `postgres` project: finds where the PostgreSQL half runs, says so in the output, and
 * cleans up after itself. On a server, each test creates its own database named after this run and closes it when
 * done; the closed ones are dropped every few seconds off the tests' path (postgres-drops.ts), the rest at the end of
 * the run (a test that crashed before its own drop included), and databases of runs that were killed hours ago are
 * dropped at the start. Before the tests, it migrates the run's template databases, which
 * tests that open a whole bot start from (tests/helpers/postgres-templates.ts). With no server answering, PGlite
 * serves the databases instead (empty ones: those tests migrate theirs as before).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const version = await serverVersion(SERVER);
  if (version) {
    const prefix = testDatabasePrefix();
    const stale = await dropTestDatabases(SERVER, ({ name }) => {
      const started = testDatabaseStarted(name);
      if (started !== undefined) return Date.now() - started > STALE_AFTER_MS;
      // Names of the helper before run prefixes (t_<12 hex>): only CI's own machine may be sure none is in use.
      return process.env.CI === 'true' && /^t_[0-9a-f]{12}$/.test(name);
    });
    const started = Date.now();
    const templates = await buildTemplates(SERVER, prefix);
    console.log(
      `[postgres] PostgreSQL 服务器：${version}，${redact(SERVER)}；每个测试一个新库 ${prefix}_*${stale ? `（清理了 ${stale} 个遗留测试库）` : ''}；整套迁移过的模板库 ${Object.keys(templates).length} 个（${Date.now() - started} ms）`,
    );
    project.provide('dangwuPostgres', { kind: 'server', server: SERVER, prefix, templates });
    // A test's drop() closes its database; the run drops the closed ones as it goes (postgres-drops.ts).
    const stopSweeping = sweepClosedDatabases(SERVER, prefix);
    return async () => {
      // Every database of the run: the templates, the closed ones not swept yet, and any a crashed test left open,
      // dropped alongside a sweep under way (one it drops too waits for it, then is gone).
      const sweeping = stopSweeping();
      let left = 0;
      await dropTestDatabases(SERVER, (db) => {
        if (!db.name.startsWith(`${prefix}_`)) return false;
        if (db.open && !db.name.includes('_template_')) left++;
        return true;
      });
      await sweeping;
      console.log(`[postgres] 以上 postgres 项目在 ${version} 服务器上运行${left ? `；删除了本次运行遗留的 ${left} 个测试库` : ''}`);
    };
  }
  const broker = await startPgliteBroker();
  console.log(`[postgres] 本机没有 PostgreSQL 服务器（${redact(SERVER)} 无应答）：PostgreSQL 部分在 PGlite ${broker.version} 上运行`);
  project.provide('dangwuPostgres', { kind: 'pglite', broker: broker.url });
  return async () => {
    await broker.close();
    console.log(`[postgres] 以上 postgres 项目在 PGlite ${broker.version} 上运行（本机没有 PostgreSQL 服务器）`);
  };
}

/** The server's version, or undefined when nothing answers there. */
async function serverVersion(server: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return `PostgreSQL ${rows[0].v}`;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return `${parsed.hostname}:${parsed.port || 5432}`;
}
