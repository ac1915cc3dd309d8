import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ISSUE21_RENAMED_IDS } from '../../../bot/features/quiz/id-changes-issue21';
import { OWN_WORDS_RENAMED_IDS } from '../../../bot/features/quiz/id-changes-own-words';
import { createQuizStore, type QuizStore, quizMigrations } from '../../../bot/features/quiz/storage';
import type { Storage } from '../../../bot/storage/database';
import { coreMigrations } from '../../../bot/storage/migrations';
import { loadBuiltinQuestions } from '../../../knowledge/questions/builtin';
import { type MigratedStorage, migratedStorage, testBackend } from '../../helpers/database';

const ME = 'console:me';

describe(`own-words rewording: practice records follow the new question ids (migration 0258, ${testBackend})`, () => {
  let opened: MigratedStorage;
  let storage: Storage;
  let store: QuizStore;

  beforeEach(async () => {
    opened = await migratedStorage('dangwu-quiz-own-words-', { ...coreMigrations, ...quizMigrations });
    ({ storage } = opened);
    store = createQuizStore(storage);
  });
  afterEach(async () => opened.close());

  it('every new id is a built-in question and no old id still is', () => {
    const ids = new Set(loadBuiltinQuestions().map((q) => q.id));
    for (const [old, next] of Object.entries(OWN_WORDS_RENAMED_IDS)) {
      expect(ids.has(next), next).toBe(true);
      expect(ids.has(old), old).toBe(false);
    }
  });

  it('moves a notebook entry to the new id, and an id renamed by 0257 then 0258 ends at the last', async () => {
    const now = '2026-03-01T00:00:00.000Z';
    const card = { added_at: now, last_wrong_at: now, wrong_count: 1, correct_streak: 0, card: '{}', due_at: now };
    // An id issue 21 renamed into one the own-words rewording renamed again, and one renamed only now.
    const twice = Object.entries(ISSUE21_RENAMED_IDS).find(([, next]) => next in OWN_WORDS_RENAMED_IDS);
    const [once, onceNext] = Object.entries(OWN_WORDS_RENAMED_IDS).find(([old]) => old !== twice?.[1])!;
    await store.saveWrong({ user_key: ME, question_id: once, ...card });
    if (twice) await store.saveWrong({ user_key: ME, question_id: twice[0], ...card, wrong_count: 3 });
    const db = storage.db as unknown as Kysely<any>;
    await quizMigrations['0257_quiz_issue21_question_ids'].up(db);
    await quizMigrations['0258_quiz_own_words_question_ids'].up(db);
    const wrong = (await store.wrongList(ME)).map((w) => w.question_id).sort();
    const expected = [onceNext, ...(twice ? [OWN_WORDS_RENAMED_IDS[twice[1]]!] : [])].sort();
    expect(wrong).toEqual(expected);
    const applied = await db.selectFrom('kysely_migration').select('name').execute();
    expect(applied.map((m) => m.name)).toContain('0258_quiz_own_words_question_ids');
  });
});
