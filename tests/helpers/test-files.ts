import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Which test files open a database, and so run twice (SQLite, then PostgreSQL); the others are pure logic and run
 * once. A file opens a database when it, or a helper under tests/ that it imports (transitively), names one of the
 * ways a test reaches one: freshDatabase, migratedDatabase, migratedStorage, createTestBot, createRuntime, openStorage, setting `DANGWU_DB:`, or the `dangwu`
 * binary (which opens DANGWU_DB). A file wrongly counted pure cannot pass silently: the `once` project sets
 * DANGWU_TEST_DATABASE=none, and freshDatabase throws there.
 */
const OPENS_A_DATABASE =
  /\b(?:freshDatabase|migratedDatabase|migratedStorage|createTestBot|createRuntime|openStorage)\b|\bDANGWU_DB\s*:|bin\/dangwu/;

/**
 * A file that drives the console in chromium (it names launchChromium itself). What such a file asserts of the
 * server (logins and lock-out, each account's scope, uploads, exports, figures, join requests) is asserted over HTTP
 * on both backends by the console's other tests (tests/web/server.test.ts, console-data, tickets, branch-identity);
 * what only the browser shows (scripts, charts, fonts, layout, downloads) does not depend on the backend. So these
 * files open a database but run on one backend only (vitest.config.ts), not twice: each run is a minute of chromium.
 */
const DRIVES_A_BROWSER = /\blaunchChromium\b/;

export function classifyTestFiles(root: string): { database: string[]; browser: string[]; pure: string[] } {
  const database: string[] = [];
  const browser: string[] = [];
  const pure: string[] = [];
  const tests = join(root, 'tests');
  for (const file of testFiles(tests)) {
    const name = relative(root, file);
    if (!opensDatabase(file, tests, new Set())) pure.push(name);
    else (DRIVES_A_BROWSER.test(readFileSync(file, 'utf8')) ? browser : database).push(name);
  }
  return { database, browser, pure };
}

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : testFiles(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

function opensDatabase(file: string, tests: string, seen: Set<string>): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  if (OPENS_A_DATABASE.test(text)) return true;
  for (const match of text.matchAll(/from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
    const target = resolve(dirname(file), match[1] ?? match[2]);
    if (!target.startsWith(tests)) continue; // only the tests' own helpers: the code under test is not a way in
    const source = [target, `${target}.ts`, join(target, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
    if (source && opensDatabase(source, tests, seen)) return true;
  }
  return false;
}
