import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../../bot/storage/database';
import { testBackend } from '../helpers/database';

describe.skipIf(testBackend !== 'sqlite')(
  'statements prepared once per connection (SQLite only: the cache sits on the better-sqlite3 handle of the SQLite implementation)',
  () => {
    let storage: Storage | undefined;
    let dir: string | undefined;
    afterEach(async () => {
      await storage?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('reuses a statement, handing it back without the modes a previous caller set', () => {
      dir = mkdtempSync(join(tmpdir(), 'dangwu-statements-'));
      storage = openStorage(join(dir, 'a.db'));
      const { sqlite } = storage;
      sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
      sqlite.prepare('INSERT INTO t (v) VALUES (?)').run('一');
      sqlite.prepare('INSERT INTO t (v) VALUES (?)').run('二');
      const select = 'SELECT id, v FROM t ORDER BY id';
      expect(sqlite.prepare(select)).toBe(sqlite.prepare(select));
      expect(sqlite.prepare(select).pluck().all()).toEqual([1, 2]);
      expect(sqlite.prepare(select).all()).toEqual([
        { id: 1, v: '一' },
        { id: 2, v: '二' },
      ]);
      expect(sqlite.prepare(select).raw().get()).toEqual([1, '一']);
      expect(sqlite.prepare(select).get()).toEqual({ id: 1, v: '一' });
    });

    it('never shares a statement that is still iterating', () => {
      dir = mkdtempSync(join(tmpdir(), 'dangwu-statements-'));
      storage = openStorage(join(dir, 'b.db'));
      const { sqlite } = storage;
      sqlite.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('甲'), ('乙')");
      const seen: string[] = [];
      for (const row of sqlite.prepare('SELECT v FROM t').iterate() as Iterable<{ v: string }>) {
        seen.push(`${row.v}:${(sqlite.prepare('SELECT v FROM t').all() as unknown[]).length}`);
      }
      expect(seen).toEqual(['甲:2', '乙:2']);
    });
  },
);
