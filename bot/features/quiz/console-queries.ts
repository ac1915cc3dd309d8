import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Storage } from '../../storage/database';
import { DEFAULT_BANKS_KEY } from './storage';

/**
 * What the web console reads of practice, mock exams and the default banks: portable SQL (SQLite and PostgreSQL),
 * async, one query per figure. The console names none of the quiz's tables. Reads take the members in view as
 * user keys (the console learns them from the reminders feature's rosters): undefined for everyone.
 */

/** The columns these reads use; the quiz's own store owns the full rows. */
type ConsoleQuizTables = {
  quiz_attempts: { user_key: string; level: string; correct: number; answered_at: string };
  quiz_sessions: { user_key: string; kind: string; level: string | null; status: string; passed: number | null; started_at: string };
  quiz_chat_banks: { chat_key: string; banks: string; set_by: string; set_at: string };
};

/** User keys in view; undefined for everyone. */
export type MemberScope = string[] | undefined;

export interface MemberPractice {
  userKey: string;
  level: string;
  answers: number;
  correct: number;
}

export interface PracticeBucket {
  answers: number;
  correct: number;
  /** Distinct members who answered. */
  members: number;
}

function ofMembers(column: string, keys: MemberScope): Expression<SqlBool> {
  if (keys === undefined) return sql<SqlBool>`1 = 1`;
  if (keys.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`${sql.ref(column)} IN (${sql.join(keys)})`;
}

/**
 * The index of the interval an instant falls in, for boundaries b0 < b1 < … < bn (ISO-8601 text compares the same
 * on both databases): 0 for [b0, b1), … Days and weeks are cut where the caller says (a local midnight), not at UTC.
 */
function bucketOf(column: string, boundaries: string[]): RawBuilder<number> {
  const inner = boundaries.slice(1, -1).map((b, i) => sql`WHEN ${sql.ref(column)} < ${b} THEN ${sql.lit(i)}`);
  return sql<number>`CASE ${sql.join(inner, sql` `)} ELSE ${sql.lit(boundaries.length - 2)} END`;
}

export function createQuizConsoleQueries(storage: Storage) {
  const db = storage.db.withTables<ConsoleQuizTables>() as unknown as Kysely<ConsoleQuizTables>;

  /** Answers per interval between the boundaries. */
  async function buckets(boundaries: string[], keys: MemberScope): Promise<PracticeBucket[]> {
    const result = Array.from({ length: boundaries.length - 1 }, () => ({ answers: 0, correct: 0, members: 0 }));
    if (result.length === 0) return result;
    const rows = await db
      .selectFrom('quiz_attempts')
      .select((eb) => [
        bucketOf('answered_at', boundaries).as('bucket'),
        eb.fn.countAll<number>().as('answers'),
        eb.fn.sum<number>('correct').as('correct'),
        eb.fn.count<number>('user_key').distinct().as('members'),
      ])
      .where('answered_at', '>=', boundaries[0]!)
      .where('answered_at', '<', boundaries.at(-1)!)
      .where(ofMembers('user_key', keys))
      .groupBy(sql`1`)
      .execute();
    for (const r of rows)
      result[Number(r.bucket)] = { answers: Number(r.answers), correct: Number(r.correct ?? 0), members: Number(r.members) };
    return result;
  }

  return {
    /** Answers and correct answers per member and level since an instant. */
    async practiceByMember(since: string, keys: MemberScope): Promise<MemberPractice[]> {
      const rows = await db
        .selectFrom('quiz_attempts')
        .select((eb) => ['user_key', 'level', eb.fn.countAll<number>().as('answers'), eb.fn.sum<number>('correct').as('correct')])
        .where('answered_at', '>=', since)
        .where(ofMembers('user_key', keys))
        .groupBy(['user_key', 'level'])
        .execute();
      return rows.map((r) => ({ userKey: r.user_key, level: r.level, answers: Number(r.answers), correct: Number(r.correct ?? 0) }));
    },

    /** Answers, correct answers and members who answered, per interval between consecutive boundaries. */
    practiceBetween: buckets,

    /** Finished mock exams with a verdict since an instant, per level. */
    async examsByLevel(since: string, keys: MemberScope): Promise<Map<string, { total: number; passed: number }>> {
      const rows = await db
        .selectFrom('quiz_sessions')
        .select((eb) => ['level', eb.fn.countAll<number>().as('total'), eb.fn.sum<number>('passed').as('passed')])
        .where('kind', '=', 'exam')
        .where('status', '=', 'finished')
        .where('passed', 'is not', null)
        .where('started_at', '>=', since)
        .where(ofMembers('user_key', keys))
        .groupBy('level')
        .execute();
      return new Map(rows.map((r) => [r.level ?? '', { total: Number(r.total), passed: Number(r.passed ?? 0) }]));
    },

    /** The banks chats practise when they chose none (set in the console); undefined for every bank. */
    async defaultBanks(): Promise<string[] | undefined> {
      const row = await db.selectFrom('quiz_chat_banks').select('banks').where('chat_key', '=', DEFAULT_BANKS_KEY).executeTakeFirst();
      return row ? (JSON.parse(row.banks) as string[]) : undefined;
    },

    /** Sets the default banks; undefined goes back to every bank. */
    async setDefaultBanks(banks: string[] | undefined, by: string, at: string): Promise<void> {
      if (!banks) {
        await db.deleteFrom('quiz_chat_banks').where('chat_key', '=', DEFAULT_BANKS_KEY).execute();
        return;
      }
      const row = { chat_key: DEFAULT_BANKS_KEY, banks: JSON.stringify(banks), set_by: by, set_at: at };
      await db
        .insertInto('quiz_chat_banks')
        .values(row)
        .onConflict((oc) => oc.column('chat_key').doUpdateSet({ banks: row.banks, set_by: by, set_at: at }))
        .execute();
    },
  };
}

export type QuizConsoleQueries = ReturnType<typeof createQuizConsoleQueries>;
