import { sql } from 'kysely';
import type { Storage } from '../bot';

/**
 * Figures the console keeps for a few seconds, dropped as soon as anything is written to the database: by the
 * console, by the bot in this process, or by another process (on the same SQLite file, or on the same PostgreSQL
 * server from any machine). A page therefore never shows figures older than the last write; the time limit only
 * covers what moves with the clock (the next meeting, "the last 90 days").
 */

/**
 * A token that changes whenever a write is committed, read before the figures it guards (so a write that lands
 * while they are computed makes the next request compute them again, never keeps stale ones).
 *
 * - SQLite counts this connection's own writes in total_changes() and moves data_version when another connection
 *   commits: one query reads both.
 * - PostgreSQL: the current snapshot (`xmin:xmax:in-progress ids`). A transaction that writes gets an id; its start
 *   moves xmax and its commit takes it out of the in-progress list, while reads get none. So two equal snapshots
 *   mean that no write committed in between, anywhere on the server, from any process: the same promise as
 *   data_version, with no trigger, table or listening connection to keep, and nothing added to the bot's writes.
 *   (A change counter bumped by triggers would put a row lock on every write of the watched tables, and
 *   LISTEN/NOTIFY a connection held outside the pool per process; both only to learn less than this.)
 *   It moves for writes the console does not show too (another database on the server): a recomputation, never
 *   a stale page.
 *
 * Concurrent requests share one reading in flight.
 */
export function createRevision(storage: Storage): () => Promise<string> {
  const query =
    storage.dialect === 'postgres'
      ? sql<{ token: string }>`SELECT pg_current_snapshot()::text AS token`
      : sql<{ token: string }>`SELECT data_version || ':' || total_changes() AS token FROM pragma_data_version`;
  let reading: Promise<string> | undefined;
  return () => {
    reading ??= query
      .execute(storage.db)
      .then((result) => String(result.rows[0]?.token ?? ''))
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };
}

export interface FreshCache<K, V> {
  /** The kept value while no write happened and it is younger than the limit; otherwise computes and keeps it. */
  get(key: K, compute: () => Promise<V>): Promise<V>;
  clear(): void;
}

export function createFreshCache<K, V>(options: {
  revision: () => Promise<string>;
  now: () => Date;
  ttlMs: number;
  /** Entries kept at most; beyond that the cache starts over (a county has hundreds of branches, not thousands). */
  limit?: number;
}): FreshCache<K, V> {
  const entries = new Map<K, { at: number; revision: string; value: Promise<V> }>();
  const limit = options.limit ?? 5000;
  return {
    async get(key, compute) {
      const revision = await options.revision();
      const at = options.now().getTime();
      const kept = entries.get(key);
      if (kept && kept.revision === revision && at - kept.at < options.ttlMs && at >= kept.at) return kept.value;
      // The promise is kept, so concurrent requests for the same figures share one computation.
      const value = compute();
      if (entries.size >= limit) entries.clear();
      entries.set(key, { at, revision, value });
      // A failed computation is not kept: the next request tries again.
      value.catch(() => entries.get(key)?.value === value && entries.delete(key));
      return value;
    },
    clear: () => entries.clear(),
  };
}

/**
 * The console's own writes, counted in the database: `bump()` after a write made through the console, `changed()`
 * before serving figures kept by time alone (总览, 五不, 学习: kept 30 s whatever the bot writes). A console served by
 * several processes behind a load balancer then shows a change made through any of them on every one, as
 * `invalidate()` did for its own process only. One small read per such page.
 */
export function createGeneration(storage: Storage): { bump(): Promise<void>; changed(): Promise<boolean> } {
  const db = storage.db.withTables<{ web_cache_generation: { id: number; n: number } }>();
  let seen: number | undefined;
  return {
    async bump() {
      await db
        .updateTable('web_cache_generation')
        .set((eb) => ({ n: eb('n', '+', 1) }))
        .where('id', '=', 1)
        .execute();
    },
    async changed() {
      const row = await db.selectFrom('web_cache_generation').select('n').where('id', '=', 1).executeTakeFirst();
      const n = Number(row?.n ?? 0);
      const moved = seen !== undefined && n !== seen;
      seen = n;
      return moved;
    },
  };
}
