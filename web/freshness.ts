import type { SqliteHandle } from '../bot';

/**
 * Figures the console keeps for a few seconds, dropped as soon as anything is written to the database: by the
 * console, by the bot in this process, or by another process on the same file. A page therefore never shows
 * figures older than the last write; the time limit only covers what moves with the clock (the next meeting,
 * "the last 90 days").
 */

/**
 * A token that changes whenever anything is written to the database. SQLite counts this connection's own writes in
 * total_changes() and moves data_version when another connection commits; one prepared statement reads both.
 */
export function createRevision(sqlite: SqliteHandle): () => string {
  const statement = sqlite.prepare('SELECT total_changes() AS changes, data_version AS version FROM pragma_data_version');
  return () => {
    const row = statement.get() as { changes: number; version: number };
    return `${row.version}:${row.changes}`;
  };
}

export interface FreshCache<K, V> {
  /** The kept value while no write happened and it is younger than the limit; otherwise computes and keeps it. */
  get(key: K, compute: () => V): V;
  clear(): void;
}

export function createFreshCache<K, V>(options: {
  revision: () => string;
  now: () => Date;
  ttlMs: number;
  /** Entries kept at most; beyond that the cache starts over (a county has hundreds of branches, not thousands). */
  limit?: number;
}): FreshCache<K, V> {
  const entries = new Map<K, { at: number; revision: string; value: V }>();
  const limit = options.limit ?? 5000;
  return {
    get(key, compute) {
      const revision = options.revision();
      const at = options.now().getTime();
      const kept = entries.get(key);
      if (kept && kept.revision === revision && at - kept.at < options.ttlMs && at >= kept.at) return kept.value;
      const value = compute();
      if (entries.size >= limit) entries.clear();
      entries.set(key, { at, revision, value });
      // A failed computation is not kept: the next request tries again.
      if (value instanceof Promise) value.catch(() => entries.get(key)?.value === value && entries.delete(key));
      return value;
    },
    clear: () => entries.clear(),
  };
}
