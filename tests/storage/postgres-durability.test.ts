import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config';
import { silentLogger } from '../../bot/logger';
import { createRuntime } from '../../bot/runtime';
import { freshDatabase, testBackend } from '../helpers/database';
import { tempDir } from '../helpers/temp';

/**
 * DANGWU_PG_SYNCHRONOUS_COMMIT reaches every connection of the bot's pool: `off` by default (the durability class
 * of SQLite's WAL with synchronous=NORMAL), `on` when set. docs/deploy.md explains the choice to operators.
 */
describe.skipIf(testBackend !== 'postgres')('commit durability on PostgreSQL', () => {
  const setting = async (env: Record<string, string>) => {
    const database = await freshDatabase(tempDir('dangwu-durability-'));
    const runtime = await createRuntime({ config: loadConfig({ DANGWU_DB: database.url, ...env }), log: silentLogger(), features: [] });
    try {
      // Several at once, so more than one connection of the pool answers.
      const shown = await Promise.all(
        Array.from({ length: 4 }, () =>
          runtime.storage.transaction(
            async (tx) => (await sql<{ synchronous_commit: string }>`SHOW synchronous_commit`.execute(tx)).rows[0],
          ),
        ),
      );
      return new Set(shown.map((row) => row?.synchronous_commit));
    } finally {
      await runtime.close();
      await database.drop();
    }
  };

  it('does not wait for the disk by default, and waits when DANGWU_PG_SYNCHRONOUS_COMMIT=on', async () => {
    expect(await setting({})).toEqual(new Set(['off']));
    expect(await setting({ DANGWU_PG_SYNCHRONOUS_COMMIT: 'on' })).toEqual(new Set(['on']));
  });

  it('refuses any other value, saying which are allowed', () => {
    expect(() => loadConfig({ DANGWU_PG_SYNCHRONOUS_COMMIT: 'true' })).toThrow(/DANGWU_PG_SYNCHRONOUS_COMMIT[\s\S]*off[\s\S]*on/);
  });
});
