import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openStorage } from '../../bot/storage/database';

/**
 * The backends an eval or bench runs on: a temporary SQLite file, and a scratch PostgreSQL database when a
 * server answers (DANGWU_EVAL_PG, by default postgres://postgres@127.0.0.1:5432/postgres), created for the run
 * and dropped after it. DANGWU_EVAL_BACKEND=sqlite or =postgres runs one only.
 */
export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  /** What DANGWU_DB would be: a file path or a postgres:// URL. */
  url: string;
  drop(): Promise<void>;
}

const SERVER = process.env.DANGWU_EVAL_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function backends(label: string): Promise<Backend[]> {
  const wanted = process.env.DANGWU_EVAL_BACKEND;
  const out: Backend[] = [];
  if (wanted !== 'postgres') {
    const file = join(tmpdir(), `dangwu-${label}-${process.pid}-${randomBytes(3).toString('hex')}.db`);
    out.push({
      name: 'SQLite',
      url: file,
      drop: async () => {
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
      },
    });
  }
  if (wanted !== 'sqlite') {
    const name = `dangwu_${label.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
    try {
      await admin(`CREATE DATABASE ${name}`);
      const url = new URL(SERVER);
      url.pathname = `/${name}`;
      out.push({ name: 'PostgreSQL', url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) });
    } catch (error) {
      if (wanted === 'postgres') throw error;
      console.log(`（PostgreSQL 不可用，只在 SQLite 上运行：${(error as Error).message}）`);
    }
  }
  return out;
}

async function admin(statement: string): Promise<void> {
  const storage = openStorage(SERVER);
  try {
    await sql.raw(statement).execute(storage.db);
  } finally {
    await storage.close();
  }
}
