import type { Kysely } from 'kysely';
import type { Storage } from '../../storage/database';

/**
 * Bulk loading of made-up practice and mock exams for tests, benches and screenshots (a county's two years are
 * half a million answers). Kept beside the quiz's tables so a reshaped table breaks the seed here.
 */
export interface SeedAttempt {
  userKey: string;
  questionId: string;
  level: string;
  correct: boolean;
  answeredAt: string;
}

export interface SeedExam {
  userKey: string;
  chatKey: string;
  platform: string;
  chatId: string;
  level: string;
  correct: number;
  startedAt: string;
  finishedAt: string;
  score: number;
  passed: boolean;
}

const BATCH = 500;

/** Inserts practice answers and finished mock exams (20 questions, pass mark 80) in one transaction. */
export async function seedPractice(storage: Storage, attempts: SeedAttempt[], exams: SeedExam[]): Promise<void> {
  await storage.transaction(async (tx: Kysely<any>) => {
    for (let i = 0; i < attempts.length; i += BATCH)
      await tx
        .insertInto('quiz_attempts')
        .values(
          attempts.slice(i, i + BATCH).map((a) => ({
            user_key: a.userKey,
            question_id: a.questionId,
            level: a.level,
            topic: '党章',
            correct: a.correct ? 1 : 0,
            given: 'A',
            answered_at: a.answeredAt,
            source: 'practice',
            position: 0,
          })),
        )
        .execute();
    for (let i = 0; i < exams.length; i += BATCH)
      await tx
        .insertInto('quiz_sessions')
        .values(
          exams.slice(i, i + BATCH).map((e) => ({
            user_key: e.userKey,
            chat_key: e.chatKey,
            platform: e.platform,
            chat_id: e.chatId,
            kind: 'exam',
            level: e.level,
            status: 'finished',
            total: 20,
            answered: 20,
            correct: e.correct,
            started_at: e.startedAt,
            finished_at: e.finishedAt,
            pass_mark: 80,
            score: e.score,
            passed: e.passed ? 1 : 0,
          })),
        )
        .execute();
  });
}
