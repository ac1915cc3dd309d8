import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { classifyTestFiles } from './tests/helpers/test-files.ts';

/**
 * `npm test` runs every test file that opens a database twice, as the projects `sqlite` and `postgres` (each line
 * of vitest's output names its project; the postgres project's global setup prints whether a PostgreSQL server or
 * PGlite serves it), and the pure-logic files once, as `once`; the browser files run once too, in the `postgres` project. `DANGWU_TEST_BACKEND=sqlite|postgres` runs one
 * backend only (plus the pure files), e.g. `DANGWU_TEST_BACKEND=postgres npx vitest run tests/core`.
 */
const { database, browser, pure } = classifyTestFiles(resolve(import.meta.dirname));
const only = process.env.DANGWU_TEST_BACKEND;
const backends = (['sqlite', 'postgres'] as const).filter((b) => !only || only === b);
/**
 * The browser files (chromium driving the console) open a database but run once: on PostgreSQL, whose driver hands
 * the pages other types than SQLite's (counts as strings, timestamps as dates), or on the one backend selected.
 * Why once is enough: tests/helpers/test-files.ts.
 */
const browserBackend = only === 'sqlite' ? 'sqlite' : 'postgres';

export default defineConfig({
  test: {
    // Two cores: forks keep native modules (better-sqlite3, jieba) in processes of their own without oversubscribing.
    pool: 'forks',
    maxWorkers: 2,
    // Each worker runs file after file with the modules it already loaded (the app, kysely, jieba, the fact
    // index), instead of a new process per file: loading them again was about as much of a run as the tests
    // themselves (a file that runs 1 s of tests spent 2-5 s importing). The tests share no state through the
    // process: none mocks a module, fakes timers or writes process.env; each opens its own database, servers and
    // clock; the caches they share are the app's own memos of unchanging data (the handbook, dictionaries).
    // A worker takes files of its own project only (vitest reuses a runner for the same project), so each keeps
    // its project's env (DANGWU_TEST_BACKEND, DANGWU_TEST_DATABASE).
    isolate: false,
    // Generous: a timeout is a hang detector here, not a speed target (speed lives in bench/), and CI machines are shared.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'once', include: pure, env: { DANGWU_TEST_DATABASE: 'none' } } },
      ...backends.map((backend) => ({
        extends: true,
        test: {
          name: backend,
          include: backend === browserBackend ? [...database, ...browser] : database,
          env: { DANGWU_TEST_BACKEND: backend },
          globalSetup: backend === 'postgres' ? ['tests/helpers/postgres-setup.ts'] : ['tests/helpers/sqlite-templates.ts'],
        },
      })),
    ],
  },
});
