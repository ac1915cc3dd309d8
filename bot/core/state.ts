import type { Storage } from '../storage/database';
import { prepareQuery } from '../storage/prepared';
import type { Clock, PendingState, StateStore } from './feature';

/** A pending state as stored: what {@link StateStore.seen} takes (see {@link pendingStateColumns}). */
export interface StateRow {
  feature: string;
  data: string;
  expires_at: string | null;
}

/**
 * The pending state's columns, for a feature's query that reads a row of one chat and user anyway and LEFT JOINs
 * `conversation_state AS cs` on them (`cs.chat_key`, `cs.user_key`): the message's state comes with that read, and
 * {@link StateStore.seen} spares the state store its own (a quiz answer's session read brings it).
 */
export const pendingStateColumns = ['cs.feature as cs_feature', 'cs.data as cs_data', 'cs.expires_at as cs_expires_at'] as const;

/** The state read through {@link pendingStateColumns}: null when the pair has none. */
export function pendingStateOf(row: { cs_feature: string | null; cs_data: string | null; cs_expires_at: string | null }): StateRow | null {
  return row.cs_feature === null || row.cs_data === null
    ? null
    : { feature: row.cs_feature, data: row.cs_data, expires_at: row.cs_expires_at };
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
 *
 * A store serves one message, handled in its chat's turn (one at a time per chat, across processes), and the row
 * is written only through it: so it reads the row at most once and then knows it (what it read, wrote or was told
 * by `seen`). A typed quiz answer read it twice (the router's `get`, the next question's `set`), a pressed one once
 * for the `set` alone; now once and not at all (its session read brings the row).
 */
export function createStateStore(storage: Storage, clock: Clock, chatKey: string, userKey: string): StateStore {
  const { db } = storage;
  const key: Key = { chat: chatKey, user: userKey };
  /** The row as this message knows it: undefined until read (null: none). */
  let known: StateRow | null | undefined;
  const current = async () => {
    if (known === undefined) known = (await read(db, key)).rows[0] ?? null;
    return known ?? undefined;
  };
  return {
    seen(row) {
      known = row;
    },
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
      known = { feature, data: json, expires_at: expires };
    },
    async clear() {
      await remove(db, key);
      known = null;
    },
  };
}

/** The moment half of a time-to-live from `now` has passed, as stored (ISO). */
const halfway = (now: number, ttlMinutes: number) => new Date(now + ttlMinutes * 30_000).toISOString();
