import { type Kysely, sql } from 'kysely';
import type { SqliteHandle } from '../../storage/database';
import type { Migrations } from '../../storage/migrations';

/**
 * Storage of the quiz features: sessions (practice, review, mock exam), every answer given, the sequential
 * practice cursor, the wrong-answer notebook with its FSRS card, daily-quiz subscriptions and their rounds.
 * Queries use the raw better-sqlite3 handle so that one answer is one synchronous transaction.
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

/** Inserting a session: what the caller decides; counters and status start at their defaults. */
export type NewSession = Omit<
  SessionRow,
  'id' | 'selection' | 'answered' | 'correct' | 'finished_at' | 'finish_reason' | 'score' | 'passed' | 'status'
>;

/** Per member of a subscription and round date: answers, correct answers and the round's size. */
export interface RoundResult {
  user_key: string;
  date: string;
  answered: number;
  correct: number;
  total: number;
}

/**
 * Everything the quiz features keep, behind one interface: handlers never see SQL. The SQLite implementation
 * below is synchronous (one answer = one transaction); a PostgreSQL one would implement the same contract.
 */
export interface QuizStore {
  /** One read-then-write unit, holding the write lock from the start. */
  transaction<T>(work: () => T): T;

  session(id: number): SessionRow | undefined;
  insertSession(row: NewSession): number;
  /** Ends the user's other open practice, review and study sessions in this chat (their buttons become stale). */
  abandonOpenPractice(userKey: string, chatKey: string, now: string): void;
  activeExam(userKey: string): SessionRow | undefined;
  /** The user's open session in this chat (an exam first), if any. */
  activeSession(userKey: string, chatKey: string): SessionRow | undefined;
  expiredExams(now: string): SessionRow[];
  examHistory(userKey: string, limit: number): SessionRow[];
  lastFinishedExam(userKey: string, chatKey: string): SessionRow | undefined;
  setSelection(id: number, selection: string): void;
  /** Moves the session on to `position` and returns the row as it is now (one statement: UPDATE … RETURNING). */
  advance(id: number, position: number, currentQid: string | null, correctDelta: number, answeredDelta: number): SessionRow;
  finish(id: number, now: string, reason: string, score: number | null, passed: boolean | null): void;

  /** False when this answer was already recorded (same session position, or same member and daily question). */
  insertAttempt(row: Omit<AttemptRow, 'id'>): boolean;
  sessionAttempts(sessionId: number): AttemptRow[];
  userAttempts(userKey: string): AttemptRow[];
  roundAttempts(roundId: number): AttemptRow[];

  cursor(userKey: string, scope: string): number;
  setCursor(userKey: string, scope: string, position: number, now: string): void;

  wrong(userKey: string, questionId: string): WrongRow | undefined;
  wrongList(userKey: string): WrongRow[];
  wrongDue(userKey: string, now: string, limit: number): WrongRow[];
  saveWrong(row: WrongRow): void;
  deleteWrong(userKey: string, questionId: string): void;

  isFavourite(userKey: string, questionId: string): boolean;
  /** Stars or unstars a question; returns whether it is starred now. */
  toggleFavourite(userKey: string, questionId: string, now: string): boolean;
  favourites(userKey: string): { question_id: string; added_at: string }[];

  subscriptionByChat(chatKey: string): SubscriptionRow | undefined;
  subscription(id: number): SubscriptionRow | undefined;
  activeSubscriptions(): SubscriptionRow[];
  upsertSubscription(row: Omit<SubscriptionRow, 'id' | 'active' | 'created_at'>, now: string): SubscriptionRow;
  deactivate(id: number, now: string): void;
  round(id: number): RoundRow | undefined;
  roundFor(subscriptionId: number, date: string): RoundRow | undefined;
  /** Undefined when the subscription already has a round for that date. */
  insertRound(subscriptionId: number, date: string, questionIds: string[], now: string): RoundRow | undefined;
  rounds(subscriptionId: number): RoundRow[];
  roundResults(subscriptionId: number): RoundResult[];

  /** The banks a chat practises, or undefined for every bank. */
  chatBanks(chatKey: string): string[] | undefined;
  /** Sets (or with undefined, clears back to every bank) the banks a chat practises. */
  setChatBanks(chatKey: string, banks: string[] | undefined, by: string, at: string): void;

  /** The display name the core recorded for a user, if any. */
  userName(userKey: string): string | null;
}

/** The row that holds the default banks (chosen in the web console) for chats that chose none. */
export const DEFAULT_BANKS_KEY = '*';

/** The banks a chat practises: its own choice, else the default choice, else undefined for every bank. */
export function chatBanks(sqlite: SqliteHandle, chatKey: string): string[] | undefined {
  const row =
    sqlite.prepare<[string], { banks: string }>('SELECT banks FROM quiz_chat_banks WHERE chat_key = ?').get(chatKey) ??
    sqlite.prepare<[string], { banks: string }>('SELECT banks FROM quiz_chat_banks WHERE chat_key = ?').get(DEFAULT_BANKS_KEY);
  return row ? (JSON.parse(row.banks) as string[]) : undefined;
}

/** Sets (or with undefined, clears back to every bank) the banks a chat practises. */
export function setChatBanks(sqlite: SqliteHandle, chatKey: string, banks: string[] | undefined, by: string, at: string): void {
  if (!banks) sqlite.prepare('DELETE FROM quiz_chat_banks WHERE chat_key = ?').run(chatKey);
  else
    sqlite
      .prepare(
        'INSERT INTO quiz_chat_banks (chat_key, banks, set_by, set_at) VALUES (?, ?, ?, ?) ON CONFLICT(chat_key) DO UPDATE SET banks = excluded.banks, set_by = excluded.set_by, set_at = excluded.set_at',
      )
      .run(chatKey, JSON.stringify(banks), by, at);
}

/** The SQLite implementation: typed rows over the raw better-sqlite3 handle, so one answer is one synchronous transaction. */
export function createQuizStore(sqlite: SqliteHandle): QuizStore {
  const q = <T>(text: string) => sqlite.prepare<unknown[], T>(text);
  return {
    chatBanks: (chatKey) => chatBanks(sqlite, chatKey),
    setChatBanks: (chatKey, banks, by, at) => setChatBanks(sqlite, chatKey, banks, by, at),
    /** One read-then-write unit; takes the write lock up front, as another process may share the database file. */
    transaction<T>(work: () => T): T {
      return sqlite.transaction(work).immediate();
    },

    // ---- sessions
    session: (id: number) => q<SessionRow>('SELECT * FROM quiz_sessions WHERE id = ?').get(id),
    insertSession(
      row: Omit<SessionRow, 'id' | 'selection' | 'answered' | 'correct' | 'finished_at' | 'finish_reason' | 'score' | 'passed' | 'status'>,
    ): number {
      const result = sqlite
        .prepare(
          `INSERT INTO quiz_sessions (user_key, chat_key, platform, chat_id, kind, level, topic, question_ids, position, current_qid, total,
             started_at, deadline_at, time_limit_min, pass_mark)
           VALUES (@user_key, @chat_key, @platform, @chat_id, @kind, @level, @topic, @question_ids, @position, @current_qid, @total,
             @started_at, @deadline_at, @time_limit_min, @pass_mark)`,
        )
        .run(row);
      return Number(result.lastInsertRowid);
    },
    /** Ends the user's other open practice/review sessions in this chat (their buttons become stale). */
    abandonOpenPractice(userKey: string, chatKey: string, now: string): void {
      sqlite
        .prepare(
          `UPDATE quiz_sessions SET status = 'abandoned', finished_at = ?, finish_reason = 'replaced'
           WHERE user_key = ? AND chat_key = ? AND status = 'active' AND kind IN ('practice', 'review', 'study')`,
        )
        .run(now, userKey, chatKey);
    },
    activeExam: (userKey: string) =>
      q<SessionRow>(`SELECT * FROM quiz_sessions WHERE user_key = ? AND kind = 'exam' AND status = 'active' ORDER BY id DESC LIMIT 1`).get(
        userKey,
      ),
    expiredExams: (now: string) =>
      q<SessionRow>(`SELECT * FROM quiz_sessions WHERE kind = 'exam' AND status = 'active' AND deadline_at <= ?`).all(now),
    examHistory: (userKey: string, limit: number) =>
      q<SessionRow>(
        `SELECT * FROM quiz_sessions WHERE user_key = ? AND kind = 'exam' AND status = 'finished' ORDER BY id DESC LIMIT ?`,
      ).all(userKey, limit),
    setSelection(id: number, selection: string) {
      q('UPDATE quiz_sessions SET selection = ? WHERE id = ?').run(selection, id);
    },
    advance(id: number, position: number, currentQid: string | null, correctDelta: number, answeredDelta: number): SessionRow {
      return q<SessionRow>(
        `UPDATE quiz_sessions SET position = ?, current_qid = ?, selection = '', correct = correct + ?, answered = answered + ? WHERE id = ?
         RETURNING *`,
      ).get(position, currentQid, correctDelta, answeredDelta, id)!;
    },
    finish(id: number, now: string, reason: string, score: number | null, passed: boolean | null): void {
      sqlite
        .prepare(
          `UPDATE quiz_sessions SET status = 'finished', finished_at = ?, finish_reason = ?, score = ?, passed = ? WHERE id = ? AND status = 'active'`,
        )
        .run(now, reason, score, passed === null ? null : passed ? 1 : 0, id);
    },

    // ---- attempts
    insertAttempt(row: Omit<AttemptRow, 'id'>): boolean {
      const result = sqlite
        .prepare(
          `INSERT OR IGNORE INTO quiz_attempts (user_key, question_id, level, topic, correct, given, answered_at, source, session_id, round_id, position)
           VALUES (@user_key, @question_id, @level, @topic, @correct, @given, @answered_at, @source, @session_id, @round_id, @position)`,
        )
        .run(row);
      return result.changes === 1;
    },
    sessionAttempts: (sessionId: number) =>
      q<AttemptRow>('SELECT * FROM quiz_attempts WHERE session_id = ? ORDER BY position').all(sessionId),
    userAttempts: (userKey: string) => q<AttemptRow>('SELECT * FROM quiz_attempts WHERE user_key = ? ORDER BY answered_at').all(userKey),
    roundAttempts: (roundId: number) => q<AttemptRow>('SELECT * FROM quiz_attempts WHERE round_id = ?').all(roundId),

    // ---- sequential cursor
    cursor: (userKey: string, scope: string) =>
      q<{ position: number }>('SELECT position FROM quiz_cursors WHERE user_key = ? AND scope = ?').get(userKey, scope)?.position ?? 0,
    setCursor(userKey: string, scope: string, position: number, now: string): void {
      sqlite
        .prepare(
          `INSERT INTO quiz_cursors (user_key, scope, position, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (user_key, scope) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
        )
        .run(userKey, scope, position, now);
    },

    // ---- wrong-answer notebook
    wrong: (userKey: string, questionId: string) =>
      q<WrongRow>('SELECT * FROM quiz_wrong WHERE user_key = ? AND question_id = ?').get(userKey, questionId),
    wrongList: (userKey: string) => q<WrongRow>('SELECT * FROM quiz_wrong WHERE user_key = ? ORDER BY due_at, question_id').all(userKey),
    wrongDue: (userKey: string, now: string, limit: number) =>
      q<WrongRow>('SELECT * FROM quiz_wrong WHERE user_key = ? AND due_at <= ? ORDER BY due_at, question_id LIMIT ?').all(
        userKey,
        now,
        limit,
      ),
    saveWrong(row: WrongRow): void {
      sqlite
        .prepare(
          `INSERT INTO quiz_wrong (user_key, question_id, added_at, last_wrong_at, wrong_count, correct_streak, card, due_at)
           VALUES (@user_key, @question_id, @added_at, @last_wrong_at, @wrong_count, @correct_streak, @card, @due_at)
           ON CONFLICT (user_key, question_id) DO UPDATE SET last_wrong_at = excluded.last_wrong_at, wrong_count = excluded.wrong_count,
             correct_streak = excluded.correct_streak, card = excluded.card, due_at = excluded.due_at`,
        )
        .run(row);
    },
    deleteWrong(userKey: string, questionId: string) {
      q('DELETE FROM quiz_wrong WHERE user_key = ? AND question_id = ?').run(userKey, questionId);
    },

    // ---- favourites (收藏)
    isFavourite: (userKey: string, questionId: string) =>
      q<{ one: number }>('SELECT 1 AS one FROM quiz_favourites WHERE user_key = ? AND question_id = ?').get(userKey, questionId) !==
      undefined,
    /** Stars or unstars a question; returns whether it is starred now. */
    toggleFavourite(userKey: string, questionId: string, now: string): boolean {
      return sqlite
        .transaction(() => {
          const removed = sqlite
            .prepare('DELETE FROM quiz_favourites WHERE user_key = ? AND question_id = ?')
            .run(userKey, questionId).changes;
          if (removed > 0) return false;
          sqlite.prepare('INSERT INTO quiz_favourites (user_key, question_id, added_at) VALUES (?, ?, ?)').run(userKey, questionId, now);
          return true;
        })
        .immediate();
    },
    favourites: (userKey: string) =>
      q<{ question_id: string; added_at: string }>(
        'SELECT question_id, added_at FROM quiz_favourites WHERE user_key = ? ORDER BY added_at, question_id',
      ).all(userKey),
    lastFinishedExam: (userKey: string, chatKey: string) =>
      q<SessionRow>(
        `SELECT * FROM quiz_sessions WHERE user_key = ? AND chat_key = ? AND kind = 'exam' AND status = 'finished' ORDER BY id DESC LIMIT 1`,
      ).get(userKey, chatKey),
    activeSession: (userKey: string, chatKey: string) =>
      q<SessionRow>(
        `SELECT * FROM quiz_sessions WHERE user_key = ? AND chat_key = ? AND status = 'active' ORDER BY (kind = 'exam') DESC, id DESC LIMIT 1`,
      ).get(userKey, chatKey),

    // ---- daily quiz
    subscriptionByChat: (chatKey: string) => q<SubscriptionRow>('SELECT * FROM quiz_subscriptions WHERE chat_key = ?').get(chatKey),
    subscription: (id: number) => q<SubscriptionRow>('SELECT * FROM quiz_subscriptions WHERE id = ?').get(id),
    activeSubscriptions: () => q<SubscriptionRow>('SELECT * FROM quiz_subscriptions WHERE active = 1').all(),
    upsertSubscription(row: Omit<SubscriptionRow, 'id' | 'active' | 'created_at'>, now: string): SubscriptionRow {
      sqlite
        .prepare(
          `INSERT INTO quiz_subscriptions (chat_key, platform, chat_id, kind, owner_key, time_hm, count, level, active, created_at, updated_at)
           VALUES (@chat_key, @platform, @chat_id, @kind, @owner_key, @time_hm, @count, @level, 1, @now, @now)
           ON CONFLICT (chat_key) DO UPDATE SET owner_key = excluded.owner_key, time_hm = excluded.time_hm, count = excluded.count,
             level = excluded.level, kind = excluded.kind, active = 1, updated_at = excluded.updated_at`,
        )
        .run({ ...row, now });
      return q<SubscriptionRow>('SELECT * FROM quiz_subscriptions WHERE chat_key = ?').get(row.chat_key)!;
    },
    deactivate(id: number, now: string) {
      q('UPDATE quiz_subscriptions SET active = 0, updated_at = ? WHERE id = ?').run(now, id);
    },
    round: (id: number) => q<RoundRow>('SELECT * FROM quiz_daily_rounds WHERE id = ?').get(id),
    roundFor: (subscriptionId: number, date: string) =>
      q<RoundRow>('SELECT * FROM quiz_daily_rounds WHERE subscription_id = ? AND date = ?').get(subscriptionId, date),
    insertRound(subscriptionId: number, date: string, questionIds: string[], now: string): RoundRow | undefined {
      const result = sqlite
        .prepare('INSERT OR IGNORE INTO quiz_daily_rounds (subscription_id, date, question_ids, sent_at) VALUES (?, ?, ?, ?)')
        .run(subscriptionId, date, JSON.stringify(questionIds), now);
      if (result.changes === 0) return undefined;
      return q<RoundRow>('SELECT * FROM quiz_daily_rounds WHERE id = ?').get(Number(result.lastInsertRowid));
    },
    rounds: (subscriptionId: number) =>
      q<RoundRow>('SELECT * FROM quiz_daily_rounds WHERE subscription_id = ? ORDER BY date').all(subscriptionId),
    /** Per member of a subscription: answers and correct answers per round date. */
    roundResults: (subscriptionId: number) =>
      q<RoundResult>(
        `SELECT a.user_key, r.date, count(*) AS answered, sum(a.correct) AS correct, json_array_length(r.question_ids) AS total
         FROM quiz_attempts a JOIN quiz_daily_rounds r ON r.id = a.round_id
         WHERE r.subscription_id = ? GROUP BY a.user_key, r.id ORDER BY r.date`,
      ).all(subscriptionId),
    userName: (userKey: string) => q<{ name: string | null }>('SELECT name FROM users WHERE key = ?').get(userKey)?.name ?? null,
  };
}
