import type { Kysely } from 'kysely';
import {
  type AttemptRow,
  createQuizStore,
  type QuizStore,
  type SessionRow,
  type SubscriptionRow,
} from '../../../bot/features/quiz/storage';
import type { Storage } from '../../../bot/storage/database';

/**
 * What the adapter tests look at in the quiz, read through the quiz store and, for whole tables no store call
 * lists (every answer of everyone), Kysely on the bot's database: the same on SQLite and PostgreSQL.
 */
export interface QuizPeek {
  store: QuizStore;
  /** The question the most recently started session is on. */
  currentQid(): Promise<string>;
  /** Every session, oldest first. */
  sessions(): Promise<SessionRow[]>;
  /** Every answer recorded, in the order recorded. */
  attempts(): Promise<AttemptRow[]>;
  /** Every daily-quiz subscription. */
  subscriptions(): Promise<SubscriptionRow[]>;
  /** The question ids of the latest daily round. */
  latestRound(): Promise<string[]>;
}

export function peekQuiz(storage: Storage): QuizPeek {
  const db = storage.db as unknown as Kysely<any>;
  const all = <T>(table: string) => db.selectFrom(table).selectAll().orderBy('id').execute() as Promise<T[]>;
  return {
    store: createQuizStore(storage),
    async currentQid() {
      const sessions = await all<SessionRow>('quiz_sessions');
      return sessions.at(-1)!.current_qid!;
    },
    sessions: () => all<SessionRow>('quiz_sessions'),
    attempts: () => all<AttemptRow>('quiz_attempts'),
    subscriptions: () => all<SubscriptionRow>('quiz_subscriptions'),
    async latestRound() {
      const rounds = await all<{ question_ids: string }>('quiz_daily_rounds');
      return JSON.parse(rounds.at(-1)!.question_ids) as string[];
    },
  };
}

/** Records one answer as if given in practice, for tests that need a history (统计) without answering. */
export async function recordAnswer(
  storage: Storage,
  userKey: string,
  question: { id: string; level: string; topic: string },
  at: string,
  { correct = 1, position = 0 }: { correct?: number; position?: number } = {},
): Promise<void> {
  await createQuizStore(storage).insertAttempt({
    user_key: userKey,
    question_id: question.id,
    level: question.level,
    topic: question.topic,
    correct,
    given: 'A',
    answered_at: at,
    source: 'practice',
    session_id: null,
    round_id: null,
    position,
  });
}
