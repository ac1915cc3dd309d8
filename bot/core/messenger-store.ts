import { CompiledQuery, type Kysely, sql } from 'kysely';
import { LIVENESS_LOCK, type Storage } from '../storage/database';
import { isPostgres } from '../storage/dialect';
import type { Migrations } from '../storage/migrations';
import { nameStatement } from '../storage/named-statements';
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
  /** Whether several processes may share this database (PostgreSQL): shared limits and chat turns matter. */
  readonly shared: boolean;
  /** True the first time `eventId` is offered for `platform`; false for a redelivery, in any process. */
  firstDelivery(platform: string, eventId: string): Promise<boolean>;
  remember(platform: string, key: string, value: unknown, ttlMs: number): Promise<void>;
  recall<T>(platform: string, key: string): Promise<T | undefined>;
  forget(platform: string, key: string): Promise<void>;
  /**
   * The chat's queue across processes, in the platform's order (PostgreSQL, like `claim`'s lease): an event is
   * entered with its place (the platform's sequence: a timestamp in ms, an update id) as it arrives; `claim` counts
   * the chat's events entered with an earlier place and not yet handled (entries older than a minute are left out:
   * their process died); the turn's `end`, or `leave`, takes it out. `recall`: a remembered value read in the same
   * round trip (what the acknowledgement of the event needs). `sequence`: the place is one of a sequence the platform
   * numbers without gaps across all its chats (Telegram's update_id), recorded as seen in the same statement (see
   * `claim`'s `gapMs`).
   */
  enter(platform: string, chatId: string, eventId: string, place: number, recall?: string, sequence?: boolean): Promise<unknown>;
  leave(platform: string, chatId: string, eventId: string): Promise<void>;
  /**
   * A place of the platform's sequence that no chat's queue takes (an update the adapter ignores): recorded as seen,
   * so that later events do not take it for an earlier event still on its way.
   */
  pass(platform: string, place: number): Promise<void>;
  /**
   * The chat's turn for one event, in one round trip on PostgreSQL: the chat's lease (a row held by one process at a
   * time; a lease whose holder died, seen in pg_locks by its liveness lock, or older than ten minutes, is taken
   * over), unless an earlier event of the chat is still queued (`place`, unless `force`: given up on); the event's
   * id recorded (`first` false: a redelivery); and the values of `prefetch` read for the work. `wait`: another
   * process holds the chat or an earlier event goes first; try again shortly. On SQLite (one process) the turn is
   * the id's record alone: the adapter's own queue keeps the chat's order.
   *
   * `gapMs` (with `place`, a place of a sequence entered with `sequence`): the turn also waits while a place below
   * `place` is missing from the sequence, since it may be an earlier event of this chat still on its way into some
   * process; a missing place is given up once the next place above it has been seen for `gapMs` (Telegram skips an
   * id now and then, and an update may be lost with its process). So a gap costs at most `gapMs`, and no gap costs
   * nothing. `gap`: the turn waits for such a place (see `lowestGap`).
   */
  claim(
    platform: string,
    chatId: string,
    eventId: string | undefined,
    options?: { place?: number; force?: boolean; prefetch?: string[]; gapMs?: number },
  ): Promise<ChatTurn | 'wait' | 'gap'>;
  /**
   * The lowest place of the sequence that a missing place below it holds back (see `claim`'s `gapMs`), or undefined:
   * a turn for a place under it finds no gap. One statement for all of a process's events waiting on gaps, instead
   * of a claim each every 100 ms (at a new database's first burst those crowded the pool the entries need).
   */
  lowestGap(platform: string, gapMs: number): Promise<number | undefined>;
  /**
   * Takes the next send slot free in every one of `scopes` (no earlier than `notBefore`) and moves each scope's
   * next free slot its own spacing past it; returns the slot (epoch ms). One transaction with the scopes' rows
   * locked, so no two processes take the same slot and a send never holds a slot in one scope while sending later.
   */
  takeSlot(scopes: { scope: string; spacingMs: number }[], notBefore: number): Promise<number>;
}

/** The adapter's memory as an event's work sees it in its chat's turn. */
export interface TurnMemory {
  /** Kept, and written with the turn's end: the chat's next event, in any process, finds it. */
  remember(key: string, value: unknown, ttlMs: number): void;
  forget(key: string): void;
  /** What this turn remembered or forgot, else what was prefetched, else the database. */
  recall<T>(key: string): Promise<T | undefined>;
}

export interface ChatTurn extends TurnMemory {
  /** False for a redelivery: its id was taken before, in some process; there is nothing to do. */
  readonly first: boolean;
  /**
   * Ends the turn: its memory written, the event out of the chat's queue and the lease freed, in one round trip and
   * one transaction on PostgreSQL, so whoever takes the chat next sees all of it or waits. Never skip it.
   */
  end(): Promise<void>;
}

type MessengerTables = {
  messenger_events: { platform: string; event_id: string; seen_at: number };
  messenger_memory: { platform: string; key: string; value: string; expires_at: number };
  messenger_send_slots: { scope: string; next_at: number };
  messenger_inbox: { platform: string; chat_id: string; event_id: string; place: number; entered_at: number };
  messenger_turns: { platform: string; chat_id: string; holder: number; token: string; since: number };
  messenger_seen: { platform: string; place: number; seen_at: number };
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
  '0011_messenger_turns': {
    async up(db: Kysely<any>) {
      // A chat's lease: which process works on the chat now (the turn's `claim` and `end`).
      await db.schema
        .createTable('messenger_turns')
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('holder', 'integer', (c) => c.notNull())
        .addColumn('token', 'text', (c) => c.notNull())
        .addColumn('since', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('messenger_turns_pk', ['platform', 'chat_id'])
        .execute();
    },
  },
  '0012_messenger_unlogged': {
    /**
     * PostgreSQL: the chat queue and the leases are UNLOGGED: their rows are written and deleted within every event
     * (three of an answer's writes), and an unlogged table's writes go to no WAL (nothing for the WAL writer to
     * write and sync, no full-page images after a checkpoint). What losing them costs: a crash of the server (not of
     * a bot) empties both tables. Every connection dies with the server, so each process's liveness lock goes with
     * it and the leases would all count as dead and be taken over anyway; the events in flight then fail their next
     * statement (their entries mean nothing more), and an entry left behind would only hold the chat's later events
     * back for a minute. The redelivery records (messenger_events) and remembered values stay logged: losing those
     * would handle a redelivered event twice or forget a card's typed answers.
     */
    async up(db: Kysely<any>) {
      if (!isPostgres(db)) return;
      await sql`ALTER TABLE messenger_inbox SET UNLOGGED`.execute(db);
      await sql`ALTER TABLE messenger_turns SET UNLOGGED`.execute(db);
    },
  },
  '0013_messenger_seen': {
    /**
     * The places of a gapless sequence seen (Telegram's update_ids, see `claim`'s `gapMs`), by when. Written with
     * every update, so UNLOGGED on PostgreSQL like the chat queue: a server crash empties it, and the first update
     * after that waits the bound once (its predecessor looks missing).
     */
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('messenger_seen')
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('place', 'bigint', (c) => c.notNull())
        .addColumn('seen_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('messenger_seen_pk', ['platform', 'place'])
        .execute();
      // The claim looks at the places seen within the bound only.
      await db.schema.createIndex('messenger_seen_recent').on('messenger_seen').columns(['platform', 'seen_at']).execute();
      if (!isPostgres(db)) return;
      await sql`ALTER TABLE messenger_seen SET UNLOGGED`.execute(db);
    },
  },
};

/** How long an event id is kept: platforms redeliver within minutes (飞书 and 钉钉 retry for hours at most). */
const EVENT_KEEP_MS = 24 * 3600_000;
/**
 * After this long with no update, Telegram picks the next update_id at random instead of counting on (Bot API,
 * getUpdates): a place seen before such a silence says nothing about which places are missing after it.
 */
const SEQUENCE_RESTART_MS = 7 * 24 * 3600_000;
/** An entry of the chat queue older than this belongs to a process that died before handling it. */
const INBOX_KEEP_MS = 60_000;
/**
 * A lease older than this is taken over even from a live holder: no event's work (an answer that waits for the
 * model included) takes ten minutes, so such a lease was left by a turn whose end failed.
 */
const LEASE_STALE_MS = 10 * 60_000;
/** Old rows are swept every this many writes rather than on a timer of their own. */
const SWEEP_EVERY = 500;

const parsed = (value: string | null | undefined) => (value === null || value === undefined ? undefined : JSON.parse(value));

/**
 * An event into its chat's queue, and a remembered value read in the same round trip; with $7, its place recorded
 * as seen (a redelivered place keeps the time it was first seen: it opens no gap again).
 */
const ENTER = `
  WITH entered AS (
    INSERT INTO messenger_inbox (platform, chat_id, event_id, place, entered_at) VALUES ($1, $2, $3, $4::bigint, $5::bigint)
    ON CONFLICT (platform, chat_id, event_id) DO NOTHING
  ), seen AS (
    INSERT INTO messenger_seen (platform, place, seen_at) SELECT $1, $4::bigint, $5::bigint WHERE $7::boolean
    ON CONFLICT (platform, place) DO NOTHING
  )
  SELECT (SELECT value FROM messenger_memory WHERE platform = $1 AND key = $6 AND expires_at > $5::bigint) AS value`;

/**
 * A chat's turn (see `claim`): the earlier events still queued ($3 null: none counted); with $12, whether a place
 * below $3 is missing from the sequence and not yet given up (`gap`: some place at most $3, seen after $12 (within
 * the bound), whose predecessor was not seen, above some place seen after $13 (SEQUENCE_RESTART_MS): the smallest
 * place seen above a missing one is such a place until it has been seen for the bound); the lease, taken when none is ahead and no gap holds it back (or $8, forced) and
 * the chat is free, its holder dead (no liveness lock granted in pg_locks) or its
 * lease stale; the event's id recorded under the lease ($10 null: no id); the prefetched memory ($11), and whether
 * the statement's snapshot still saw a lease (`held`: then what it read may predate the previous holder's end).
 *
 * The prefetched keys are read one by one (a scalar subquery per key: a lookup by the whole primary key, which the
 * planner cannot turn into a join). With `key = ANY($11)` the generic plan this named statement keeps per connection,
 * made while the table was small (a new database, the first answers), scanned every remembered row of the platform
 * for each claim (a bitmap scan on the key's first column, the array filtered in the heap) until an ANALYZE replaced
 * it: in the scale bench a claim read some 750 rows after a few hundred answers.
 */
export const CLAIM = `
  WITH ahead AS (
    SELECT count(*) AS n FROM messenger_inbox
    WHERE $3::bigint IS NOT NULL AND platform = $1 AND chat_id = $2 AND place < $3::bigint AND entered_at > $4::bigint
  ), gap AS (
    SELECT EXISTS (
      SELECT 1 FROM messenger_seen AS s
      WHERE $12::bigint IS NOT NULL AND s.platform = $1 AND s.seen_at > $12::bigint AND s.place <= $3::bigint
        AND NOT EXISTS (SELECT 1 FROM messenger_seen AS p WHERE p.platform = $1 AND p.place = s.place - 1)
        AND EXISTS (SELECT 1 FROM messenger_seen AS b WHERE b.platform = $1 AND b.place < s.place AND b.seen_at > $13::bigint)
    ) AS open
  ), lease AS (
    INSERT INTO messenger_turns AS t (platform, chat_id, holder, token, since)
    SELECT $1, $2, $5::int, $6, $7::bigint WHERE $8::boolean OR ((SELECT n FROM ahead) = 0 AND NOT (SELECT open FROM gap))
    ON CONFLICT (platform, chat_id) DO UPDATE SET holder = excluded.holder, token = excluded.token, since = excluded.since
    WHERE t.since < $9::bigint OR NOT EXISTS (
      SELECT 1 FROM pg_locks AS l
      WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.classid = ${LIVENESS_LOCK}::int::oid
        AND l.objid = t.holder::oid AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
    )
    RETURNING 1
  ), taken AS (
    INSERT INTO messenger_events (platform, event_id, seen_at)
    SELECT $1, $10, $7::bigint FROM lease WHERE $10::text IS NOT NULL
    ON CONFLICT (platform, event_id) DO NOTHING
    RETURNING 1
  ), recalled AS (
    SELECT k.key, (
      SELECT m.value FROM messenger_memory AS m WHERE m.platform = $1 AND m.key = k.key AND m.expires_at > $7::bigint
    ) AS value
    FROM unnest($11::text[]) AS k(key) WHERE EXISTS (SELECT 1 FROM lease)
  )
  SELECT (SELECT count(*) FROM lease) AS leased, (SELECT count(*) FROM taken) AS first, (SELECT open FROM gap) AS gap,
    (SELECT count(*) FROM messenger_turns WHERE platform = $1 AND chat_id = $2) AS held,
    (SELECT json_object_agg(key, value) FROM recalled) AS recalled`;

/**
 * See `lowestGap`: the places seen within the bound ($2) whose predecessor was not seen, the lowest; a place counts
 * as missing only below one seen after $3 (see SEQUENCE_RESTART_MS).
 */
const LOWEST_GAP = `
  SELECT min(s.place) AS place FROM messenger_seen AS s
  WHERE s.platform = $1 AND s.seen_at > $2::bigint
    AND NOT EXISTS (SELECT 1 FROM messenger_seen AS p WHERE p.platform = $1 AND p.place = s.place - 1)
    AND EXISTS (SELECT 1 FROM messenger_seen AS b WHERE b.platform = $1 AND b.place < s.place AND b.seen_at > $3::bigint)`;

/**
 * A value remembered again keeps its expiry while more than half of the new lifetime is still ahead of it ($now: the
 * moment of the write), as the conversation state does: a card's typed letters are written on every answer, and an
 * expiry moved each time would change an indexed column (messenger_memory_expiry), so each write would add an entry
 * to both indexes instead of replacing the row in place (a HOT update). A value kept as it was writes nothing.
 */
const keptExpiry = (now: string) =>
  `CASE WHEN excluded.expires_at > ${now} AND m.expires_at >= (excluded.expires_at + ${now}) / 2 THEN m.expires_at ELSE excluded.expires_at END`;
const changed = (now: string) => `m.value IS DISTINCT FROM excluded.value OR m.expires_at IS DISTINCT FROM ${keptExpiry(now)}`;

/**
 * A turn's end (see ChatTurn.end): its memory writes ($2-$4, at $8; a forgotten key written as expired, which reads
 * as absent and the sweep deletes: a `DELETE … key = ANY($n)` here had the plan problem CLAIM describes), its queue
 * entry and its lease.
 */
export const END = `
  WITH put AS (
    INSERT INTO messenger_memory AS m (platform, key, value, expires_at)
    SELECT $1, w.key, w.value, w.expires_at FROM unnest($2::text[], $3::text[], $4::bigint[]) AS w(key, value, expires_at)
    ON CONFLICT (platform, key) DO UPDATE SET value = excluded.value, expires_at = ${keptExpiry('$8::bigint')}
    WHERE ${changed('$8::bigint')}
  ), left_queue AS (
    DELETE FROM messenger_inbox WHERE platform = $1 AND chat_id = $5 AND event_id = $6
  ), freed AS (
    DELETE FROM messenger_turns WHERE platform = $1 AND chat_id = $5 AND token = $7
  )
  SELECT 1 AS done`;

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

const writeMemory = prepareQuery<{ platform: string; key: string; value: string; until: number; now: number }>((db, p) => {
  // The rule of keptExpiry, in Kysely's terms (each use of `now` its own slot).
  const kept = () =>
    sql<number>`CASE WHEN excluded.expires_at > ${p('now')} AND messenger_memory.expires_at >= (excluded.expires_at + ${p('now')}) / 2
      THEN messenger_memory.expires_at ELSE excluded.expires_at END`;
  return db
    .insertInto('messenger_memory')
    .values({ platform: p('platform'), key: p('key'), value: p('value'), expires_at: p('until') })
    .onConflict((oc) =>
      oc
        .columns(['platform', 'key'])
        .doUpdateSet({ value: sql.ref('excluded.value'), expires_at: kept() })
        .where(
          sql<boolean>`messenger_memory.value IS DISTINCT FROM excluded.value OR messenger_memory.expires_at IS DISTINCT FROM ${kept()}`,
        ),
    );
});

export function createMessengerStore(storage: Storage, now: () => number = Date.now): MessengerStore {
  const db = storage.db.withTables<MessengerTables>() as unknown as Kysely<MessengerTables>;
  let writes = 0;
  let claims = 0;
  /** Runs one of the fixed statements below as a named statement (parsed and planned once per connection). */
  const run = <R>(text: string, parameters: unknown[]) => {
    nameStatement(text);
    return db.executeQuery<R>(CompiledQuery.raw(text, parameters));
  };

  /**
   * A turn's memory: writes kept in `writes` (undefined: forgotten) until `flush` at the turn's end; reads see them
   * first, then what the claim read (`known`), then the database.
   */
  function turnOf(
    platform: string,
    first: boolean,
    known: Map<string, unknown>,
    flush: (writes: Map<string, { value: string; until: number } | undefined>) => Promise<void>,
  ): ChatTurn {
    const writes = new Map<string, { value: string; until: number } | undefined>();
    let ended = false;
    return {
      first,
      remember(key, value, ttlMs) {
        writes.set(key, { value: JSON.stringify(value), until: now() + ttlMs });
      },
      forget(key) {
        writes.set(key, undefined);
      },
      async recall<T>(key: string) {
        if (writes.has(key)) {
          const write = writes.get(key);
          return write && write.until > now() ? (JSON.parse(write.value) as T) : undefined;
        }
        if (known.has(key)) return known.get(key) as T | undefined;
        return store.recall<T>(platform, key);
      },
      async end() {
        if (ended) return;
        ended = true;
        await flush(writes);
      },
    };
  }
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
    // Seen places are kept as long as event ids: an update Telegram posts again (it does for up to a day) must find
    // its place seen, or it would look like a new place with its predecessor missing and hold every update for the
    // bound. The platform's highest is kept longer, so the first update after a quiet day waits for nothing.
    await db
      .deleteFrom('messenger_seen')
      .where('seen_at', '<', at - EVENT_KEEP_MS)
      .where((eb) =>
        eb(
          'place',
          '<',
          eb
            .selectFrom('messenger_seen as top')
            .select((top) => top.fn.max('top.place').as('place'))
            .whereRef('top.platform', '=', 'messenger_seen.platform'),
        ),
      )
      .execute();
  }

  const store: MessengerStore = {
    shared: storage.dialect === 'postgres',
    async firstDelivery(platform, eventId) {
      const result = await insertEvent(db, { platform, id: eventId, at: now() });
      await sweep();
      return Number(result.numAffectedRows ?? 0n) > 0;
    },
    async remember(platform, key, value, ttlMs) {
      const at = now();
      await writeMemory(db, { platform, key, value: JSON.stringify(value), until: at + ttlMs, now: at });
      await sweep();
    },
    async recall<T>(platform: string, key: string) {
      const row = (await readMemory(db, { platform, key, now: now() })).rows[0];
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    async forget(platform, key) {
      await db.deleteFrom('messenger_memory').where('platform', '=', platform).where('key', '=', key).execute();
    },
    async enter(platform, chatId, eventId, place, recall, sequence = false) {
      const { rows } = await run<{ value: string | null }>(ENTER, [platform, chatId, eventId, place, now(), recall ?? null, sequence]);
      return parsed(rows[0]?.value);
    },
    async lowestGap(platform, gapMs) {
      const at = now();
      const { rows } = await run<{ place: string | null }>(LOWEST_GAP, [platform, at - gapMs, at - SEQUENCE_RESTART_MS]);
      const place = rows[0]?.place;
      return place === null || place === undefined ? undefined : Number(place);
    },
    async pass(platform, place) {
      await db
        .insertInto('messenger_seen')
        .values({ platform, place, seen_at: now() })
        .onConflict((oc) => oc.columns(['platform', 'place']).doNothing())
        .execute();
    },
    async leave(platform, chatId, eventId) {
      await db
        .deleteFrom('messenger_inbox')
        .where('platform', '=', platform)
        .where('chat_id', '=', chatId)
        .where('event_id', '=', eventId)
        .execute();
    },
    async claim(platform, chatId, eventId, options = {}) {
      if (storage.dialect !== 'postgres') {
        const first = eventId === undefined || (await store.firstDelivery(platform, eventId));
        return turnOf(platform, first, new Map(), async (writes) => {
          for (const [key, write] of writes)
            if (write) await writeMemory(db, { platform, key, value: write.value, until: write.until, now: now() });
            else await store.forget(platform, key);
        });
      }
      const { place, force = false, gapMs } = options;
      const holder = await storage.liveness();
      const token = `${holder}:${++claims}`;
      const at = now();
      const prefetch = options.prefetch ?? [];
      const { rows } = await run<{ leased: number; held: number; first: number; gap: boolean; recalled: Record<string, string> | null }>(
        CLAIM,
        [
          platform,
          chatId,
          place ?? null,
          at - INBOX_KEEP_MS,
          holder,
          token,
          at,
          force,
          at - LEASE_STALE_MS,
          eventId ?? null,
          prefetch,
          place === undefined || gapMs === undefined ? null : at - gapMs,
          at - SEQUENCE_RESTART_MS,
        ],
      );
      const row = rows[0]!;
      if (Number(row.leased) === 0) return row.gap ? 'gap' : 'wait';
      await sweep();
      const first = eventId === undefined || Number(row.first) > 0;
      // What the claim read is as of its start: if a lease was there then (freed or taken over since, so the previous
      // holder's writes may have come after), `recall` reads afresh instead.
      const fresh = Number(row.held) === 0;
      const known = new Map<string, unknown>(fresh ? prefetch.map((key) => [key, parsed(row.recalled?.[key])]) : []);
      return turnOf(platform, first, known, async (writes) => {
        // A forgotten key is written expired (see END).
        const rows = [...writes].map(([key, write]) => [key, write?.value ?? 'null', write?.until ?? 0] as const);
        await run(END, [
          platform,
          rows.map(([key]) => key),
          rows.map(([, value]) => value),
          rows.map(([, , until]) => until),
          chatId,
          eventId ?? null,
          token,
          now(),
        ]);
      });
    },
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
  return store;

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
