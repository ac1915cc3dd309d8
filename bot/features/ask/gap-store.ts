import { type Generated, type Kysely, type Selectable, sql } from 'kysely';
import type { Storage } from '../../storage/database';
import type { Migrations } from '../../storage/migrations';

/**
 * Knowledge gaps: questions about Party work the handbook could not answer. Each belongs to the chat it was
 * asked in (a group is a branch; a private chat belongs to its one member), so a secretary sees the gaps of
 * the chat they ask in and nobody sees a question asked in someone else's private chat.
 */

/** Longest question kept; longer text is cut (a gap names a question, it is not an archive of messages). */
export const GAP_MAX_CHARS = 120;

export interface Gap {
  id: number;
  question: string;
  chatKey: string;
  /** The member who asked last. */
  userKey: string;
  /** How many times it was asked in this chat while open. */
  times: number;
  nearest?: string;
  firstAskedAt: string;
  lastAskedAt: string;
}

export interface NewGap {
  question: string;
  chatKey: string;
  userKey: string;
  nearest?: string;
}

/** The feature's only way to its table; a PostgreSQL implementation can replace the SQLite one. */
export interface GapStore {
  /** Records a gap, or counts one more asking of the same open question in the same chat. */
  record(gap: NewGap, at: Date): Promise<void>;
  /** Open gaps of one chat, most recently asked first. */
  listOpen(chatKey: string, limit: number): Promise<Gap[]>;
  /** Marks a gap of this chat resolved; false when there is no such open gap in this chat. */
  resolve(chatKey: string, id: number, by: string, at: Date): Promise<boolean>;
}

type AskGapsTable = {
  /** Numbered by the database: an explicit NULL is refused by PostgreSQL's identity column. */
  id: Generated<number>;
  question: string;
  question_key: string;
  chat_key: string;
  user_key: string;
  times: number;
  nearest: string | null;
  first_asked_at: string;
  last_asked_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
};

type AskTables = {
  ask_gaps: AskGapsTable;
};

/** The same question asked twice, give or take punctuation, spaces and letter case. */
export function questionKey(question: string): string {
  return question.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

export const askMigrations: Migrations = {
  '0401_ask_gaps': {
    async up(db: Kysely<any>) {
      await sql`CREATE TABLE ask_gaps (
        id INTEGER PRIMARY KEY,
        question TEXT NOT NULL,
        question_key TEXT NOT NULL,
        chat_key TEXT NOT NULL,
        user_key TEXT NOT NULL,
        times INTEGER NOT NULL DEFAULT 1,
        nearest TEXT,
        first_asked_at TEXT NOT NULL,
        last_asked_at TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by TEXT
      )`.execute(db);
      // One open row per question and chat: recording again is a single atomic upsert, no read-then-write.
      await sql`CREATE UNIQUE INDEX ask_gaps_open ON ask_gaps (chat_key, question_key) WHERE resolved_at IS NULL`.execute(db);
      await sql`CREATE INDEX ask_gaps_chat ON ask_gaps (chat_key, last_asked_at)`.execute(db);
      // Gaps recorded by the knowledge layer before this feature owned them (kb_gaps) keep their chat; rows
      // without a chat cannot be shown to anyone under the new rule and are left behind.
      const old = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'kb_gaps'`.execute(db);
      if ((old.rows[0]?.n ?? 0) > 0) {
        const rows = await sql<{
          question: string;
          user_key: string | null;
          chat_key: string | null;
          nearest: string | null;
          asked_at: string;
        }>`
          SELECT question, user_key, chat_key, nearest, asked_at FROM kb_gaps WHERE chat_key IS NOT NULL ORDER BY id`.execute(db);
        const store = createSqliteGapStore(db as Kysely<AskTables>);
        for (const r of rows.rows)
          await store.record(
            { question: r.question, chatKey: r.chat_key!, userKey: r.user_key ?? r.chat_key!, nearest: r.nearest ?? undefined },
            new Date(r.asked_at),
          );
      }
    },
  },
};

function toGap(r: Selectable<AskGapsTable>): Gap {
  return {
    id: r.id,
    question: r.question,
    chatKey: r.chat_key,
    userKey: r.user_key,
    times: r.times,
    nearest: r.nearest ?? undefined,
    firstAskedAt: r.first_asked_at,
    lastAskedAt: r.last_asked_at,
  };
}

function createSqliteGapStore(db: Kysely<AskTables>): GapStore {
  return {
    async record(gap, at) {
      const question = gap.question.trim().replace(/\s+/g, ' ');
      const cut = [...question].length > GAP_MAX_CHARS ? `${[...question].slice(0, GAP_MAX_CHARS - 1).join('')}…` : question;
      const now = at.toISOString();
      await db
        .insertInto('ask_gaps')
        .values({
          question: cut,
          question_key: questionKey(cut),
          chat_key: gap.chatKey,
          user_key: gap.userKey,
          times: 1,
          nearest: gap.nearest ?? null,
          first_asked_at: now,
          last_asked_at: now,
          resolved_at: null,
          resolved_by: null,
        })
        .onConflict((oc) =>
          oc
            .columns(['chat_key', 'question_key'])
            .where('resolved_at', 'is', null)
            .doUpdateSet({ times: sql`ask_gaps.times + 1`, last_asked_at: now, user_key: gap.userKey, nearest: gap.nearest ?? null }),
        )
        .execute();
    },
    async listOpen(chatKey, limit) {
      const rows = await db
        .selectFrom('ask_gaps')
        .selectAll()
        .where('chat_key', '=', chatKey)
        .where('resolved_at', 'is', null)
        .orderBy('last_asked_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toGap);
    },
    async resolve(chatKey, id, by, at) {
      const result = await db
        .updateTable('ask_gaps')
        .set({ resolved_at: at.toISOString(), resolved_by: by })
        .where('id', '=', id)
        .where('chat_key', '=', chatKey)
        .where('resolved_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}

/** The gap store over the bot's SQLite database (tables from {@link askMigrations}). */
export function createGapStore(storage: Storage): GapStore {
  // Kysely's types are invariant in the schema: the store sees only its own table.
  return createSqliteGapStore(storage.db.withTables<AskTables>() as unknown as Kysely<AskTables>);
}
