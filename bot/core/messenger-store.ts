import { type Kysely, sql } from 'kysely';
import type { Storage } from '../storage/database';
import { isPostgres } from '../storage/dialect';
import type { Migrations } from '../storage/migrations';
import { prepareQuery } from '../storage/prepared';

/**
 * What the messenger adapters keep between one event and the next, in the database rather than in a process, so
 * that any process can take a chat's next event (飞书's long connection gives each event to one of the app's
 * connections at random; Telegram's webhook and Slack's HTTP mode sit behind a load balancer):
 *
 * - the ids of events already taken, so a redelivered event is handled once whichever process it reaches;
 * - small remembered values with a lifetime (飞书's typed letters → buttons of the latest card, the text of a sent
 *   card, 钉钉's presser names, 企业微信's sent cards);
 * - send slots: the next moment a platform scope (all chats, one chat, one group) may take a message, shared by
 *   every process on PostgreSQL, so N processes together keep the platform's limits.
 *
 * The adapters reach it as `app.messengerStore`; its tables are theirs alone.
 */
export interface MessengerStore {
  /** Whether several processes may share this database (PostgreSQL): shared limits and chat locks matter. */
  readonly shared: boolean;
  /** True the first time `eventId` is offered for `platform`; false for a redelivery, in any process. */
  firstDelivery(platform: string, eventId: string): Promise<boolean>;
  remember(platform: string, key: string, value: unknown, ttlMs: number): Promise<void>;
  recall<T>(platform: string, key: string): Promise<T | undefined>;
  forget(platform: string, key: string): Promise<void>;
  /**
   * The chat's queue across processes, in the platform's order: an event is entered with its place (the platform's
   * sequence: a timestamp in ms, an update id), `ahead` counts the chat's events entered with an earlier place and
   * not yet handled (entries older than a minute are left out: their process died), `leave` takes it out.
   */
  enter(platform: string, chatId: string, eventId: string, place: number): Promise<void>;
  ahead(platform: string, chatId: string, place: number): Promise<number>;
  /**
   * An entered event's turn in one round trip: `ahead` as above, and when none is ahead (or `force`: the earlier
   * ones are given up on) `firstDelivery` of its id. `wait`: an earlier event goes first; `repeat`: a redelivery.
   * PostgreSQL only, like the queue itself (`shared`).
   */
  turn(platform: string, chatId: string, eventId: string, place: number, force: boolean): Promise<'go' | 'wait' | 'repeat'>;
  leave(platform: string, chatId: string, eventId: string): Promise<void>;
  /** Runs `work` while no other process works on the same chat (see Storage.exclusive). */
  inChatTurn<T>(platform: string, chatId: string, work: () => Promise<T>): Promise<T>;
  /**
   * Takes the next send slot free in every one of `scopes` (no earlier than `notBefore`) and moves each scope's
   * next free slot its own spacing past it; returns the slot (epoch ms). One transaction with the scopes' rows
   * locked, so no two processes take the same slot and a send never holds a slot in one scope while sending later.
   */
  takeSlot(scopes: { scope: string; spacingMs: number }[], notBefore: number): Promise<number>;
}

type MessengerTables = {
  messenger_events: { platform: string; event_id: string; seen_at: number };
  messenger_memory: { platform: string; key: string; value: string; expires_at: number };
  messenger_send_slots: { scope: string; next_at: number };
  messenger_inbox: { platform: string; chat_id: string; event_id: string; place: number; entered_at: number };
};

export const messengerMigrations: Migrations = {
  '0010_messenger_state': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('messenger_events')
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('seen_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('messenger_events_pk', ['platform', 'event_id'])
        .execute();
      await db.schema.createIndex('messenger_events_seen').on('messenger_events').column('seen_at').execute();
      await db.schema
        .createTable('messenger_memory')
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('messenger_memory_pk', ['platform', 'key'])
        .execute();
      await db.schema.createIndex('messenger_memory_expiry').on('messenger_memory').column('expires_at').execute();
      await db.schema
        .createTable('messenger_inbox')
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('place', 'bigint', (c) => c.notNull())
        .addColumn('entered_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('messenger_inbox_pk', ['platform', 'chat_id', 'event_id'])
        .execute();
      await db.schema
        .createTable('messenger_send_slots')
        .addColumn('scope', 'text', (c) => c.primaryKey())
        .addColumn('next_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
};

/** How long an event id is kept: platforms redeliver within minutes (飞书 and 钉钉 retry for hours at most). */
const EVENT_KEEP_MS = 24 * 3600_000;
/** An entry of the chat queue older than this belongs to a process that died before handling it. */
const INBOX_KEEP_MS = 60_000;
/** Old rows are swept every this many writes rather than on a timer of their own. */
const SWEEP_EVERY = 500;

const insertEvent = prepareQuery<{ platform: string; id: string; at: number }>((db, p) =>
  db
    .insertInto('messenger_events')
    .values({ platform: p('platform'), event_id: p('id'), seen_at: p('at') })
    .onConflict((oc) => oc.columns(['platform', 'event_id']).doNothing()),
);

const readMemory = prepareQuery<{ platform: string; key: string; now: number }, { value: string }>((db, p) =>
  db
    .selectFrom('messenger_memory')
    .select('value')
    .where('platform', '=', p('platform'))
    .where('key', '=', p('key'))
    .where('expires_at', '>', p('now')),
);

const writeMemory = prepareQuery<{ platform: string; key: string; value: string; until: number }>((db, p) =>
  db
    .insertInto('messenger_memory')
    .values({ platform: p('platform'), key: p('key'), value: p('value'), expires_at: p('until') })
    .onConflict((oc) =>
      oc.columns(['platform', 'key']).doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), expires_at: eb.ref('excluded.expires_at') })),
    ),
);

export function createMessengerStore(storage: Storage, now: () => number = Date.now): MessengerStore {
  const db = storage.db.withTables<MessengerTables>() as unknown as Kysely<MessengerTables>;
  let writes = 0;
  /** Scopes whose row this process saw created (a send's one statement, takeSlotAtOnce, only updates rows). */
  const knownScopes = new Set<string>();

  async function sweep(): Promise<void> {
    if (++writes % SWEEP_EVERY !== 0) return;
    const at = now();
    await db
      .deleteFrom('messenger_events')
      .where('seen_at', '<', at - EVENT_KEEP_MS)
      .execute();
    await db.deleteFrom('messenger_memory').where('expires_at', '<=', at).execute();
    await db
      .deleteFrom('messenger_inbox')
      .where('entered_at', '<', at - INBOX_KEEP_MS)
      .execute();
  }

  return {
    shared: storage.dialect === 'postgres',
    async firstDelivery(platform, eventId) {
      const result = await insertEvent(db, { platform, id: eventId, at: now() });
      await sweep();
      return Number(result.numAffectedRows ?? 0n) > 0;
    },
    async remember(platform, key, value, ttlMs) {
      await writeMemory(db, { platform, key, value: JSON.stringify(value), until: now() + ttlMs });
      await sweep();
    },
    async recall<T>(platform: string, key: string) {
      const row = (await readMemory(db, { platform, key, now: now() })).rows[0];
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    async forget(platform, key) {
      await db.deleteFrom('messenger_memory').where('platform', '=', platform).where('key', '=', key).execute();
    },
    async enter(platform, chatId, eventId, place) {
      await db
        .insertInto('messenger_inbox')
        .values({ platform, chat_id: chatId, event_id: eventId, place, entered_at: now() })
        .onConflict((oc) => oc.columns(['platform', 'chat_id', 'event_id']).doNothing())
        .execute();
    },
    async ahead(platform, chatId, place) {
      const row = await db
        .selectFrom('messenger_inbox')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('platform', '=', platform)
        .where('chat_id', '=', chatId)
        .where('place', '<', place)
        .where('entered_at', '>', now() - INBOX_KEEP_MS)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async turn(platform, chatId, eventId, place, force) {
      const at = now();
      const { rows } = await sql<{ ahead: number | string; first: number | string }>`
        WITH ahead AS (
          SELECT count(*) AS n FROM messenger_inbox
          WHERE platform = ${platform} AND chat_id = ${chatId} AND place < ${place} AND entered_at > ${at - INBOX_KEEP_MS}
        ), taken AS (
          INSERT INTO messenger_events (platform, event_id, seen_at)
          SELECT ${platform}, ${eventId}, ${at} WHERE ${force} OR (SELECT n FROM ahead) = 0
          ON CONFLICT (platform, event_id) DO NOTHING
          RETURNING 1
        )
        SELECT (SELECT n FROM ahead) AS ahead, (SELECT count(*) FROM taken) AS first`.execute(db);
      const row = rows[0]!;
      if (!force && Number(row.ahead) > 0) return 'wait';
      await sweep();
      return Number(row.first) > 0 ? 'go' : 'repeat';
    },
    async leave(platform, chatId, eventId) {
      await db
        .deleteFrom('messenger_inbox')
        .where('platform', '=', platform)
        .where('chat_id', '=', chatId)
        .where('event_id', '=', eventId)
        .execute();
    },
    inChatTurn: (platform, chatId, work) =>
      storage.dialect === 'postgres' ? storage.exclusive(`chat:${platform}:${chatId}`, work) : work(),
    async takeSlot(scopes, notBefore) {
      if (storage.dialect === 'postgres') return takeSlotAtOnce(scopes, notBefore);
      return storage.transaction(async (tx) => {
        const names = scopes.map((s) => s.scope);
        await tx
          .insertInto('messenger_send_slots')
          .values(names.map((scope) => ({ scope, next_at: 0 })))
          .onConflict((oc) => oc.column('scope').doNothing())
          .execute();
        // Rows locked in one order (by scope), so two sends taking overlapping scopes never wait on each other in a cycle.
        let read = tx.selectFrom('messenger_send_slots').select(['scope', 'next_at']).where('scope', 'in', names).orderBy('scope');
        if (isPostgres(tx)) read = read.forUpdate();
        const rows: { next_at: number }[] = await read.execute();
        const slot = Math.max(Math.ceil(notBefore), ...rows.map((r) => Number(r.next_at)));
        for (const { scope, spacingMs } of scopes)
          await tx
            .updateTable('messenger_send_slots')
            .set({ next_at: slot + Math.ceil(spacingMs) })
            .where('scope', '=', scope)
            .execute();
        return slot;
      });
    },
  };

  /**
   * PostgreSQL: the slot taken in one statement, so every process's sends to a platform, which all meet at the
   * platform's row, hold its lock only while the statement runs (a transaction of reads and writes held it over
   * several round trips, and the platform's sends queued behind it). The rows are locked in one order (by scope),
   * read as the last holder left them, and each moved its own spacing past the slot.
   */
  async function takeSlotAtOnce(scopes: { scope: string; spacingMs: number }[], notBefore: number): Promise<number> {
    const names = scopes.map((s) => s.scope);
    const missing = names.filter((name) => !knownScopes.has(name));
    if (missing.length > 0) {
      await db
        .insertInto('messenger_send_slots')
        .values(missing.map((scope) => ({ scope, next_at: 0 })))
        .onConflict((oc) => oc.column('scope').doNothing())
        .execute();
      if (knownScopes.size > 10_000) knownScopes.clear();
      for (const name of missing) knownScopes.add(name);
    }
    const spacings = scopes.map((s) => Math.ceil(s.spacingMs));
    const { rows } = await sql<{ at: string }>`
      WITH locked AS (
        SELECT scope, next_at FROM messenger_send_slots WHERE scope = ANY(${names}::text[]) ORDER BY scope FOR UPDATE
      ), slot AS (
        SELECT GREATEST(${Math.ceil(notBefore)}::bigint, MAX(next_at)) AS at FROM locked
      )
      UPDATE messenger_send_slots AS s SET next_at = slot.at + w.spacing
      FROM slot, unnest(${names}::text[], ${spacings}::bigint[]) AS w(scope, spacing)
      WHERE s.scope = w.scope
      RETURNING slot.at`.execute(db);
    return rows[0] ? Number(rows[0].at) : Math.ceil(notBefore);
  }
}
