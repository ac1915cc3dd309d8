import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { CLAIM, createMessengerStore, END, messengerMigrations } from '../../bot/core/messenger-store';
import { openStorage, type Storage } from '../../bot/storage/database';
import { coreMigrations, migrate } from '../../bot/storage/migrations';
import { freshDatabase, testBackend } from '../helpers/database';
import { tempDir } from '../helpers/temp';

describe('messenger store: a chat turn’s memory', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  async function open(): Promise<Storage> {
    const database = await freshDatabase(tempDir('dangwu-messenger-'));
    const storage = openStorage(database.url);
    await migrate(storage, { ...coreMigrations, ...messengerMigrations });
    close = async () => {
      await storage.close();
      await database.drop();
    };
    return storage;
  }

  const claimed = async (store: ReturnType<typeof createMessengerStore>, chat: string, event: string, prefetch: string[]) => {
    const turn = await store.claim('feishu', chat, event, { prefetch });
    if (turn === 'wait') throw new Error(`${chat} is held`);
    return turn;
  };

  it('a key forgotten in a turn is gone for the next turn, prefetched or read, and for a plain recall', async () => {
    const store = createMessengerStore(await open());
    const first = await claimed(store, 'oc_a', 'ev_1', []);
    first.remember('typed:oc_a:u', { A: 'q:a:1' }, 60_000);
    first.remember('card:om_1', '题干', 60_000);
    await first.end();

    const second = await claimed(store, 'oc_a', 'ev_2', ['typed:oc_a:u']);
    expect(await second.recall('typed:oc_a:u')).toEqual({ A: 'q:a:1' });
    second.forget('typed:oc_a:u');
    second.forget('card:om_1');
    await second.end();

    const third = await claimed(store, 'oc_a', 'ev_3', ['typed:oc_a:u', 'card:om_1']);
    expect(await third.recall('typed:oc_a:u')).toBeUndefined();
    expect(await third.recall('card:om_1')).toBeUndefined();
    // Forgotten, then remembered again in one turn: the last word counts.
    third.forget('card:om_1');
    third.remember('card:om_1', '新的题干', 60_000);
    await third.end();
    expect(await store.recall('feishu', 'typed:oc_a:u')).toBeUndefined();
    expect(await store.recall('feishu', 'card:om_1')).toBe('新的题干');
  });

  it('a value remembered again keeps its expiry while more than half its lifetime is left (its row replaced in place), and moves it after', async () => {
    const storage = await open();
    let at = 1_800_000_000_000;
    const store = createMessengerStore(storage, () => at);
    const week = 7 * 24 * 3600_000;
    const row = () =>
      storage.db
        .selectFrom('messenger_memory' as never)
        .select(['value', 'expires_at'] as never[])
        .where('key' as never, '=', 'typed:oc_e:u' as never)
        .executeTakeFirst() as Promise<{ value: string; expires_at: number | string } | undefined>;
    const expiry = async () => Number((await row())?.expires_at);
    const turn = async (event: string, work: (t: Awaited<ReturnType<typeof claimed>>) => void) => {
      const t = await claimed(store, 'oc_e', event, []);
      work(t);
      await t.end();
    };
    await turn('ev_e1', (t) => t.remember('typed:oc_e:u', { A: 'q:a:1:0:A' }, week));
    const first = at + week;
    expect(await expiry()).toBe(first);
    // The next answer, an hour on: the new letters, the expiry kept (three and a half days or more still ahead).
    at += 3600_000;
    await turn('ev_e2', (t) => t.remember('typed:oc_e:u', { A: 'q:a:1:1:A' }, week));
    expect(await row()).toMatchObject({ value: '{"A":"q:a:1:1:A"}' });
    expect(await expiry()).toBe(first);
    await store.remember('feishu', 'typed:oc_e:u', { A: 'q:a:1:2:A' }, week);
    expect(await expiry()).toBe(first);
    // Four days on, less than half a week is left: the expiry moves a week past now.
    at += 4 * 24 * 3600_000;
    await turn('ev_e3', (t) => t.remember('typed:oc_e:u', { A: 'q:a:1:3:A' }, week));
    expect(await expiry()).toBe(at + week);
    // Forgotten: gone at once, whatever its expiry was; remembered again: a whole lifetime.
    await turn('ev_e4', (t) => t.forget('typed:oc_e:u'));
    expect(await store.recall('feishu', 'typed:oc_e:u')).toBeUndefined();
    await turn('ev_e5', (t) => t.remember('typed:oc_e:u', { B: 'q:a:2:0:B' }, week));
    expect(await store.recall('feishu', 'typed:oc_e:u')).toEqual({ B: 'q:a:2:0:B' });
    expect(await expiry()).toBe(at + week);
  });

  it.skipIf(testBackend !== 'postgres')(
    'the claim and the end read remembered values by their whole key in the plan kept from a new database’s first answers',
    async () => {
      const storage = await open();
      const at = Date.now();
      const claim = (n: number) =>
        `EXECUTE dangwu_claim_plan('feishu', 'oc_p${n}', NULL, ${at - 60_000}, 7, 'tok${n}', ${at}, false, ${at - 600_000}, 'ev_p${n}', '{typed:oc_p:u,card:om_1}')`;
      const end = (n: number) =>
        `EXECUTE dangwu_end_plan('feishu', '{typed:oc_p:u}', '{"{}"}', '{${at + 60_000}}', 'oc_p${n}', 'ev_p${n}', 'tok${n}', ${at})`;
      const plans = await storage.transaction(async (tx) => {
        // As a bot's connection does: the statements prepared and run while the table is nearly empty (after five
        // runs PostgreSQL keeps a generic plan), then the table grows (a week of sent cards) without an ANALYZE.
        await sql.raw(`PREPARE dangwu_claim_plan AS ${CLAIM}`).execute(tx);
        await sql.raw(`PREPARE dangwu_end_plan AS ${END}`).execute(tx);
        for (let n = 0; n < 8; n++) {
          await sql.raw(claim(n)).execute(tx);
          await sql.raw(end(n)).execute(tx);
        }
        await sql`INSERT INTO messenger_memory (platform, key, value, expires_at)
          SELECT 'feishu', 'card:om_' || i, '"第 1 道测试题的题干"', ${at + 60_000} FROM generate_series(2, 3000) AS i`.execute(tx);
        // EXPLAIN EXECUTE takes no bind parameters: the values are written in (constants of this test).
        const explain = (text: string) => sql.raw<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${text}`).execute(tx);
        const found = [await explain(claim(9)), await explain(end(9))].map((r) => r.rows.map((row) => row['QUERY PLAN']).join('\n'));
        await sql`DEALLOCATE dangwu_claim_plan`.execute(tx);
        await sql`DEALLOCATE dangwu_end_plan`.execute(tx);
        return found;
      });
      for (const plan of plans) {
        // Each read of messenger_memory finds at most its keys' rows (two keys, one row each at most).
        const scans = plan.split('\n').filter((line) => / on messenger_memory/.test(line) && !/Insert on/.test(line));
        for (const scan of scans) expect(Number(/rows=(\d+)/.exec(scan)?.[1] ?? 0), scan).toBeLessThanOrEqual(1);
        expect(plan).not.toMatch(/Rows Removed by Filter: \d{3,}/);
      }
      expect(plans[0]).toMatch(/messenger_memory_pk/);
    },
  );
});
