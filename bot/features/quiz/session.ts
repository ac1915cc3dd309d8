import { readableSource } from '../../../knowledge';
import type { Context, Services } from '../../core/feature';
import type { Button, Reply } from '../../core/message';
import type { Scheduler } from '../../scheduler/types';
import type { QuestionFilter, QuestionSet, QuestionSource, QuizQuestion } from './bank';
import { answerButtons, answerText, button, duration, feedback, questionBody, reply } from './render';
import { presented } from './shuffle';
import type { QuizStore, SessionRow, WrongRow } from './storage';
import { strings } from './strings';
import { applyToWrongBook, planWrongBook, type WrongBookChange, type WrongBookPlan } from './wrong-book';

/**
 * The question-by-question engine shared by practice, review and the mock exam. A session row holds where
 * the user is; every answer is checked against it and applied in one transaction (attempt, session,
 * wrong-answer notebook, practice cursor), so a stale or forged button changes nothing.
 */

export const FEATURE = 'quiz';

export interface QuizDeps {
  services: Services;
  store: QuizStore;
  source: () => QuestionSource;
  /** Options in each user's own order (shuffle.ts); off only where a test needs the bank's order. */
  shuffle?: boolean;
}

/**
 * The question as shown to `seed` (a user key; a chat key where one message serves a whole group): its options in
 * that seed's order, key and explanation letters to match. Everything a user sees or answers goes through it.
 */
export function shownTo(deps: Pick<QuizDeps, 'shuffle'>, q: QuizQuestion, seed: string): QuizQuestion {
  return deps.shuffle === false ? q : presented(q, seed);
}

/**
 * The pending state of an open question: the session only, so that moving on to the next question changes nothing
 * in it and writes nothing (the session row says which question is current). `step` is in states written by
 * earlier versions.
 */
export interface PendingAnswer {
  sessionId: number;
  step?: number;
}

export type StaleReason = 'foreign' | 'finished' | 'old' | 'missing';

/** A session as a handler read it, with its current question's notebook row where read together (null: none). */
export interface SeenSession {
  session: SessionRow;
  notebook?: WrongRow | null;
}

export type AnswerOutcome =
  | { kind: 'stale'; reason: StaleReason }
  | { kind: 'timeup'; session: SessionRow }
  | {
      kind: 'answered';
      /** The questions the answer was checked against, to show the next one without reading the revision again. */
      questions: QuestionSet;
      before: SessionRow;
      after: SessionRow;
      /** Whether the user starred the session's new current question, where the answer's write read it. */
      starred?: boolean;
      question: QuizQuestion;
      correct: boolean;
      change: WrongBookChange;
      wrapped: boolean;
      skipped: boolean;
    };

/** The questions at the banks' current revision. Outside transactions only (it reads the revision). */
export const questionsOf = (deps: QuizDeps): Promise<QuestionSet> => deps.source().current();

/**
 * The questions the chat practises (its chosen banks) at the current revision, filtered. Outside transactions only;
 * inside one, load the set first and read the chat's banks through the transaction's store.
 */
export async function chatQuestions(deps: QuizDeps, chatKey: string, filter: QuestionFilter = {}): Promise<QuizQuestion[]> {
  const [set, banks] = await Promise.all([questionsOf(deps), filter.banks ?? deps.source().chosenBanks(chatKey, deps.store)]);
  return set.list({ ...filter, banks });
}

/** The same deps with the store bound to a transaction. */
export const inTransaction = (deps: QuizDeps, tx: QuizStore): QuizDeps => ({ ...deps, store: tx });

export function schedulerOf(services: Services): Scheduler | undefined {
  return (services as Services & { scheduler?: Scheduler }).scheduler;
}

/** A round of questions one at a time (practice, random, study, review): what differs between kinds. */
export interface RoundStart {
  kind: SessionRow['kind'];
  level: string | null;
  topic: string | null;
  /** The round's own question list; null for sequential practice, which walks the bank from `position`. */
  questionIds: string[] | null;
  position: number;
  currentQid: string;
  total: number;
}

/**
 * Starts a round for the sender in this chat, ending any round they had open there; returns its id. Call inside
 * the store's transaction, so the old round never ends without the new one starting.
 */
export async function openRound(store: QuizStore, ctx: Context, round: RoundStart, startedAt: string): Promise<number> {
  await store.abandonOpenPractice(ctx.userKey, ctx.chatKey, startedAt);
  return store.insertSession({
    user_key: ctx.userKey,
    chat_key: ctx.chatKey,
    platform: ctx.message.platform,
    chat_id: ctx.message.chat.id,
    kind: round.kind,
    level: round.level,
    topic: round.topic,
    question_ids: round.questionIds ? JSON.stringify(round.questionIds) : null,
    position: round.position,
    current_qid: round.currentQid,
    total: round.total,
    started_at: startedAt,
    deadline_at: null,
    time_limit_min: null,
    pass_mark: null,
  });
}

/** The topic of a round over the user's starred questions (its header says so). */
export const FAVOURITES_SCOPE = '收藏夹';

export const practiceScope = (level: string | null, topic: string | null) => `${level ?? '*'}|${topic ?? '*'}`;

/** Checks that a session exists, belongs to this user in this chat and is open. */
export function checkOwner(s: SessionRow | undefined, ctx: Pick<Context, 'userKey' | 'chatKey'>): StaleReason | undefined {
  if (!s) return 'missing';
  if (s.user_key !== ctx.userKey || s.chat_key !== ctx.chatKey) return 'foreign';
  if (s.status !== 'active') return 'finished';
  return undefined;
}

export function isExpired(s: SessionRow, now: Date): boolean {
  return s.kind === 'exam' && s.status === 'active' && s.deadline_at !== null && now.toISOString() >= s.deadline_at;
}

/** Renders the session's current question with its buttons and opens it for typed answers. */
export async function showCurrent(
  deps: QuizDeps,
  ctx: Context,
  s: SessionRow,
  header: string[] = [],
  questions?: QuestionSet,
  starredNow?: boolean,
): Promise<Reply> {
  const stored = s.current_qid ? (questions ?? (await questionsOf(deps))).get(s.current_qid) : undefined;
  const q = stored && shownTo(deps, stored, s.user_key);
  if (!q) {
    await deps.store.finish(s.id, deps.services.clock.now().toISOString(), 'question-missing', null, null);
    await clearPending(ctx);
    return reply([...header, strings.stale.questionGone, strings.common.stopped].join('\n'));
  }
  const starred = starredNow ?? (await deps.store.isFavourite(s.user_key, q.id));
  const star = button(starred ? strings.favourites.starred : strings.favourites.star, 'f', s.id, s.answered);
  const text = [...header, questionTitle(s, q), questionBody(q)];
  if (s.kind === 'study') {
    text.push('', strings.common.correctAnswer(answerText(q)));
    if (q.explanation) text.push(strings.common.explanation(q.explanation));
    if (q.source) text.push(strings.common.source(readableSource(q.source)));
    await setPending(ctx, s);
    return reply(text.join('\n'), [[button(strings.study.next, 'n', s.id, s.answered), star, button(strings.study.stop, 'x', s.id)]]);
  }
  const rows: (Button | undefined)[][] = answerButtons(q, s.id, s.answered, s.selection);
  if (s.kind === 'exam') {
    const left = new Date(s.deadline_at!).getTime() - deps.services.clock.now().getTime();
    text.splice(header.length + 1, 0, `剩余时间 ${duration(left)}`);
    rows.push([button(strings.exam.skip, 'n', s.id, s.answered), star, button(strings.exam.handIn, 'x', s.id)]);
  } else {
    rows.push([button(strings.practice.skip, 'n', s.id, s.answered), star, button(strings.practice.stop, 'x', s.id)]);
  }
  text.push('', q.type === '填空' ? strings.common.pendingHint : strings.common.typedHint(q.type));
  await setPending(ctx, s);
  return reply(text.join('\n'), rows);
}

/** Every open question takes typed answers: the session is remembered as this user's pending state in the chat. */
async function setPending(ctx: Context, s: SessionRow): Promise<void> {
  await ctx.state.set(FEATURE, { sessionId: s.id } satisfies PendingAnswer, s.kind === 'exam' ? (s.time_limit_min ?? 60) + 5 : 24 * 60);
}

function questionTitle(s: SessionRow, q: QuizQuestion): string {
  const where = `第 ${s.kind === 'practice' && !s.question_ids ? s.position + 1 : s.answered + 1}/${s.total} 题`;
  const practice = s.topic === FAVOURITES_SCOPE ? FAVOURITES_SCOPE : s.question_ids ? '随机练习' : '练习';
  const label = { exam: '模拟考试', review: '错题复习', study: '背题', practice }[s.kind];
  return `【${label}】${where} · ${q.type} · ${q.level === '不分级' ? '不分级' : q.level} · ${q.topic}`;
}

export async function clearPending(ctx: Context): Promise<void> {
  const pending = await ctx.state.get();
  if (pending?.feature === FEATURE) await ctx.state.clear();
}

/**
 * Applies one answer in a single transaction. The session is re-read inside the transaction and the
 * answer is refused (no change at all) unless it comes from the owner, for the current question of an open
 * session; an exam past its deadline is closed and scored instead, without counting the answer. `given` null
 * moves on without an answer (跳过, and 下一题 in study mode): nothing is recorded, an exam counts it unanswered.
 * `loaded` is the question set the caller read already (it is not read again); `seen` the session as the caller read
 * it (and its current question's notebook row, where read with it: null when not in the notebook), which lets an
 * answer that leaves the session open be written at once ({@link answerAtOnce}).
 */
export async function applyAnswer(
  deps: QuizDeps,
  ctx: Pick<Context, 'userKey' | 'chatKey'>,
  sessionId: number,
  step: number,
  given: string | null,
  loaded?: QuestionSet,
  seen?: SeenSession,
): Promise<AnswerOutcome> {
  const now = deps.services.clock.now();
  const iso = now.toISOString();
  // The questions are read before the transaction: on SQLite nothing but the transaction's handle may query inside it.
  const questions = loaded ?? (await questionsOf(deps));
  if (seen?.session.id === sessionId) {
    const quick = await answerAtOnce(deps, ctx, seen, step, given, questions, now);
    if (quick) return quick;
  }
  return deps.store.transaction(async (store): Promise<AnswerOutcome> => {
    const txDeps = inTransaction(deps, store);
    const s = await store.lockSession(sessionId);
    const stale = checkOwner(s, ctx);
    if (stale) return { kind: 'stale', reason: stale };
    if (isExpired(s!, now)) return { kind: 'timeup', session: await finishExam(txDeps, s!, 'timeout') };
    if (s!.answered !== step) return { kind: 'stale', reason: 'old' };
    const stored = questions.get(s!.current_qid ?? '');
    if (!stored) return { kind: 'stale', reason: 'missing' };
    // Letters typed or pressed are the shown ones: graded, recorded and fed back in the user's order.
    const question = shownTo(deps, stored, s!.user_key);
    const correct = given !== null && questions.isCorrect(question, given);
    let change: WrongBookChange = { kind: 'none' };
    if (given !== null) {
      await store.insertAttempt({
        user_key: s!.user_key,
        question_id: question.id,
        level: question.level,
        topic: question.topic,
        correct: correct ? 1 : 0,
        given: given.slice(0, 500),
        answered_at: iso,
        source: s!.kind,
        session_id: s!.id,
        round_id: null,
        position: s!.answered,
      });
      change = await applyToWrongBook(store, s!.user_key, question.id, correct, now);
    }
    let wrapped = false;
    let after: SessionRow;
    if (s!.kind === 'practice' && s!.question_ids === null) {
      const banks = await deps.source().chosenBanks(s!.chat_key, store);
      const list = questions.list({ level: s!.level ?? undefined, topic: s!.topic ?? undefined, banks });
      let next = s!.position + 1;
      if (next >= list.length) {
        next = 0;
        wrapped = true;
      }
      await store.setCursor(s!.user_key, practiceScope(s!.level, s!.topic), next, iso);
      after = await store.advance(s!.id, next, list[next]?.id ?? null, correct ? 1 : 0, 1);
      if (list.length === 0) after = (await store.finish(s!.id, iso, 'empty', null, null)) ?? after;
    } else {
      const ids = JSON.parse(s!.question_ids ?? '[]') as string[];
      const next = s!.position + 1;
      after = await store.advance(s!.id, next, ids[next] ?? null, correct ? 1 : 0, 1);
      if (next >= ids.length) {
        if (s!.kind === 'exam') after = await finishExam(txDeps, after, 'completed');
        else after = (await store.finish(s!.id, iso, 'completed', null, null)) ?? after;
      }
    }
    return { kind: 'answered', questions, before: s!, after, question, correct, change, wrapped, skipped: given === null };
  });
}

/**
 * The common answer, one that leaves its session open, decided on the session as the caller read it and written in
 * one step ({@link QuizStore.recordAnswer}: on PostgreSQL one statement instead of a locked transaction of six).
 * The write happens only if the session is still as it was read; otherwise, and wherever the round ends or the
 * exam's time is up, it returns undefined and the answer goes the locked way of {@link applyAnswer}, which decides
 * those cases. Same rules, same rows written, same outcome as the locked way.
 */
async function answerAtOnce(
  deps: QuizDeps,
  ctx: Pick<Context, 'userKey' | 'chatKey'>,
  { session: s, notebook }: SeenSession,
  step: number,
  given: string | null,
  questions: QuestionSet,
  now: Date,
): Promise<AnswerOutcome | undefined> {
  if (checkOwner(s, ctx) || isExpired(s, now) || s.answered !== step) return undefined;
  const stored = questions.get(s.current_qid ?? '');
  if (!stored) return undefined;
  const question = shownTo(deps, stored, s.user_key);
  const correct = given !== null && questions.isCorrect(question, given);
  let wrapped = false;
  let next: { position: number; currentQid: string };
  let cursor: { scope: string; position: number } | undefined;
  if (s.kind === 'practice' && s.question_ids === null) {
    const banks = await deps.source().chosenBanks(s.chat_key, deps.store);
    const list = questions.list({ level: s.level ?? undefined, topic: s.topic ?? undefined, banks });
    if (list.length === 0) return undefined;
    let position = s.position + 1;
    if (position >= list.length) {
      position = 0;
      wrapped = true;
    }
    next = { position, currentQid: list[position]!.id };
    cursor = { scope: practiceScope(s.level, s.topic), position };
  } else {
    const ids = JSON.parse(s.question_ids ?? '[]') as string[];
    const position = s.position + 1;
    if (position >= ids.length) return undefined;
    next = { position, currentQid: ids[position]! };
  }
  const existing = given === null || notebook !== undefined ? (notebook ?? undefined) : await deps.store.wrong(s.user_key, question.id);
  const plan: WrongBookPlan =
    given === null ? { change: { kind: 'none' } } : planWrongBook(existing, s.user_key, question.id, correct, now);
  const recorded = await deps.store.recordAnswer({
    sessionId: s.id,
    step,
    questionId: question.id,
    now: now.toISOString(),
    attempt:
      given === null ? undefined : { level: question.level, topic: question.topic, correct: correct ? 1 : 0, given: given.slice(0, 500) },
    wrong: plan.write,
    cursor,
    next,
  });
  if (!recorded) return undefined;
  const { session: after, starred } = recorded;
  return {
    kind: 'answered',
    questions,
    before: s,
    after,
    starred,
    question,
    correct,
    change: plan.change,
    wrapped,
    skipped: given === null,
  };
}

/**
 * Scores an exam from its recorded answers and closes it; returns the session as it is now. Call inside a
 * transaction, with deps bound to it ({@link inTransaction}).
 */
export async function finishExam(deps: QuizDeps, s: SessionRow, reason: 'completed' | 'timeout' | 'handed-in'): Promise<SessionRow> {
  const attempts = await deps.store.sessionAttempts(s.id);
  const correct = attempts.filter((a) => a.correct === 1).length;
  const score = s.total > 0 ? Math.round((correct * 100) / s.total) : 0;
  const finished = await deps.store.finish(s.id, deps.services.clock.now().toISOString(), reason, score, score >= (s.pass_mark ?? 60));
  // Not awaited: the scheduler has its own handle, which must not be used inside this transaction.
  schedulerOf(deps.services)
    ?.cancel('exam-deadline', `exam:${s.id}:`)
    .catch(() => undefined);
  return finished ?? (await deps.store.session(s.id))!;
}

/** Closes an exam whose time is up (or that is handed in), in its own transaction; returns it as it is now. */
export function closeExam(deps: QuizDeps, sessionId: number, reason: 'timeout' | 'handed-in'): Promise<SessionRow> {
  return deps.store.transaction(async (tx) => {
    const s = (await tx.lockSession(sessionId))!;
    return s.status === 'active' ? finishExam(inTransaction(deps, tx), s, reason) : s;
  });
}

/** The result sheet of a finished exam: score, pass/fail and the per-topic breakdown. */
export async function examResult(deps: QuizDeps, s: SessionRow): Promise<string> {
  const attempts = await deps.store.sessionAttempts(s.id);
  const questions = await questionsOf(deps);
  const byPosition = new Map(attempts.map((a) => [a.position, a]));
  const ids = JSON.parse(s.question_ids ?? '[]') as string[];
  const topics = new Map<string, { correct: number; total: number }>();
  ids.forEach((id, i) => {
    const attempt = byPosition.get(i);
    const topic = attempt?.topic ?? questions.get(id)?.topic ?? '其他';
    const entry = topics.get(topic) ?? { correct: 0, total: 0 };
    entry.total++;
    if (attempt?.correct === 1) entry.correct++;
    topics.set(topic, entry);
  });
  const correct = attempts.filter((a) => a.correct === 1).length;
  const used = new Date(s.finished_at ?? s.started_at).getTime() - new Date(s.started_at).getTime();
  const lines = [
    strings.exam.result(s.level ?? '', s.score ?? 0, s.pass_mark ?? 60, s.passed === 1, correct, s.total, duration(used)),
    strings.exam.breakdownTitle,
    ...[...topics].map(([topic, t]) => strings.exam.breakdownLine(topic, t.correct, t.total)),
    strings.exam.wrongHint(attempts.length - correct),
  ];
  if (attempts.length < s.total) lines.push(`未作答 ${s.total - attempts.length} 题，按错误计分。`);
  return lines.join('\n');
}

/** What to say about the wrong-answer notebook after an answer. */
export function wrongBookNote(change: WrongBookChange): string[] {
  if (change.kind === 'added') return [strings.common.wrongBookAdded];
  if (change.kind === 'progress') return [strings.common.wrongBookProgress(change.streak)];
  if (change.kind === 'graduated') return [strings.common.wrongBookGraduated];
  return [];
}

/** Replies for an answered question: feedback (not during an exam), then the next question or the summary. */
export async function afterAnswer(deps: QuizDeps, ctx: Context, outcome: Extract<AnswerOutcome, { kind: 'answered' }>): Promise<void> {
  const { after, question, correct, change } = outcome;
  if (after.kind === 'exam') {
    if (after.status !== 'active') {
      await clearPending(ctx);
      ctx.reply(await examResultReply(deps, after));
      return;
    }
    const left = new Date(after.deadline_at!).getTime() - deps.services.clock.now().getTime();
    const note = outcome.skipped
      ? strings.exam.skipped(outcome.before.answered + 1)
      : strings.exam.recorded(outcome.before.answered + 1, duration(left));
    ctx.reply(await showCurrent(deps, ctx, after, [note], outcome.questions, outcome.starred));
    return;
  }
  if (outcome.skipped) {
    if (after.kind !== 'study') ctx.reply(strings.common.skipped(answerText(question)));
  } else ctx.reply(feedback(question, correct, wrongBookNote(change)));
  if (after.status !== 'active') {
    await clearPending(ctx);
    ctx.reply(await roundSummary(deps, after));
    return;
  }
  ctx.reply(await showCurrent(deps, ctx, after, outcome.wrapped ? [strings.practice.wrapped] : [], outcome.questions, outcome.starred));
}

/** The end of a round (practice stopped or done, a review, a study round): 答对 N/M, by topic. */
export async function roundSummary(deps: QuizDeps, s: SessionRow): Promise<string> {
  // A study round that was stopped had its current question on screen too: it was seen, not moved past.
  if (s.kind === 'study') return strings.study.done(s.finish_reason === 'completed' ? s.answered : Math.min(s.total, s.answered + 1));
  const attempts = await deps.store.sessionAttempts(s.id);
  const correct = attempts.filter((a) => a.correct === 1).length;
  const topics = new Map<string, { correct: number; total: number }>();
  for (const a of attempts) {
    const t = topics.get(a.topic) ?? { correct: 0, total: 0 };
    t.total++;
    t.correct += a.correct;
    topics.set(a.topic, t);
  }
  const lines = [s.kind === 'review' ? strings.review.done(correct, attempts.length) : strings.practice.summary(correct, attempts.length)];
  if (topics.size > 0)
    lines.push(strings.exam.breakdownTitle, ...[...topics].map(([topic, t]) => strings.exam.breakdownLine(topic, t.correct, t.total)));
  if (s.kind === 'practice' && !s.question_ids) lines.push(strings.common.stopped);
  return lines.join('\n');
}

/** The exam result with the buttons to review it question by question. */
export async function examResultReply(deps: QuizDeps, s: SessionRow): Promise<Reply> {
  return reply(await examResult(deps, s), [
    [button(strings.examReview.all, 'V', s.id, 0, 'a'), button(strings.examReview.wrongOnly, 'V', s.id, 0, 'w')],
  ]);
}

export function staleText(reason: StaleReason): string {
  return strings.stale[reason];
}
