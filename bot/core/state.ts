import type { Kysely } from 'kysely';
import type { Storage } from '../storage/database';
import type { CoreTables } from '../storage/schema';
import type { Clock, PendingState, StateStore } from './feature';

/** Pending conversation state, one row per (chat, user), kept in SQLite so a restart does not lose it. */
export function createStateStore(storage: Storage, clock: Clock, chatKey: string, userKey: string): StateStore {
  const db: Kysely<CoreTables> = storage.db;
  return {
    async get<T>() {
      const row = await db
        .selectFrom('conversation_state')
        .selectAll()
        .where('chat_key', '=', chatKey)
        .where('user_key', '=', userKey)
        .executeTakeFirst();
      if (!row) return undefined;
      if (row.expires_at && row.expires_at <= clock.now().toISOString()) {
        await this.clear();
        return undefined;
      }
      return { feature: row.feature, data: JSON.parse(row.data) as T } satisfies PendingState<T>;
    },
    async set(feature, data, ttlMinutes = 60) {
      const expires = ttlMinutes > 0 ? new Date(clock.now().getTime() + ttlMinutes * 60_000).toISOString() : null;
      await db
        .insertInto('conversation_state')
        .values({ chat_key: chatKey, user_key: userKey, feature, data: JSON.stringify(data ?? null), expires_at: expires })
        .onConflict((oc) => oc.columns(['chat_key', 'user_key']).doUpdateSet({ feature, data: JSON.stringify(data ?? null), expires_at: expires }))
        .execute();
    },
    async clear() {
      await db.deleteFrom('conversation_state').where('chat_key', '=', chatKey).where('user_key', '=', userKey).execute();
    },
  };
}
