import type { Storage } from '../storage/database';
import { prepareQuery } from '../storage/prepared';
import type { Clock, PendingState, StateStore } from './feature';

interface StateRow {
  feature: string;
  data: string;
  expires_at: string | null;
}

type Key = { chat: string; user: string };

// Every message reads the state, so each operation is one statement compiled once (prepareQuery), not a Kysely
// query built anew per message.
const read = prepareQuery<Key, StateRow>((db, p) =>
  db
    .selectFrom('conversation_state')
    .select(['feature', 'data', 'expires_at'])
    .where('chat_key', '=', p('chat'))
    .where('user_key', '=', p('user')),
);

const write = prepareQuery<Key & StateRow>((db, p) =>
  db
    .insertInto('conversation_state')
    .values({ chat_key: p('chat'), user_key: p('user'), feature: p('feature'), data: p('data'), expires_at: p('expires_at') })
    .onConflict((oc) =>
      oc.columns(['chat_key', 'user_key']).doUpdateSet((eb) => ({
        feature: eb.ref('excluded.feature'),
        data: eb.ref('excluded.data'),
        expires_at: eb.ref('excluded.expires_at'),
      })),
    ),
);

const remove = prepareQuery<Key>((db, p) =>
  db.deleteFrom('conversation_state').where('chat_key', '=', p('chat')).where('user_key', '=', p('user')),
);

/**
 * Pending conversation state, one row per (chat, user), kept in the database so a restart (or another process
 * taking the chat's next message) does not lose it.
 */
export function createStateStore(storage: Storage, clock: Clock, chatKey: string, userKey: string): StateStore {
  const { db } = storage;
  const key: Key = { chat: chatKey, user: userKey };
  const current = async () => (await read(db, key)).rows[0];
  return {
    async get<T>() {
      const row = await current();
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
      const row = await current();
      if (row && row.feature === feature && row.data === json) {
        if (expires === null ? row.expires_at === null : row.expires_at !== null && row.expires_at >= halfway(now, ttlMinutes)) return;
      }
      await write(db, { ...key, feature, data: json, expires_at: expires });
    },
    async clear() {
      await remove(db, key);
    },
  };
}

/** The moment half of a time-to-live from `now` has passed, as stored (ISO). */
const halfway = (now: number, ttlMinutes: number) => new Date(now + ttlMinutes * 30_000).toISOString();
