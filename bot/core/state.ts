import type { Storage } from '../storage/database';
import type { Clock, PendingState, StateStore } from './feature';

interface StateRow {
  feature: string;
  data: string;
  expires_at: string | null;
}

/**
 * Pending conversation state, one row per (chat, user), kept in SQLite so a restart does not lose it. Every
 * message reads it, so each operation is one plain statement (prepared once per connection by the storage layer)
 * rather than a Kysely query built anew.
 */
export function createStateStore(storage: Storage, clock: Clock, chatKey: string, userKey: string): StateStore {
  const { sqlite } = storage;
  return {
    async get<T>() {
      const row = sqlite
        .prepare<[string, string], StateRow>('SELECT feature, data, expires_at FROM conversation_state WHERE chat_key = ? AND user_key = ?')
        .get(chatKey, userKey);
      if (!row) return undefined;
      if (row.expires_at && row.expires_at <= clock.now().toISOString()) {
        await this.clear();
        return undefined;
      }
      return { feature: row.feature, data: JSON.parse(row.data) as T } satisfies PendingState<T>;
    },
    async set(feature, data, ttlMinutes = 60) {
      const now = clock.now().getTime();
      const expires = ttlMinutes > 0 ? new Date(now + ttlMinutes * 60_000).toISOString() : null;
      const json = JSON.stringify(data ?? null);
      // The same state set again (a quiz moving to its next question) writes nothing while more than half its time
      // is left: a read instead of a write transaction, on every message that keeps a conversation going.
      const row = sqlite
        .prepare<[string, string], StateRow>('SELECT feature, data, expires_at FROM conversation_state WHERE chat_key = ? AND user_key = ?')
        .get(chatKey, userKey);
      if (row && row.feature === feature && row.data === json) {
        if (expires === null ? row.expires_at === null : row.expires_at !== null && row.expires_at >= halfway(now, ttlMinutes)) return;
      }
      sqlite
        .prepare(
          `INSERT INTO conversation_state (chat_key, user_key, feature, data, expires_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(chat_key, user_key) DO UPDATE SET feature = excluded.feature, data = excluded.data, expires_at = excluded.expires_at`,
        )
        .run(chatKey, userKey, feature, json, expires);
    },
    async clear() {
      sqlite.prepare('DELETE FROM conversation_state WHERE chat_key = ? AND user_key = ?').run(chatKey, userKey);
    },
  };
}

/** The moment half of a time-to-live from `now` has passed, as stored (ISO). */
const halfway = (now: number, ttlMinutes: number) => new Date(now + ttlMinutes * 30_000).toISOString();
