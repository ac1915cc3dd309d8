import { type Compilable, CompiledQuery, createQueryId, type Generated, type Kysely, sql } from 'kysely';
import { pendingStateColumns, pendingStateOf, type StateRow } from '../../core/state';
import type { SqliteHandle, Storage } from '../../storage/database';
import { isPostgres } from '../../storage/dialect';
import type { Migrations } from '../../storage/migrations';
import { nameStatement } from '../../storage/named-statements';
import type { CoreTables } from '../../storage/schema';
import { ISSUE21_RENAMED_IDS } from './id-changes-issue21';
import { OWN_WORDS_RENAMED_IDS } from './id-changes-own-words';
import { renameQuestionIds } from './rename-questions';

/**
 * Storage of the quiz features: sessions (practice, review, mock exam), every answer given, the sequential
 * practice cursor, the wrong-answer notebook with its FSRS card, daily-quiz subscriptions and their rounds.
 * One Kysely implementation for SQLite and PostgreSQL; an answer is one transaction through the handle it passes.
 */

/** `study` is 背题模式: questions shown with their answers, nothing recorded. */
export type SessionKind = 'practice' | 'review' | 'exam' | 'study';
export type SessionStatus = 'active' | 'finished' | 'abandoned';

export interface SessionRow {
  id: number;
  user_key: string;
  chat_key: string;
  platform: string;
  chat_id: string;
  kind: SessionKind;
  level: string | null;
  topic: string | null;
  status: SessionStatus;
  /** JSON array of question ids (exam, review); null for sequential practice, which follows the cursor. */
  question_ids: string | null;
  position: number;
  current_qid: string | null;
  total: number;
  /** Letters toggled so far on the current multiple-choice question. */
  selection: string;
  answered: number;
  correct: number;
  started_at: string;
  deadline_at: string | null;
  finished_at: string | null;
  finish_reason: string | null;
  time_limit_min: number | null;
  pass_mark: number | null;
  score: number | null;
  passed: number | null;
}

export interface AttemptRow {
  id: number;
  user_key: string;
  question_id: string;
  level: string;
  topic: string;
  correct: number;
  given: string;
  answered_at: string;
  source: 'practice' | 'review' | 'exam' | 'daily' | 'study';
  session_id: number | null;
  round_id: number | null;
  position: number;
}

export interface WrongRow {
  user_key: string;
  question_id: string;
  added_at: string;
  last_wrong_at: string;
  wrong_count: number;
  correct_streak: number;
  card: string;
  due_at: string;
}

export interface SubscriptionRow {
  id: number;
  chat_key: string;
  platform: string;
  chat_id: string;
  kind: 'user' | 'group';
  owner_key: string;
  time_hm: string;
  count: number;
  level: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface RoundRow {
  id: number;
  subscription_id: number;
  date: string;
  question_ids: string;
  sent_at: string;
}

export const quizMigrations: Migrations = {
  '0250_quiz_practice': {
    async up(db: Kysely<any>) {
      await sql`CREATE TABLE quiz_sessions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_key TEXT NOT NULL,
        chat_key TEXT NOT NULL,
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        level TEXT,
        topic TEXT,
        status TEXT NOT NULL DEFAULT 'active',
        question_ids TEXT,
        position INTEGER NOT NULL DEFAULT 0,
        current_qid TEXT,
        total INTEGER NOT NULL DEFAULT 0,
        selection TEXT NOT NULL DEFAULT '',
        answered INTEGER NOT NULL DEFAULT 0,
        correct INTEGER NOT NULL DEFAULT 0,
        started_at TEXT NOT NULL,
        deadline_at TEXT,
        finished_at TEXT,
        finish_reason TEXT,
        time_limit_min INTEGER,
        pass_mark INTEGER,
        score REAL,
        passed INTEGER
      )`.execute(db);
      await sql`CREATE INDEX quiz_sessions_user ON quiz_sessions (user_key, kind, status)`.execute(db);
      await sql`CREATE TABLE quiz_attempts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_key TEXT NOT NULL,
        question_id TEXT NOT NULL,
        level TEXT NOT NULL,
        topic TEXT NOT NULL,
        correct INTEGER NOT NULL,
        given TEXT NOT NULL,
        answered_at TEXT NOT NULL,
        source TEXT NOT NULL,
        session_id INTEGER REFERENCES quiz_sessions (id),
        round_id INTEGER,
        position INTEGER NOT NULL
      )`.execute(db);
      // One answer per question of a session, one per member per question of a daily round.
      await sql`CREATE UNIQUE INDEX quiz_attempts_session ON quiz_attempts (session_id, position)`.execute(db);
      await sql`CREATE UNIQUE INDEX quiz_attempts_round ON quiz_attempts (round_id, user_key, position)`.execute(db);
      await sql`CREATE INDEX quiz_attempts_user ON quiz_attempts (user_key, answered_at)`.execute(db);
      await sql`CREATE TABLE quiz_cursors (
        user_key TEXT NOT NULL,
        scope TEXT NOT NULL,
        position INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (user_key, scope)
      )`.execute(db);
      await sql`CREATE TABLE quiz_wrong (
        user_key TEXT NOT NULL,
        question_id TEXT NOT NULL,
        added_at TEXT NOT NULL,
        last_wrong_at TEXT NOT NULL,
        wrong_count INTEGER NOT NULL,
        correct_streak INTEGER NOT NULL,
        card TEXT NOT NULL,
        due_at TEXT NOT NULL,
        PRIMARY KEY (user_key, question_id)
      )`.execute(db);
      await sql`CREATE INDEX quiz_wrong_due ON quiz_wrong (user_key, due_at)`.execute(db);
    },
  },
  '0251_quiz_daily': {
    async up(db: Kysely<any>) {
      await sql`CREATE TABLE quiz_subscriptions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        chat_key TEXT NOT NULL UNIQUE,
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        owner_key TEXT NOT NULL,
        time_hm TEXT NOT NULL,
        count INTEGER NOT NULL,
        level TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`.execute(db);
      await sql`CREATE TABLE quiz_daily_rounds (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        subscription_id INTEGER NOT NULL REFERENCES quiz_subscriptions (id),
        date TEXT NOT NULL,
        question_ids TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        UNIQUE (subscription_id, date)
      )`.execute(db);
    },
  },
  '0253_quiz_favourites': {
    async up(db: Kysely<any>) {
      // 收藏: questions a user starred, to list and practise later.
      await sql`CREATE TABLE quiz_favourites (
        user_key TEXT NOT NULL,
        question_id TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (user_key, question_id)
      )`.execute(db);
    },
  },
  '0256_quiz_attempts_round_partial': {
    async up(db: Kysely<any>) {
      // Practice, review and exam answers have no daily round: leaving them out of the round index keeps the same
      // uniqueness (NULLs never collide) and spares every such answer a write to an index nobody reads for it.
      await sql`DROP INDEX quiz_attempts_round`.execute(db);
      await sql`CREATE UNIQUE INDEX quiz_attempts_round ON quiz_attempts (round_id, user_key, position) WHERE round_id IS NOT NULL`.execute(
        db,
      );
    },
  },
  '0257_quiz_issue21_question_ids': {
    async up(db: Kysely<any>) {
      // The bank work of issue 21 reordered or reworded options of built-in questions, which changes their ids:
      // members' answers, notebook, stars and open rounds follow their questions to the new ids.
      await renameQuestionIds(db, ISSUE21_RENAMED_IDS);
    },
  },
  '0258_quiz_own_words_question_ids': {
    async up(db: Kysely<any>) {
      // Built-in questions whose stems or options were reworded in the project's own words have new ids: members'
      // answers, notebook, stars and open rounds follow them. Runs after 0257, so an id renamed twice ends at the last.
      await renameQuestionIds(db, OWN_WORDS_RENAMED_IDS);
    },
  },
  '0252_quiz_chat_banks': {
    async up(db: Kysely<any>) {
      // Which banks a chat practises (JSON array of bank names); no row means every bank.
      await sql`CREATE TABLE quiz_chat_banks (
        chat_key TEXT PRIMARY KEY,
        banks TEXT NOT NULL,
        set_by TEXT NOT NULL,
        set_at TEXT NOT NULL
      )`.execute(db);
    },
  },
};

/** The quiz tables as Kysely sees them (ids are generated on insert). */
export interface QuizTables {
  quiz_sessions: Omit<SessionRow, 'id' | 'status' | 'selection' | 'answered' | 'correct'> & {
    id: Generated<number>;
    status: Generated<SessionStatus>;
    selection: Generated<string>;
    answered: Generated<number>;
    correct: Generated<number>;
  };
  quiz_attempts: Omit<AttemptRow, 'id'> & { id: Generated<number> };
  quiz_cursors: { user_key: string; scope: string; position: number; updated_at: string };
  quiz_wrong: WrongRow;
  quiz_favourites: { user_key: string; question_id: string; added_at: string };
  quiz_subscriptions: Omit<SubscriptionRow, 'id'> & { id: Generated<number> };
  quiz_daily_rounds: Omit<RoundRow, 'id'> & { id: Generated<number> };
  quiz_chat_banks: { chat_key: string; banks: string; set_by: string; set_at: string };
}

export type QuizDb = Kysely<QuizTables & CoreTables>;

/** Inserting a session: what the caller decides; counters and status start at their defaults. */
export type NewSession = Omit<
  SessionRow,
  'id' | 'selection' | 'answered' | 'correct' | 'finished_at' | 'finish_reason' | 'score' | 'passed' | 'status'
>;

/** An answer that leaves its session open, as {@link QuizStore.recordAnswer} writes it. */
export interface RecordedAnswer {
  sessionId: number;
  /** Answers the session had when the answer was given: it is written only if it still has as many. */
  step: number;
  /** The question answered: the session's current one. */
  questionId: string;
  now: string;
  /** What was answered (absent when the question was skipped). */
  attempt?: Pick<AttemptRow, 'level' | 'topic' | 'correct' | 'given'>;
  wrong?: { save: WrongRow } | { remove: true };
  /** Sequential practice keeps its place per scope. */
  cursor?: { scope: string; position: number };
  next: { position: number; currentQid: string };
}

/** Per member of a subscription and round date: answers, correct answers and the round's size. */
export interface RoundResult {
  user_key: string;
  date: string;
  answered: number;
  correct: number;
  total: number;
}

/**
 * Everything the quiz features keep, behind one interface: handlers never see SQL. The same implementation runs
 * on SQLite and PostgreSQL.
 */
export interface QuizStore {
  /**
   * Runs `work` in one transaction, handing it a store bound to the transaction: every call inside must go through
   * `tx` (on SQLite a call through the outer store would wait for the transaction forever). Inside a transaction
   * already, `work` runs in it.
   */
  transaction<T>(work: (tx: QuizStore) => Promise<T>): Promise<T>;

  session(id: number): Promise<SessionRow | undefined>;
  /**
   * The session, its current question's row in the user's notebook and the pending state of the session's user in
   * its chat (one query): what deciding an answer and showing the next question read.
   */
  sessionForAnswer(id: number): Promise<{ session: SessionRow; notebook: WrongRow | undefined; state: StateRow | null } | undefined>;
  /**
   * The session, read inside a transaction and locked until it ends, so two answers pressed at once apply one after
   * the other (on PostgreSQL a row lock; SQLite's transaction holds the write lock from its start).
   */
  lockSession(id: number): Promise<SessionRow | undefined>;
  insertSession(row: NewSession): Promise<number>;
  /** Ends the user's other open practice, review and study sessions in this chat (their buttons become stale). */
  abandonOpenPractice(userKey: string, chatKey: string, now: string): Promise<void>;
  activeExam(userKey: string): Promise<SessionRow | undefined>;
  /** The user's open session in this chat (an exam first), if any. */
  activeSession(userKey: string, chatKey: string): Promise<SessionRow | undefined>;
  expiredExams(now: string): Promise<SessionRow[]>;
  examHistory(userKey: string, limit: number): Promise<SessionRow[]>;
  lastFinishedExam(userKey: string, chatKey: string): Promise<SessionRow | undefined>;
  setSelection(id: number, selection: string): Promise<void>;
  /** Moves the session on to `position` and returns the row as it is now (one statement: UPDATE … RETURNING). */
  advance(id: number, position: number, currentQid: string | null, correctDelta: number, answeredDelta: number): Promise<SessionRow>;
  /** Closes an open session; returns the row as it is now (one statement: UPDATE … RETURNING), or undefined if it was not open. */
  finish(id: number, now: string, reason: string, score: number | null, passed: boolean | null): Promise<SessionRow | undefined>;

  /**
   * One answer that leaves its session open, written at once: its attempt, the notebook change, the practice cursor
   * and the session moved on to its next question; but only while the session is as the answer saw it (open, at
   * `step`, on `questionId`, before its deadline at `now`). Returns the session as it is now and whether the user
   * starred its new current question, or undefined when it had moved meanwhile (then nothing is written). On
   * PostgreSQL one statement: no transaction, no row lock held across round trips; on SQLite one transaction.
   */
  recordAnswer(answer: RecordedAnswer): Promise<{ session: SessionRow; starred: boolean } | undefined>;

  /** False when this answer was already recorded (same session position, or same member and daily question). */
  insertAttempt(row: Omit<AttemptRow, 'id'>): Promise<boolean>;
  sessionAttempts(sessionId: number): Promise<AttemptRow[]>;
  userAttempts(userKey: string): Promise<AttemptRow[]>;
  roundAttempts(roundId: number): Promise<AttemptRow[]>;

  cursor(userKey: string, scope: string): Promise<number>;
  setCursor(userKey: string, scope: string, position: number, now: string): Promise<void>;

  wrong(userKey: string, questionId: string): Promise<WrongRow | undefined>;
  wrongList(userKey: string): Promise<WrongRow[]>;
  wrongDue(userKey: string, now: string, limit: number): Promise<WrongRow[]>;
  saveWrong(row: WrongRow): Promise<void>;
  deleteWrong(userKey: string, questionId: string): Promise<void>;

  isFavourite(userKey: string, questionId: string): Promise<boolean>;
  /** Stars or unstars a question; returns whether it is starred now. */
  toggleFavourite(userKey: string, questionId: string, now: string): Promise<boolean>;
  favourites(userKey: string): Promise<{ question_id: string; added_at: string }[]>;

  subscriptionByChat(chatKey: string): Promise<SubscriptionRow | undefined>;
  subscription(id: number): Promise<SubscriptionRow | undefined>;
  activeSubscriptions(): Promise<SubscriptionRow[]>;
  upsertSubscription(row: Omit<SubscriptionRow, 'id' | 'active' | 'created_at'>, now: string): Promise<SubscriptionRow>;
  deactivate(id: number, now: string): Promise<void>;
  round(id: number): Promise<RoundRow | undefined>;
  roundFor(subscriptionId: number, date: string): Promise<RoundRow | undefined>;
  /** Undefined when the subscription already has a round for that date. */
  insertRound(subscriptionId: number, date: string, questionIds: string[], now: string): Promise<RoundRow | undefined>;
  rounds(subscriptionId: number): Promise<RoundRow[]>;
  roundResults(subscriptionId: number): Promise<RoundResult[]>;

  /** The banks a chat practises: its own choice, else the default choice, else undefined for every bank. */
  chatBanks(chatKey: string): Promise<string[] | undefined>;
  /** Sets (or with undefined, clears back to every bank) the banks a chat practises. */
  setChatBanks(chatKey: string, banks: string[] | undefined, by: string, at: string): Promise<void>;

  /** The display name the core recorded for a user, if any. */
  userName(userKey: string): Promise<string | null>;
}

/** The row that holds the default banks (chosen in the web console) for chats that chose none. */
export const DEFAULT_BANKS_KEY = '*';

const quizDb = (db: Kysely<any>) => db as QuizDb;

/**
 * The web console's read of the default banks, on SQLite only.
 * @deprecated transitional: the console's own quiz queries (the web branch) replace it; the quiz uses its store.
 */
export function chatBanks(sqlite: SqliteHandle, chatKey: string): string[] | undefined {
  const row =
    sqlite.prepare<[string], { banks: string }>('SELECT banks FROM quiz_chat_banks WHERE chat_key = ?').get(chatKey) ??
    sqlite.prepare<[string], { banks: string }>('SELECT banks FROM quiz_chat_banks WHERE chat_key = ?').get(DEFAULT_BANKS_KEY);
  return row ? (JSON.parse(row.banks) as string[]) : undefined;
}

/**
 * The web console's write of the default banks, on SQLite only.
 * @deprecated transitional: the console's own quiz queries (the web branch) replace it; the quiz uses its store.
 */
export function setChatBanks(sqlite: SqliteHandle, chatKey: string, banks: string[] | undefined, by: string, at: string): void {
  if (!banks) sqlite.prepare('DELETE FROM quiz_chat_banks WHERE chat_key = ?').run(chatKey);
  else
    sqlite
      .prepare(
        'INSERT INTO quiz_chat_banks (chat_key, banks, set_by, set_at) VALUES (?, ?, ?, ?) ON CONFLICT(chat_key) DO UPDATE SET banks = excluded.banks, set_by = excluded.set_by, set_at = excluded.set_at',
      )
      .run(chatKey, JSON.stringify(banks), by, at);
}

/** The banks a chat practises: its own choice, else the default choice, else undefined for every bank. One query. */
async function readChatBanks(db: Kysely<any>, chatKey: string): Promise<string[] | undefined> {
  const rows = await quizDb(db)
    .selectFrom('quiz_chat_banks')
    .select(['chat_key', 'banks'])
    .where('chat_key', 'in', [chatKey, DEFAULT_BANKS_KEY])
    .execute();
  const row = rows.find((r) => r.chat_key === chatKey) ?? rows.find((r) => r.chat_key === DEFAULT_BANKS_KEY);
  return row ? (JSON.parse(row.banks) as string[]) : undefined;
}

/** Sets (or with undefined, clears back to every bank) the banks a chat practises. */
async function writeChatBanks(db: Kysely<any>, chatKey: string, banks: string[] | undefined, by: string, at: string): Promise<void> {
  if (!banks) {
    await quizDb(db).deleteFrom('quiz_chat_banks').where('chat_key', '=', chatKey).execute();
    return;
  }
  const row = { chat_key: chatKey, banks: JSON.stringify(banks), set_by: by, set_at: at };
  await quizDb(db)
    .insertInto('quiz_chat_banks')
    .values(row)
    .onConflict((oc) => oc.column('chat_key').doUpdateSet({ banks: row.banks, set_by: by, set_at: at }))
    .execute();
}

/** The quiz store over the bot's storage (SQLite or PostgreSQL). */
export function createQuizStore(storage: Pick<Storage, 'db' | 'transaction'>): QuizStore {
  return storeOver(quizDb(storage.db), (work) => storage.transaction((tx) => work(quizDb(tx))));
}

/** Marks a value slot in a statement compiled once by {@link prepared}. */
const SLOT = '\u0000slot:';

/**
 * A statement of the answer path, built and compiled once per dialect and afterwards only given its values: on
 * these one-row statements Kysely's builder and compiler cost about as much as SQLite's own work (profile of
 * `npm run bench -- core`). `build` receives named slots for the values (use each as a plain value, never spread).
 */
function prepared<V extends object, R>(build: (db: QuizDb, slots: V) => Compilable<R>) {
  const slots = new Proxy({} as V, { get: (_, key) => `${SLOT}${String(key)}` });
  const byAdapter = new WeakMap<object, { compiled: CompiledQuery<R>; take: (values: V) => unknown[] }>();
  return async (db: QuizDb, values: V): Promise<{ rows: R[]; changed: number }> => {
    const adapter = db.getExecutor().adapter;
    let statement = byAdapter.get(adapter);
    if (!statement) {
      const compiled = build(db, slots).compile();
      if (isPostgres(db)) nameStatement(compiled.sql);
      const keys = compiled.parameters.map((p) => (typeof p === 'string' && p.startsWith(SLOT) ? p.slice(SLOT.length) : undefined));
      const constants = compiled.parameters;
      const take = (v: V) => keys.map((key, i) => (key === undefined ? constants[i] : (v as Record<string, unknown>)[key]));
      statement = { compiled, take };
      byAdapter.set(adapter, statement);
    }
    const result = await db.executeQuery<R>({ ...statement.compiled, parameters: statement.take(values), queryId: createQueryId() });
    return { rows: result.rows, changed: Number(result.numAffectedRows ?? 0) };
  };
}

const selectSession = prepared((db, v: { id: number }) => db.selectFrom('quiz_sessions').selectAll().where('id', '=', v.id));
const selectSessionForAnswer = prepared((db, v: { id: number }) =>
  db
    .selectFrom('quiz_sessions as s')
    .leftJoin('quiz_wrong as w', (join) => join.onRef('w.user_key', '=', 's.user_key').onRef('w.question_id', '=', 's.current_qid'))
    .leftJoin('conversation_state as cs', (join) => join.onRef('cs.chat_key', '=', 's.chat_key').onRef('cs.user_key', '=', 's.user_key'))
    .selectAll('s')
    .select(pendingStateColumns)
    .select([
      'w.added_at as w_added_at',
      'w.last_wrong_at as w_last_wrong_at',
      'w.wrong_count as w_wrong_count',
      'w.correct_streak as w_correct_streak',
      'w.card as w_card',
      'w.due_at as w_due_at',
    ])
    .where('s.id', '=', v.id),
);
const lockSession = prepared((db, v: { id: number }) => {
  const query = db.selectFrom('quiz_sessions').selectAll().where('id', '=', v.id);
  return isPostgres(db) ? query.forUpdate() : query;
});
const advanceSession = prepared(
  (db, v: { id: number; position: number; currentQid: string | null; correctDelta: number; answeredDelta: number }) =>
    db
      .updateTable('quiz_sessions')
      .set((eb) => ({
        position: v.position,
        current_qid: v.currentQid,
        selection: '',
        correct: eb('correct', '+', v.correctDelta),
        answered: eb('answered', '+', v.answeredDelta),
      }))
      .where('id', '=', v.id)
      .returningAll(),
);
// No conflict target: either unique index (session position, or member and daily question) makes it a repeat.
const insertAttempt = prepared((db, v: Omit<AttemptRow, 'id'>) =>
  db
    .insertInto('quiz_attempts')
    .values({
      user_key: v.user_key,
      question_id: v.question_id,
      level: v.level,
      topic: v.topic,
      correct: v.correct,
      given: v.given,
      answered_at: v.answered_at,
      source: v.source,
      session_id: v.session_id,
      round_id: v.round_id,
      position: v.position,
    })
    .onConflict((oc) => oc.doNothing()),
);
const selectWrong = prepared((db, v: { userKey: string; questionId: string }) =>
  db.selectFrom('quiz_wrong').selectAll().where('user_key', '=', v.userKey).where('question_id', '=', v.questionId),
);
const saveWrong = prepared((db, v: WrongRow) =>
  db
    .insertInto('quiz_wrong')
    .values({
      user_key: v.user_key,
      question_id: v.question_id,
      added_at: v.added_at,
      last_wrong_at: v.last_wrong_at,
      wrong_count: v.wrong_count,
      correct_streak: v.correct_streak,
      card: v.card,
      due_at: v.due_at,
    })
    .onConflict((oc) =>
      oc.columns(['user_key', 'question_id']).doUpdateSet((eb) => ({
        last_wrong_at: eb.ref('excluded.last_wrong_at'),
        wrong_count: eb.ref('excluded.wrong_count'),
        correct_streak: eb.ref('excluded.correct_streak'),
        card: eb.ref('excluded.card'),
        due_at: eb.ref('excluded.due_at'),
      })),
    ),
);
const saveCursor = prepared((db, v: { userKey: string; scope: string; position: number; now: string }) =>
  db
    .insertInto('quiz_cursors')
    .values({ user_key: v.userKey, scope: v.scope, position: v.position, updated_at: v.now })
    .onConflict((oc) =>
      oc
        .columns(['user_key', 'scope'])
        .doUpdateSet((eb) => ({ position: eb.ref('excluded.position'), updated_at: eb.ref('excluded.updated_at') })),
    ),
);
const selectFavourite = prepared((db, v: { userKey: string; questionId: string }) =>
  db.selectFrom('quiz_favourites').select('question_id').where('user_key', '=', v.userKey).where('question_id', '=', v.questionId),
);

// The guarded move of {@link QuizStore.recordAnswer} on SQLite: no row unless the session is as the answer saw it.
const advanceIfUnchanged = prepared(
  (db, v: { id: number; step: number; questionId: string; now: string; position: number; currentQid: string; correctDelta: number }) =>
    db
      .updateTable('quiz_sessions')
      .set((eb) => ({
        position: v.position,
        current_qid: v.currentQid,
        selection: '',
        correct: eb('correct', '+', v.correctDelta),
        answered: eb('answered', '+', 1),
      }))
      .where('id', '=', v.id)
      .where('status', '=', 'active')
      .where('answered', '=', v.step)
      .where('current_qid', '=', v.questionId)
      .where((eb) => eb.or([eb('deadline_at', 'is', null), eb('deadline_at', '>', v.now)]))
      .returningAll(),
);

/** {@link QuizStore.recordAnswer} on SQLite: the same writes in one transaction (in-process, so no round trips). */
async function recordAnswerInTransaction(tx: QuizDb, a: RecordedAnswer): Promise<{ session: SessionRow; starred: boolean } | undefined> {
  const correctDelta = a.attempt?.correct ?? 0;
  const { rows } = await advanceIfUnchanged(tx, {
    id: a.sessionId,
    step: a.step,
    questionId: a.questionId,
    now: a.now,
    ...a.next,
    correctDelta,
  });
  const s = rows[0];
  if (!s) return undefined;
  if (a.attempt)
    await insertAttempt(tx, {
      ...a.attempt,
      user_key: s.user_key,
      question_id: a.questionId,
      answered_at: a.now,
      source: s.kind,
      session_id: s.id,
      round_id: null,
      position: a.step,
    });
  if (a.wrong && 'save' in a.wrong) await saveWrong(tx, a.wrong.save);
  else if (a.wrong) await tx.deleteFrom('quiz_wrong').where('user_key', '=', s.user_key).where('question_id', '=', a.questionId).execute();
  if (a.cursor) await saveCursor(tx, { userKey: s.user_key, scope: a.cursor.scope, position: a.cursor.position, now: a.now });
  const starred = (await selectFavourite(tx, { userKey: s.user_key, questionId: a.next.currentQid })).rows.length > 0;
  return { session: s, starred };
}

/**
 * {@link QuizStore.recordAnswer} on PostgreSQL: one statement whose parts each write only when the guarded UPDATE of
 * the session matched (they select FROM it), so it is atomic without a transaction around several round trips. A
 * second press of the same button waits for the first's row lock, then finds `answered` moved and matches nothing.
 * Parameters are cast: in INSERT … SELECT PostgreSQL cannot infer their types from the target columns.
 */
function recordAnswerStatement(a: RecordedAnswer): CompiledQuery<SessionRow & { starred: boolean }> {
  const parameters: unknown[] = [];
  const p = (value: unknown, type: 'text' | 'bigint') => {
    parameters.push(value);
    return `$${parameters.length}::${type}`;
  };
  const qid = p(a.questionId, 'text');
  const now = p(a.now, 'text');
  const step = p(a.step, 'bigint');
  const parts = [
    `s AS (UPDATE quiz_sessions SET position = ${p(a.next.position, 'bigint')}, current_qid = ${p(a.next.currentQid, 'text')}, selection = '',
       correct = correct + ${p(a.attempt?.correct ?? 0, 'bigint')}, answered = answered + 1
     WHERE id = ${p(a.sessionId, 'bigint')} AND status = 'active' AND answered = ${step} AND current_qid = ${qid}
       AND (deadline_at IS NULL OR deadline_at > ${now})
     RETURNING *)`,
  ];
  if (a.attempt) {
    const { level, topic, correct, given } = a.attempt;
    parts.push(`a AS (INSERT INTO quiz_attempts (user_key, question_id, level, topic, correct, given, answered_at, source, session_id, position)
      SELECT s.user_key, ${qid}, ${p(level, 'text')}, ${p(topic, 'text')}, ${p(correct, 'bigint')}, ${p(given, 'text')}, ${now}, s.kind, s.id, ${step}
      FROM s ON CONFLICT DO NOTHING)`);
  }
  if (a.wrong && 'save' in a.wrong) {
    const w = a.wrong.save;
    parts.push(`w AS (INSERT INTO quiz_wrong (user_key, question_id, added_at, last_wrong_at, wrong_count, correct_streak, card, due_at)
      SELECT s.user_key, ${qid}, ${p(w.added_at, 'text')}, ${p(w.last_wrong_at, 'text')}, ${p(w.wrong_count, 'bigint')},
        ${p(w.correct_streak, 'bigint')}, ${p(w.card, 'text')}, ${p(w.due_at, 'text')}
      FROM s ON CONFLICT (user_key, question_id) DO UPDATE SET last_wrong_at = excluded.last_wrong_at, wrong_count = excluded.wrong_count,
        correct_streak = excluded.correct_streak, card = excluded.card, due_at = excluded.due_at)`);
  } else if (a.wrong) {
    parts.push(`w AS (DELETE FROM quiz_wrong WHERE user_key = (SELECT user_key FROM s) AND question_id = ${qid})`);
  }
  if (a.cursor) {
    parts.push(`c AS (INSERT INTO quiz_cursors (user_key, scope, position, updated_at)
      SELECT s.user_key, ${p(a.cursor.scope, 'text')}, ${p(a.cursor.position, 'bigint')}, ${now} FROM s
      ON CONFLICT (user_key, scope) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at)`);
  }
  const starred = 'EXISTS (SELECT 1 FROM quiz_favourites f WHERE f.user_key = s.user_key AND f.question_id = s.current_qid) AS starred';
  const text = `WITH ${parts.join(',\n')}\nSELECT s.*, ${starred} FROM s`;
  // One text per combination of parts (12 at most), values only in parameters: it may be a named statement.
  nameStatement(text);
  return CompiledQuery.raw(text, parameters) as CompiledQuery<SessionRow & { starred: boolean }>;
}

/** Runs work in a transaction over its handle (or, inside one already, over the same handle). */
type InTransaction = <T>(work: (tx: QuizDb) => Promise<T>) => Promise<T>;

function storeOver(db: QuizDb, inTransaction: InTransaction): QuizStore {
  // Methods, not arrow properties: a store is made per transaction, and methods cost nothing to name.
  const store: QuizStore = {
    // Inside the transaction every call goes through its handle; a nested transaction is the same one.
    transaction(work) {
      return inTransaction((tx) => work(tx === db ? store : storeOver(tx, (inner) => inner(tx))));
    },

    // ---- sessions
    async session(id) {
      return (await selectSession(db, { id })).rows[0];
    },
    async lockSession(id) {
      return (await lockSession(db, { id })).rows[0];
    },
    async recordAnswer(answer) {
      if (!isPostgres(db)) return inTransaction((tx) => recordAnswerInTransaction(tx, answer));
      const row = (await db.executeQuery(recordAnswerStatement(answer))).rows[0];
      if (!row) return undefined;
      const { starred, ...session } = row;
      return { session, starred };
    },
    async sessionForAnswer(id) {
      const row = (await selectSessionForAnswer(db, { id })).rows[0];
      if (!row) return undefined;
      const {
        w_added_at,
        w_last_wrong_at,
        w_wrong_count,
        w_correct_streak,
        w_card,
        w_due_at,
        cs_feature,
        cs_data,
        cs_expires_at,
        ...session
      } = row;
      const notebook =
        w_card === null
          ? undefined
          : {
              user_key: session.user_key,
              question_id: session.current_qid!,
              added_at: w_added_at!,
              last_wrong_at: w_last_wrong_at!,
              wrong_count: w_wrong_count!,
              correct_streak: w_correct_streak!,
              card: w_card,
              due_at: w_due_at!,
            };
      return { session, notebook, state: pendingStateOf({ cs_feature, cs_data, cs_expires_at }) };
    },
    async insertSession(row) {
      const inserted = await db.insertInto('quiz_sessions').values(row).returning('id').executeTakeFirstOrThrow();
      return Number(inserted.id);
    },
    async abandonOpenPractice(userKey, chatKey, now) {
      await db
        .updateTable('quiz_sessions')
        .set({ status: 'abandoned', finished_at: now, finish_reason: 'replaced' })
        .where('user_key', '=', userKey)
        .where('chat_key', '=', chatKey)
        .where('status', '=', 'active')
        .where('kind', 'in', ['practice', 'review', 'study'])
        .execute();
    },
    activeExam(userKey) {
      return db
        .selectFrom('quiz_sessions')
        .selectAll()
        .where('user_key', '=', userKey)
        .where('kind', '=', 'exam')
        .where('status', '=', 'active')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },
    activeSession(userKey, chatKey) {
      return db
        .selectFrom('quiz_sessions')
        .selectAll()
        .where('user_key', '=', userKey)
        .where('chat_key', '=', chatKey)
        .where('status', '=', 'active')
        .orderBy(sql`CASE WHEN kind = 'exam' THEN 1 ELSE 0 END`, 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },
    expiredExams(now) {
      return db
        .selectFrom('quiz_sessions')
        .selectAll()
        .where('kind', '=', 'exam')
        .where('status', '=', 'active')
        .where('deadline_at', '<=', now)
        .execute();
    },
    examHistory(userKey, limit) {
      return db
        .selectFrom('quiz_sessions')
        .selectAll()
        .where('user_key', '=', userKey)
        .where('kind', '=', 'exam')
        .where('status', '=', 'finished')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },
    lastFinishedExam(userKey, chatKey) {
      return db
        .selectFrom('quiz_sessions')
        .selectAll()
        .where('user_key', '=', userKey)
        .where('chat_key', '=', chatKey)
        .where('kind', '=', 'exam')
        .where('status', '=', 'finished')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },
    async setSelection(id, selection) {
      await db.updateTable('quiz_sessions').set({ selection }).where('id', '=', id).execute();
    },
    async advance(id, position, currentQid, correctDelta, answeredDelta) {
      const { rows } = await advanceSession(db, { id, position, currentQid, correctDelta, answeredDelta });
      if (!rows[0]) throw new Error(`quiz session ${id} not found`);
      return rows[0];
    },
    finish(id, now, reason, score, passed) {
      return db
        .updateTable('quiz_sessions')
        .set({ status: 'finished', finished_at: now, finish_reason: reason, score, passed: passed === null ? null : passed ? 1 : 0 })
        .where('id', '=', id)
        .where('status', '=', 'active')
        .returningAll()
        .executeTakeFirst();
    },
    // ---- attempts
    async insertAttempt(row) {
      return (await insertAttempt(db, row)).changed === 1;
    },
    sessionAttempts(sessionId) {
      return db.selectFrom('quiz_attempts').selectAll().where('session_id', '=', sessionId).orderBy('position').execute();
    },
    userAttempts(userKey) {
      return db.selectFrom('quiz_attempts').selectAll().where('user_key', '=', userKey).orderBy('answered_at').orderBy('id').execute();
    },
    roundAttempts(roundId) {
      return db.selectFrom('quiz_attempts').selectAll().where('round_id', '=', roundId).orderBy('id').execute();
    },
    // ---- sequential cursor
    async cursor(userKey, scope) {
      const row = await db
        .selectFrom('quiz_cursors')
        .select('position')
        .where('user_key', '=', userKey)
        .where('scope', '=', scope)
        .executeTakeFirst();
      return row?.position ?? 0;
    },
    async setCursor(userKey, scope, position, now) {
      await saveCursor(db, { userKey, scope, position, now });
    },

    // ---- wrong-answer notebook
    async wrong(userKey, questionId) {
      return (await selectWrong(db, { userKey, questionId })).rows[0];
    },
    wrongList(userKey) {
      return db.selectFrom('quiz_wrong').selectAll().where('user_key', '=', userKey).orderBy('due_at').orderBy('question_id').execute();
    },
    wrongDue(userKey, now, limit) {
      return db
        .selectFrom('quiz_wrong')
        .selectAll()
        .where('user_key', '=', userKey)
        .where('due_at', '<=', now)
        .orderBy('due_at')
        .orderBy('question_id')
        .limit(limit)
        .execute();
    },
    async saveWrong(row) {
      await saveWrong(db, row);
    },
    async deleteWrong(userKey, questionId) {
      await db.deleteFrom('quiz_wrong').where('user_key', '=', userKey).where('question_id', '=', questionId).execute();
    },

    // ---- favourites (收藏)
    async isFavourite(userKey, questionId) {
      return (await selectFavourite(db, { userKey, questionId })).rows.length > 0;
    },
    toggleFavourite(userKey, questionId, now) {
      return inTransaction(async (tx) => {
        const removed = await tx
          .deleteFrom('quiz_favourites')
          .where('user_key', '=', userKey)
          .where('question_id', '=', questionId)
          .executeTakeFirst();
        if (Number(removed.numDeletedRows) > 0) return false;
        // Two stars pressed at once (on PostgreSQL) both find nothing to remove: the second insert is a no-op.
        await tx
          .insertInto('quiz_favourites')
          .values({ user_key: userKey, question_id: questionId, added_at: now })
          .onConflict((oc) => oc.columns(['user_key', 'question_id']).doNothing())
          .execute();
        return true;
      });
    },
    favourites(userKey) {
      return db
        .selectFrom('quiz_favourites')
        .select(['question_id', 'added_at'])
        .where('user_key', '=', userKey)
        .orderBy('added_at')
        .orderBy('question_id')
        .execute();
    },
    // ---- daily quiz
    subscriptionByChat(chatKey) {
      return db.selectFrom('quiz_subscriptions').selectAll().where('chat_key', '=', chatKey).executeTakeFirst();
    },
    subscription(id) {
      return db.selectFrom('quiz_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
    },
    activeSubscriptions() {
      return db.selectFrom('quiz_subscriptions').selectAll().where('active', '=', 1).orderBy('id').execute();
    },
    upsertSubscription(row, now) {
      return db
        .insertInto('quiz_subscriptions')
        .values({ ...row, active: 1, created_at: now, updated_at: now })
        .onConflict((oc) =>
          oc.column('chat_key').doUpdateSet({
            owner_key: row.owner_key,
            time_hm: row.time_hm,
            count: row.count,
            level: row.level,
            kind: row.kind,
            active: 1,
            updated_at: now,
          }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    async deactivate(id, now) {
      await db.updateTable('quiz_subscriptions').set({ active: 0, updated_at: now }).where('id', '=', id).execute();
    },
    round(id) {
      return db.selectFrom('quiz_daily_rounds').selectAll().where('id', '=', id).executeTakeFirst();
    },
    roundFor(subscriptionId, date) {
      return db
        .selectFrom('quiz_daily_rounds')
        .selectAll()
        .where('subscription_id', '=', subscriptionId)
        .where('date', '=', date)
        .executeTakeFirst();
    },
    insertRound(subscriptionId, date, questionIds, now) {
      return db
        .insertInto('quiz_daily_rounds')
        .values({ subscription_id: subscriptionId, date, question_ids: JSON.stringify(questionIds), sent_at: now })
        .onConflict((oc) => oc.columns(['subscription_id', 'date']).doNothing())
        .returningAll()
        .executeTakeFirst();
    },
    rounds(subscriptionId) {
      return db.selectFrom('quiz_daily_rounds').selectAll().where('subscription_id', '=', subscriptionId).orderBy('date').execute();
    },
    /** Per member of a subscription: answers and correct answers per round date (the round's size counted here, not in SQL). */
    async roundResults(subscriptionId) {
      const rows = await db
        .selectFrom('quiz_attempts as a')
        .innerJoin('quiz_daily_rounds as r', 'r.id', 'a.round_id')
        .select((eb) => [
          'a.user_key',
          'r.date',
          'r.question_ids',
          eb.fn.countAll<number>().as('answered'),
          eb.fn.sum<number>('a.correct').as('correct'),
        ])
        .where('r.subscription_id', '=', subscriptionId)
        .groupBy(['a.user_key', 'r.id', 'r.date', 'r.question_ids'])
        .orderBy('r.date')
        .orderBy('a.user_key')
        .execute();
      return rows.map((r) => ({
        user_key: r.user_key,
        date: r.date,
        answered: Number(r.answered),
        correct: Number(r.correct ?? 0),
        total: (JSON.parse(r.question_ids) as string[]).length,
      }));
    },

    chatBanks(chatKey) {
      return readChatBanks(db, chatKey);
    },
    setChatBanks(chatKey, banks, by, at) {
      return writeChatBanks(db, chatKey, banks, by, at);
    },
    async userName(userKey) {
      const row = await db.selectFrom('users').select('name').where('key', '=', userKey).executeTakeFirst();
      return row?.name ?? null;
    },
  };
  return store;
}
