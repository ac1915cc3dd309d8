import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ISSUE21_RENAMED_IDS } from '../../../bot/features/quiz/id-changes-issue21';
import { renameQuestionIds } from '../../../bot/features/quiz/rename-questions';
import { createQuizStore, type QuizStore, quizMigrations } from '../../../bot/features/quiz/storage';
import type { Storage } from '../../../bot/storage/database';
import { coreMigrations } from '../../../bot/storage/migrations';
import { type MigratedStorage, migratedStorage, testBackend } from '../../helpers/database';

const ME = 'console:me';

describe(`issue 21: practice records follow the new question ids (migration 0257, ${testBackend})`, () => {
  let opened: MigratedStorage;
  let storage: Storage;
  let store: QuizStore;

  beforeEach(async () => {
    opened = await migratedStorage('dangwu-quiz-ids-', { ...coreMigrations, ...quizMigrations });
    ({ storage } = opened);
    store = createQuizStore(storage);
  });
  afterEach(async () => opened.close());

  it('rewrites answers, notebook, favourites, sessions and daily rounds; is idempotent; gives way to a row already renamed', async () => {
    const [oldA, newA] = Object.entries(ISSUE21_RENAMED_IDS)[0];
    const [oldB, newB] = Object.entries(ISSUE21_RENAMED_IDS)[1];
    const keep = 'builtin-unchanged';
    const now = '2026-03-01T00:00:00.000Z';
    const sessionId = await store.insertSession({
      user_key: ME,
      chat_key: 'console:dm-me',
      platform: 'console',
      chat_id: 'dm-me',
      kind: 'exam',
      level: '初级',
      topic: null,
      question_ids: JSON.stringify([oldA, keep, oldB]),
      position: 0,
      current_qid: oldA,
      total: 3,
      started_at: now,
      deadline_at: null,
      time_limit_min: null,
      pass_mark: null,
    });
    const attempt = { user_key: ME, level: '初级', topic: '党员', correct: 0, given: 'A', answered_at: now, source: 'exam' as const };
    await store.insertAttempt({ ...attempt, question_id: oldA, session_id: sessionId, round_id: null, position: 0 });
    await store.insertAttempt({ ...attempt, question_id: keep, session_id: sessionId, round_id: null, position: 1 });
    const card = { added_at: now, last_wrong_at: now, wrong_count: 1, correct_streak: 0, card: '{}', due_at: now };
    await store.saveWrong({ user_key: ME, question_id: oldA, ...card });
    await store.saveWrong({ user_key: ME, question_id: oldB, ...card, wrong_count: 2 });
    await store.saveWrong({ user_key: ME, question_id: newB, ...card, wrong_count: 5 });
    await store.toggleFavourite(ME, oldA, now);
    await store.toggleFavourite('console:other', oldB, now);
    const sub = await store.upsertSubscription(
      {
        chat_key: 'console:dm-me',
        platform: 'console',
        chat_id: 'dm-me',
        kind: 'user',
        owner_key: ME,
        time_hm: '20:00',
        count: 2,
        level: null,
        updated_at: now,
      },
      now,
    );
    const round = (await store.insertRound(sub.id, '2026-03-01', [oldB, keep], now))!;

    const migration = quizMigrations['0257_quiz_issue21_question_ids'];
    const db = storage.db as unknown as Kysely<any>;
    await migration.up(db);
    const stored = async () => ({
      session: await store.session(sessionId),
      attempts: (await store.sessionAttempts(sessionId)).map((a) => a.question_id),
      wrong: (await store.wrongList(ME)).map((w) => [w.question_id, w.wrong_count]).sort(),
      mine: (await store.favourites(ME)).map((f) => f.question_id),
      theirs: (await store.favourites('console:other')).map((f) => f.question_id),
      round: (await store.round(round.id))!.question_ids,
    });
    const once = await stored();
    expect(JSON.parse(once.session!.question_ids!)).toEqual([newA, keep, newB]);
    expect(once.session!.current_qid).toBe(newA);
    expect(once.attempts).toEqual([newA, keep]);
    expect(once.wrong).toEqual(
      [
        [newA, 1],
        [newB, 5],
      ].sort(),
    );
    expect(once.mine).toEqual([newA]);
    expect(once.theirs).toEqual([newB]);
    expect(JSON.parse(once.round)).toEqual([newB, keep]);
    await migration.up(db);
    expect(await stored()).toEqual(once);
  });

  it('is the migration a fresh database applies', async () => {
    const applied = await (storage.db as unknown as Kysely<any>).selectFrom('kysely_migration').select('name').execute();
    expect(applied.map((m) => m.name)).toContain('0257_quiz_issue21_question_ids');
    await renameQuestionIds(storage.db as unknown as Kysely<any>, {});
  });
});
