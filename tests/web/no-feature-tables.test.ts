import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../../bot/storage/database';
import { type MigratedStorage, migratedStorage } from '../helpers/database';
import { consoleMigrations } from './console-schema';

/**
 * The web console reads the features only through the query functions they export (bot/index.ts,
 * knowledge/index.ts): no file under web/ names a table of a feature or of the knowledge layer, in SQL or in a
 * Kysely call. When it did, the console drifted from the features (it read `kb_gaps` after the ask feature had
 * moved gaps to `ask_gaps`, and showed none of the gaps asked in chat).
 *
 * The tables are those the migrations create, less the core's (users, chats, conversation state), the console's
 * own (web_*) and the migrator's. The migrations the console released before this rule (0900, 0901: indexes for its
 * old reads) are history and never edited; any later one is checked like every other file.
 */

const WEB = resolve(import.meta.dirname, '../../web');
const CORE_TABLES = new Set(['users', 'chats', 'conversation_state']);
const RELEASED_WEB_MIGRATIONS = ['0900_web_accounts', '0901_web_meeting_months'];

let opened: MigratedStorage;
let storage: Storage;
let featureTables: string[];

beforeAll(async () => {
  opened = await migratedStorage('dangwu-web-tables-', consoleMigrations);
  ({ storage } = opened);
  featureTables = (await storage.db.introspection.getTables())
    .map((t) => t.name)
    .filter((name) => !CORE_TABLES.has(name) && !name.startsWith('web_') && !name.startsWith('kysely_'));
}, 60_000);

afterAll(async () => opened?.close());

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

/** Code without comments: a comment may mention a table (why an index exists); only code may not use one. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** Where a table name in code means the table: after an SQL keyword, or as the table argument of a Kysely call. */
function tableUses(code: string, tables: string[]): string[] {
  return tables.filter((table) =>
    new RegExp(
      `\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|EXISTS)\\s+${table}\\b|\\b(?:selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|innerJoin|leftJoin|rightJoin|fullJoin|with|table)\\(\\s*['"\`]${table}\\b`,
      'i',
    ).test(code),
  );
}

describe('web/ names no table of a feature', () => {
  it('knows the feature tables (the rule would check nothing otherwise)', () => {
    for (const table of ['branches', 'branch_members', 'meeting_records', 'certificates', 'quiz_attempts', 'ask_gaps', 'kb_documents'])
      expect(featureTables).toContain(table);
  });

  it('recognises a use when there is one', () => {
    const old = `rows('SELECT g.id FROM kb_gaps g LEFT JOIN branches b ON b.chat_key = g.chat_key'); db.selectFrom('quiz_attempts as a')`;
    expect(tableUses(old, featureTables).sort()).toEqual(['branches', 'kb_gaps', 'quiz_attempts']);
    // Words that are also table names mean nothing in prose, routes or a scope's kind.
    expect(tableUses(`const branches = await data.branches(scope); app.get('/certificates'); kind: 'branches'`, featureTables)).toEqual([]);
  });

  it('finds none in web/', () => {
    const files = sourceFiles(WEB);
    expect(files.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const file of files) {
      let code = withoutComments(readFileSync(file, 'utf8'));
      if (relative(WEB, file) === 'migrations.ts') {
        // Released migrations are history: only what comes after them is checked.
        const keys = [...code.matchAll(/^\s+'(\d{4}_\w+)':/gm)].map((m) => m[1]);
        for (const key of RELEASED_WEB_MIGRATIONS) expect(keys, 'a released migration is never removed').toContain(key);
        const last = RELEASED_WEB_MIGRATIONS.at(-1)!;
        const next = keys[keys.indexOf(last) + 1];
        code = next ? code.slice(code.indexOf(`'${next}':`)) : '';
      }
      for (const table of tableUses(code, featureTables)) found.push(`${relative(WEB, file)}: ${table}`);
    }
    expect(found).toEqual([]);
  });
});
