import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createQuizStore, type NewSession, type QuizStore, quizMigrations, type RecordedAnswer } from '../../../bot/features/quiz/storage';
import type { Storage } from '../../../bot/storage/database';
import { coreMigrations } from '../../../bot/storage/migrations';
import { type MigratedStorage, migratedStorage, testBackend } from '../../helpers/database';

/**
 * The quiz store's contract, the same on SQLite and PostgreSQL (`DANGWU_TEST_BACKEND=postgres`): the conflicts that
 * make a repeated answer or round a no-op, the transaction that commits or rolls back as one, and answers pressed at
 * the same moment applying one after the other.
 */
describe(`quiz store (${testBackend})`, () => {
  let opened: MigratedStorage;
  let storage: Storage;
  let store: QuizStore;

  beforeEach(async () => {
    opened = await migratedStorage('dangwu-quiz-store-', { ...coreMigrations, ...quizMigrations });
    ({ storage } = opened);
    store = createQuizStore(storage);
  });
  afterEach(async () => opened.close());

  const practice = (over: Partial<NewSession> = {}): NewSession => ({
    user_key: 'console:me',
    chat_key: 'console:dm-me',
    platform: 'console',
    chat_id: 'dm-me',
    kind: 'practice',
    level: '初级',
    topic: null,
    question_ids: JSON.stringify(['q1', 'q2']),
    position: 0,
    current_qid: 'q1',
    total: 2,
    started_at: '2026-03-02T01:00:00.000Z',
    deadline_at: null,
    time_limit_min: null,
    pass_mark: null,
    ...over,
  });
  const attempt = (over: {
    session_id?: number | null;
    round_id?: number | null;
    position?: number;
    user_key?: string;
    correct?: number;
  }) => ({
    user_key: 'console:me',
    question_id: 'q1',
    level: '初级',
    topic: '党员',
    correct: 1,
    given: 'A',
    answered_at: '2026-03-02T01:00:01.000Z',
    source: 'practice' as const,
    session_id: null,
    round_id: null,
    position: 0,
    ...over,
  });

  it('records an answer once per session position, and once per member and question of a daily round', async () => {
    const a = await store.insertSession(practice());
    const b = await store.insertSession(practice());
    expect(b).toBeGreaterThan(a);
    expect(await store.insertAttempt(attempt({ session_id: a }))).toBe(true);
    expect(await store.insertAttempt(attempt({ session_id: a, correct: 0 }))).toBe(false);
    expect(await store.insertAttempt(attempt({ session_id: b }))).toBe(true);
    expect((await store.sessionAttempts(a)).map((x) => x.correct)).toEqual([1]);

    const sub = await store.upsertSubscription(
      {
        chat_key: 'console:g1',
        platform: 'console',
        chat_id: 'g1',
        kind: 'group',
        owner_key: 'console:me',
        time_hm: '08:00',
        count: 3,
        level: null,
        updated_at: 'x',
      },
      '2026-03-02T00:00:00.000Z',
    );
    const round = await store.insertRound(sub.id, '2026-03-02', ['q1', 'q2', 'q3'], '2026-03-02T00:00:00.000Z');
    expect(round).toMatchObject({ subscription_id: sub.id, date: '2026-03-02' });
    expect(await store.insertRound(sub.id, '2026-03-02', ['q9'], 'later')).toBeUndefined();
    const daily = (user: string, position: number, correct: number) =>
      store.insertAttempt(attempt({ round_id: round!.id, user_key: user, position, correct }));
    expect(await daily('console:alice', 0, 1)).toBe(true);
    expect(await daily('console:alice', 0, 0)).toBe(false);
    expect(await daily('console:alice', 1, 0)).toBe(true);
    expect(await daily('console:bob', 0, 1)).toBe(true);
    // The round's size is its number of questions, whoever answered how many.
    expect(await store.roundResults(sub.id)).toEqual([
      { user_key: 'console:alice', date: '2026-03-02', answered: 2, correct: 1, total: 3 },
      { user_key: 'console:bob', date: '2026-03-02', answered: 1, correct: 1, total: 3 },
    ]);
  });

  it('updates a subscription in place and reactivates it', async () => {
    const row = {
      chat_key: 'console:g1',
      platform: 'console',
      chat_id: 'g1',
      kind: 'group' as const,
      owner_key: 'console:me',
      time_hm: '08:00',
      count: 3,
      level: null,
      updated_at: 'x',
    };
    const first = await store.upsertSubscription(row, '2026-03-02T00:00:00.000Z');
    await store.deactivate(first.id, '2026-03-03T00:00:00.000Z');
    expect(await store.activeSubscriptions()).toEqual([]);
    const second = await store.upsertSubscription({ ...row, time_hm: '20:00', count: 5 }, '2026-03-04T00:00:00.000Z');
    expect(second).toMatchObject({ id: first.id, time_hm: '20:00', count: 5, active: 1, created_at: '2026-03-02T00:00:00.000Z' });
    expect((await store.activeSubscriptions()).map((s) => s.id)).toEqual([first.id]);
  });

  it('commits a transaction as one and rolls it back as one; a nested transaction is the same one', async () => {
    const id = await store.transaction(async (tx) => {
      const id = await tx.insertSession(practice());
      await tx.transaction(async (inner) => inner.setCursor('console:me', 'x', 3, 'now'));
      return id;
    });
    expect(await store.session(id)).toMatchObject({ status: 'active', answered: 0 });
    expect(await store.cursor('console:me', 'x')).toBe(3);

    await expect(
      store.transaction(async (tx) => {
        await tx.advance(id, 1, 'q2', 1, 1);
        await tx.setCursor('console:me', 'x', 4, 'now');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.session(id)).toMatchObject({ position: 0, answered: 0, correct: 0 });
    expect(await store.cursor('console:me', 'x')).toBe(3);
  });

  it('applies two answers pressed at the same moment one after the other', async () => {
    const id = await store.insertSession(practice());
    const press = () =>
      store.transaction(async (tx) => {
        const s = (await tx.lockSession(id))!;
        await sleep(30); // the other press arrives while this one is between its read and its write
        if (s.answered !== 0) return 'stale';
        await tx.advance(id, 1, 'q2', 1, 1);
        return 'answered';
      });
    expect((await Promise.all([press(), press()])).sort()).toEqual(['answered', 'stale']);
    expect(await store.session(id)).toMatchObject({ answered: 1, correct: 1 });
  });

  it('records an answer at once only while the session is as the answer saw it; two at once write one', async () => {
    const id = await store.insertSession(practice({ question_ids: null, total: 5 }));
    const wrongRow = {
      user_key: 'console:me',
      question_id: 'q1',
      added_at: '2026-03-02T01:00:01.000Z',
      last_wrong_at: '2026-03-02T01:00:01.000Z',
      wrong_count: 1,
      correct_streak: 0,
      card: '{}',
      due_at: '2026-03-03T01:00:01.000Z',
    };
    const answer = (over: Partial<RecordedAnswer> = {}): RecordedAnswer => ({
      sessionId: id,
      step: 0,
      questionId: 'q1',
      now: '2026-03-02T01:00:01.000Z',
      attempt: { level: '初级', topic: '党员', correct: 0, given: 'B' },
      wrong: { save: wrongRow },
      cursor: { scope: '初级|*', position: 1 },
      next: { position: 1, currentQid: 'q2' },
      ...over,
    });
    const results = await Promise.all([store.recordAnswer(answer()), store.recordAnswer(answer())]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(results.find(Boolean)).toEqual({
      session: expect.objectContaining({ id, answered: 1, correct: 0, position: 1, current_qid: 'q2', selection: '' }),
      starred: false,
    });
    expect(await store.sessionAttempts(id)).toMatchObject([{ question_id: 'q1', given: 'B', correct: 0, source: 'practice', position: 0 }]);
    expect(await store.wrongList('console:me')).toEqual([wrongRow]);
    expect(await store.cursor('console:me', '初级|*')).toBe(1);

    // A step, a question or a deadline that no longer holds, or a closed session: nothing written.
    const second = answer({ step: 1, questionId: 'q2', wrong: { remove: true }, cursor: { scope: '初级|*', position: 2 } });
    expect(await store.recordAnswer({ ...second, step: 0 })).toBeUndefined();
    expect(await store.recordAnswer({ ...second, questionId: 'q1' })).toBeUndefined();
    const exam = await store.insertSession(practice({ kind: 'exam', deadline_at: '2026-03-02T01:00:01.000Z' }));
    expect(await store.recordAnswer(answer({ sessionId: exam, cursor: undefined }))).toBeUndefined();
    expect(await store.sessionAttempts(exam)).toEqual([]);
    await store.finish(id, 'now', 'stopped', null, null);
    expect(await store.recordAnswer(second)).toBeUndefined();
    expect(await store.sessionAttempts(id)).toHaveLength(1);
    expect(await store.wrongList('console:me')).toEqual([wrongRow]);
    expect(await store.cursor('console:me', '初级|*')).toBe(1);
  });

  it('records a correct answer that takes a question out of the notebook, and a skipped one with no attempt', async () => {
    const id = await store.insertSession(practice());
    const notebook = {
      user_key: 'console:me',
      question_id: 'q1',
      added_at: 'a',
      last_wrong_at: 'a',
      wrong_count: 1,
      correct_streak: 2,
      card: '{}',
      due_at: 'a',
    };
    await store.saveWrong(notebook);
    await store.saveWrong({ ...notebook, user_key: 'console:other' });
    await store.saveWrong({ ...notebook, question_id: 'q2' });
    await store.toggleFavourite('console:me', 'q3', 'now');
    // The session is read with its current question's notebook row (and no other), and its user's pending state in
    // its chat (none yet; another user's or chat's is not theirs).
    const state = (chat_key: string, user_key: string, data: string) =>
      storage.db.insertInto('conversation_state').values({ chat_key, user_key, feature: 'quiz', data, expires_at: null }).execute();
    await state('console:dm-me', 'console:other', '{"sessionId":1}');
    await state('console:group', 'console:me', '{"sessionId":2}');
    expect(await store.sessionForAnswer(id)).toEqual({ session: await store.session(id), notebook, state: null });
    await state('console:dm-me', 'console:me', `{"sessionId":${id}}`);
    expect((await store.sessionForAnswer(id))?.state).toEqual({ feature: 'quiz', data: `{"sessionId":${id}}`, expires_at: null });
    expect(await store.sessionForAnswer(id + 1000)).toBeUndefined();
    const base = { sessionId: id, now: '2026-03-02T01:00:01.000Z' };
    const answered = await store.recordAnswer({
      ...base,
      step: 0,
      questionId: 'q1',
      attempt: { level: '初级', topic: '党员', correct: 1, given: 'A' },
      wrong: { remove: true },
      next: { position: 1, currentQid: 'q2' },
    });
    expect(answered).toEqual({ session: expect.objectContaining({ answered: 1, correct: 1, current_qid: 'q2' }), starred: false });
    expect((await store.wrongList('console:me')).map((w) => w.question_id)).toEqual(['q2']);
    expect((await store.sessionForAnswer(id))!.notebook).toMatchObject({ question_id: 'q2' });
    expect(await store.recordAnswer({ ...base, step: 1, questionId: 'q2', next: { position: 2, currentQid: 'q3' } })).toEqual({
      session: expect.objectContaining({ answered: 2, correct: 1, current_qid: 'q3' }),
      starred: true,
    });
    expect((await store.sessionForAnswer(id))!.notebook).toBeUndefined();
    expect((await store.sessionAttempts(id)).map((a) => a.question_id)).toEqual(['q1']);
  });

  it('finds the open exam before other open sessions, and closes a session only once', async () => {
    const exam = await store.insertSession(practice({ kind: 'exam', deadline_at: '2026-03-02T02:00:00.000Z' }));
    const later = await store.insertSession(practice());
    expect((await store.activeSession('console:me', 'console:dm-me'))!.id).toBe(exam);
    expect(await store.finish(exam, 'now', 'handed-in', 80, true)).toMatchObject({ status: 'finished', score: 80, passed: 1 });
    expect(await store.finish(exam, 'again', 'timeout', 0, false)).toBeUndefined();
    expect((await store.activeSession('console:me', 'console:dm-me'))!.id).toBe(later);
    await store.abandonOpenPractice('console:me', 'console:dm-me', 'now');
    expect(await store.activeSession('console:me', 'console:dm-me')).toBeUndefined();
    expect((await store.examHistory('console:me', 10)).map((s) => s.id)).toEqual([exam]);
  });

  it('toggles a star, and reads a chat’s banks with the default choice behind it', async () => {
    expect(await store.toggleFavourite('console:me', 'q1', 'now')).toBe(true);
    expect(await store.isFavourite('console:me', 'q1')).toBe(true);
    expect(await store.toggleFavourite('console:me', 'q1', 'now')).toBe(false);
    expect(await store.favourites('console:me')).toEqual([]);

    expect(await store.chatBanks('console:g1')).toBeUndefined();
    await store.setChatBanks('*', ['builtin'], 'web:admin', 'now');
    expect(await store.chatBanks('console:g1')).toEqual(['builtin']);
    await store.setChatBanks('console:g1', ['县委2026'], 'console:me', 'now');
    await store.setChatBanks('console:g1', ['县委2026', 'builtin'], 'console:me', 'now');
    expect(await store.chatBanks('console:g1')).toEqual(['县委2026', 'builtin']);
    await store.setChatBanks('console:g1', undefined, 'console:me', 'now');
    expect(await store.chatBanks('console:g1')).toEqual(['builtin']);
  });
});
