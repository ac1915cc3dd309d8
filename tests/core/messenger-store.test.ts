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
    if (turn === 'wait' || turn === 'gap') throw new Error(`${chat} is held`);
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
        `EXECUTE dangwu_claim_plan('feishu', 'oc_p${n}', NULL, ${at - 60_000}, 7, 'tok${n}', ${at}, false, ${at - 600_000}, 'ev_p${n}', '{typed:oc_p:u,card:om_1}', NULL, ${at - 7 * 24 * 3600_000})`;
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

  it.skipIf(testBackend !== 'postgres')(
    'with gapless places, a turn waits while a lower place is missing: until it enters, or the bound after the next place above it was seen',
    async () => {
      let at = 1_800_000_000_000;
      const storage = await open();
      const store = createMessengerStore(storage, () => at);
      const enter = (chat: string, place: number) => store.enter('telegram', chat, `u${place}`, place, undefined, true);
      const turn = (chat: string, place: number) => store.claim('telegram', chat, `u${place}`, { place, gapMs: 3000 });
      const taken = async (chat: string, place: number) => {
        const claimed = await turn(chat, place);
        if (claimed === 'wait' || claimed === 'gap') throw new Error(`${place} waits`);
        await claimed.end();
      };
      // A new database: nothing was ever seen below the first place, so its missing predecessor holds nothing back.
      await enter('a', 100);
      expect(await store.lowestGap('telegram', 3000)).toBeUndefined();
      await taken('a', 100);
      // Every lower place seen (101 another chat's, 102 an ignored update's): 103 goes at once.
      await enter('b', 101);
      await taken('b', 101);
      await store.pass('telegram', 102);
      await enter('a', 103);
      await taken('a', 103);
      // 105 arrives before 104 (another chat's, or this chat's earlier update still on its way): it waits for 104.
      await enter('a', 105);
      expect(await turn('a', 105)).toBe('gap');
      expect(await store.lowestGap('telegram', 3000)).toBe(105);
      at += 2000;
      expect(await turn('a', 105)).toBe('gap');
      await enter('c', 104);
      await taken('c', 104);
      expect(await store.lowestGap('telegram', 3000)).toBeUndefined();
      await taken('a', 105);
      // 107 and 108 arrive while 106 never comes (Telegram skipped it): held until 107 was seen for the bound, no longer.
      await enter('a', 107);
      at += 1000;
      await enter('d', 108);
      expect(await turn('d', 108)).toBe('gap');
      expect(await turn('a', 107)).toBe('gap');
      at += 1999;
      expect(await turn('d', 108)).toBe('gap');
      at += 2;
      await taken('d', 108);
      await taken('a', 107);
      // A place redelivered long after keeps the time it was first seen: it opens no gap again.
      at += 60_000;
      await enter('a', 103);
      await enter('e', 109);
      await taken('e', 109);
      // Swept (every 500 writes) once a day old, as event ids are, but for the highest place: the next update after
      // a quiet day finds its predecessor seen.
      at += 24 * 3600_000;
      for (let n = 0; n < 500; n++) await taken('z', 200 + n).catch(() => undefined);
      const { rows } = await sql<{ place: string }>`SELECT place FROM messenger_seen ORDER BY place`.execute(storage.db);
      expect(rows.map((r) => Number(r.place))).toEqual([109]);
      // A quiet day more: the place after the last goes at once, one further on still waits for the one between.
      at += 24 * 3600_000;
      await enter('a', 111);
      expect(await turn('a', 111)).toBe('gap');
      await enter('b', 110);
      await taken('b', 110);
      await taken('a', 111);
      // After a week with no update Telegram numbers the next one at random: nothing before the silence is missing.
      at += 7 * 24 * 3600_000 + 1;
      await enter('f', 5_000_000);
      expect(await store.lowestGap('telegram', 3000)).toBeUndefined();
      await taken('f', 5_000_000);
    },
  );
});
