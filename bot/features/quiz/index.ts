import { looksLikeExamQuestion, parsePasted } from '../../../knowledge';
import { lateAnswerer } from '../../answering';
import type { Context, Feature, FeatureFactory, PendingState, Services } from '../../core/feature';
import { createQuestionSource, type QuestionSource } from './bank';
import { bankAction, banksCommand } from './banks';
import {
  DAILY_KIND,
  dailyAction,
  dailyHandler,
  dailyStar,
  leaderboardCommand,
  scheduleNext,
  subscribe,
  subscribeCommand,
  typedDailyAnswer,
  unsubscribeCommand,
} from './daily';
import { createBankIndex, createExamAnswerer } from './exam-answerer';
import { examReviewAction, examReviewCommand } from './exam-review';
import { favouritesAction, favouritesCommand, toggleStar } from './favourites';
import { chosen, isOpenMenu, rememberingMenus } from './menus';
import { closeExpiredExamOf, examCommand, examDeadlineHandler, examHistory, startExam } from './mock-exam';
import { practiceCommand, startPractice, topicMenu } from './practice';
import { progressCommand } from './progress';
import { button, decodeButtonAnswer, letters, PREFIX, reply } from './render';
import { startReview, wrongBookCommand } from './review';
import { randomCommand, startRandomPractice, startStudy, studyCommand, studyTopicMenu } from './rounds';
import {
  afterAnswer,
  applyAnswer,
  checkOwner,
  clearPending,
  closeExam,
  examResult,
  examResultReply,
  FEATURE,
  isExpired,
  type PendingAnswer,
  type QuizDeps,
  questionsOf,
  roundSummary,
  type StaleReason,
  schedulerOf,
  showCurrent,
  staleText,
} from './session';
import { statsCommand } from './stats';
import { createQuizStore, quizMigrations, type SessionRow } from './storage';
import { DAILY_DEFAULTS, EXAM_DEFAULTS, LEVELS, strings } from './strings';
import { parseTyped } from './typed';

export { quizMigrations } from './storage';

export interface QuizFeatureOptions {
  /** Where questions come from; defaults to the question bank (knowledge/questions). Tests pass a fixture bank. */
  source?: (services: Services) => QuestionSource;
  /** Show options in each user's own order (the default); false keeps the bank's order. */
  shuffle?: boolean;
}

/** 练习, 错题本, 复习, 模拟考试, 每日一练, 统计: the exam-practice features, one question at a time. */
export function quizFeature(options: QuizFeatureOptions = {}): FeatureFactory {
  return (services: Services): Feature => {
    let source: QuestionSource | undefined;
    const store = createQuizStore(services.storage);
    const deps: QuizDeps = {
      services,
      store,
      shuffle: options.shuffle ?? true,
      source: () => (source ??= options.source ? options.source(services) : createQuestionSource(services)),
    };

    let registered = false;
    const ensureHandlers = () => {
      const scheduler = schedulerOf(services);
      if (!scheduler || registered) return;
      scheduler.register(DAILY_KIND, dailyHandler(deps));
      scheduler.register('exam-deadline', examDeadlineHandler(deps));
      registered = true;
    };
    ensureHandlers();

    // Pasted exam questions are answered here and offered to the question answerer (the ask feature) as a service;
    // with a model configured, a paste the banks and the handbook's wording leave open is shown to the handbook answerer.
    services.provide(
      'pastedQuestions',
      createExamAnswerer(
        services,
        createBankIndex(services),
        lateAnswerer('handbook', () => services.need('handbookAnswerer')),
      ),
    );

    const withHandlers =
      (run: (ctx: Context) => Promise<void> | void) =>
      async (ctx: Context): Promise<void> => {
        ensureHandlers();
        // An exam whose time ran out is closed and scored on the next quiz interaction.
        if (ctx.message.action === undefined) await closeExpiredExamOf(deps, ctx);
        await rememberingMenus(ctx, FEATURE, async () => run(ctx));
      };

    return {
      name: FEATURE,
      actionPrefix: PREFIX,
      migrations: quizMigrations,
      home: [{ title: '我的练习统计', command: 'stats' }],
      commands: [
        {
          name: 'quiz',
          aliases: ['练习', '刷题', '做题', '开始练习'],
          group: '刷题备考',
          description: strings.descriptions.quiz,
          run: withHandlers((ctx) => practiceCommand(deps, ctx)),
        },
        {
          name: 'wrong',
          aliases: ['错题本', '错题'],
          group: '刷题备考',
          description: strings.descriptions.wrong,
          run: withHandlers((ctx) => wrongBookCommand(deps, ctx)),
        },
        {
          name: 'review',
          aliases: ['复习', '复习错题'],
          group: '刷题备考',
          description: strings.descriptions.review,
          run: withHandlers((ctx) => startReview(deps, ctx, false)),
        },
        {
          name: 'exam',
          aliases: ['模拟考试', '模考', '考试'],
          group: '刷题备考',
          description: strings.descriptions.exam,
          run: withHandlers((ctx) => examCommand(deps, ctx)),
        },
        {
          name: 'exam_history',
          aliases: ['考试记录', '考试成绩'],
          group: '刷题备考',
          description: strings.descriptions.examHistory,
          run: withHandlers((ctx) => examHistory(deps, ctx)),
        },
        {
          name: 'subscribe',
          aliases: ['每日一练', '订阅每日一练'],
          group: '刷题备考',
          description: strings.descriptions.subscribe,
          run: withHandlers((ctx) => subscribeCommand(deps, ctx)),
        },
        {
          name: 'unsubscribe',
          aliases: ['取消每日一练', '退订每日一练', '退订'],
          group: '刷题备考',
          description: strings.descriptions.unsubscribe,
          run: withHandlers((ctx) => unsubscribeCommand(deps, ctx)),
        },
        {
          name: 'leaderboard',
          aliases: ['排行榜', '每日一练排行'],
          group: '刷题备考',
          description: strings.descriptions.leaderboard,
          run: withHandlers((ctx) => leaderboardCommand(deps, ctx)),
        },
        {
          name: 'stats',
          aliases: ['统计', '我的成绩', '成绩'],
          group: '刷题备考',
          description: strings.descriptions.stats,
          run: withHandlers((ctx) => statsCommand(deps, ctx)),
        },
        {
          name: 'banks',
          aliases: ['题库', '选择题库'],
          group: '刷题备考',
          description: strings.descriptions.banks,
          run: withHandlers((ctx) => banksCommand(deps, ctx)),
        },
        {
          name: 'random',
          aliases: ['随机练习', '随机刷题', '乱序练习'],
          group: '刷题备考',
          description: strings.descriptions.random,
          run: withHandlers((ctx) => randomCommand(deps, ctx)),
        },
        {
          name: 'study',
          aliases: ['背题', '背题模式', '看题'],
          group: '刷题备考',
          description: strings.descriptions.study,
          run: withHandlers((ctx) => studyCommand(deps, ctx)),
        },
        {
          name: 'favorites',
          aliases: ['收藏夹', '我的收藏', '收藏列表'],
          group: '刷题备考',
          description: strings.descriptions.favourites,
          run: withHandlers((ctx) => favouritesCommand(deps, ctx)),
        },
        {
          name: 'progress',
          aliases: ['进度', '练习进度', '学习进度'],
          group: '刷题备考',
          description: strings.descriptions.progress,
          run: withHandlers((ctx) => progressCommand(deps, ctx)),
        },
        {
          name: 'exam_review',
          aliases: ['考试回顾', '试卷回顾', '回顾'],
          group: '刷题备考',
          description: strings.descriptions.examReview,
          run: withHandlers((ctx) => examReviewCommand(deps, ctx)),
        },
      ],

      async onAction(ctx, data) {
        ensureHandlers();
        await rememberingMenus(ctx, FEATURE, () => onAction(deps, ctx, data));
      },

      async onPending(ctx, state: PendingState) {
        if (isOpenMenu(state.data)) {
          // A menu is open: its label (or number) chooses it; anything else closes it and goes on as usual.
          const data = chosen(state.data.menu, ctx.text);
          await ctx.state.clear();
          if (!data) return false;
          await rememberingMenus(ctx, FEATURE, () => onAction(deps, ctx, data));
          return true;
        }
        const pending = state.data as PendingAnswer | null;
        if (!pending || typeof pending.sessionId !== 'number') {
          await ctx.state.clear();
          return false;
        }
        const s = await deps.store.session(pending.sessionId);
        const stepMoved = pending.step !== undefined && s !== undefined && s.answered !== pending.step;
        if (checkOwner(s, ctx) || (stepMoved && !isExpired(s!, services.clock.now()))) {
          await ctx.state.clear();
          return false;
        }
        return typedInSession(deps, ctx, s!);
      },

      // 取消: a practice, review or study round ends with its score; a mock exam asks whether to hand in instead.
      async cancelOpen(ctx) {
        const open = await deps.store.activeSession(ctx.userKey, ctx.chatKey);
        if (!open || isExpired(open, services.clock.now())) return undefined;
        await sessionCommand(deps, ctx, open, 'stop');
        return open.kind === 'exam' ? undefined : strings.cancelledRound;
      },

      // Typed answers to a daily question, and pastes while an exam runs, before the question answerer sees them.
      async onText(ctx) {
        if (!ctx.text) return false;
        const exam = await deps.store.activeExam(ctx.userKey);
        if (exam && exam.chat_key === ctx.chatKey && !isExpired(exam, services.clock.now()) && looksLikeExamQuestion(ctx.text)) {
          ctx.reply(strings.paste.examRunning);
          return true;
        }
        if (await typedDailyAnswer(deps, ctx)) return true;
        const open = await deps.store.activeSession(ctx.userKey, ctx.chatKey);
        if (open) return typedInSession(deps, ctx, open);
        // 收藏 stars the open question; with none open it lists the stars.
        if (/^(收藏|我的收藏)$/.test(ctx.text)) {
          await rememberingMenus(ctx, FEATURE, () => favouritesCommand(deps, ctx));
          return true;
        }
        return false;
      },

      // The chat blocked the bot or removed it: pause its daily quiz (a new 每日一练 subscribes again).
      async onRecipientUnavailable(address) {
        const sub = await deps.store.subscriptionByChat(`${address.platform}:${address.chatId}`);
        if (!sub?.active) return;
        await deps.store.deactivate(sub.id, services.clock.now().toISOString());
        await schedulerOf(services)?.cancel(DAILY_KIND, `sub:${sub.id}:`);
      },

      async start() {
        ensureHandlers();
        // Make sure every active subscription has its next delivery planned (idempotent by occurrence key).
        const now = services.clock.now();
        for (const sub of await deps.store.activeSubscriptions()) await scheduleNext(deps, sub, now);
        for (const exam of await deps.store.expiredExams(now.toISOString())) await closeExam(deps, exam.id, 'timeout');
      },
    };
  };
}

export const createQuizFeature: FeatureFactory = quizFeature();

async function respond(deps: QuizDeps, ctx: Context, outcome: Awaited<ReturnType<typeof applyAnswer>>): Promise<void> {
  if (outcome.kind === 'stale') {
    ctx.reply(staleText(outcome.reason));
    return;
  }
  if (outcome.kind === 'timeup') {
    const pending = await ctx.state.get();
    if (pending?.feature === FEATURE) await ctx.state.clear();
    ctx.reply(`${strings.exam.timeUp}\n${await examResult(deps, outcome.session)}`);
    return;
  }
  await afterAnswer(deps, ctx, outcome);
}

const int = (value: string | undefined) => (value !== undefined && /^\d{1,12}$/.test(value) ? Number(value) : undefined);

async function onAction(deps: QuizDeps, ctx: Context, data: string): Promise<void> {
  const [, op, a, b, c] = data.split(':');
  const { store } = deps;
  switch (op) {
    case 'L': // level chosen for practice → topics
      if (!LEVELS.includes(a as (typeof LEVELS)[number])) return void ctx.reply(strings.stale.badData);
      return void ctx.reply(await topicMenu(deps, ctx, a));
    case 'P': {
      if (!LEVELS.includes(a as (typeof LEVELS)[number]) || !b) return void ctx.reply(strings.stale.badData);
      await closeExpiredExamOf(deps, ctx);
      return startPractice(deps, ctx, a, b === '*' ? null : b);
    }
    case 'E':
      if (!LEVELS.includes(a as (typeof LEVELS)[number])) return void ctx.reply(strings.stale.badData);
      return startExam(deps, ctx, {
        level: a,
        count: EXAM_DEFAULTS.count,
        minutes: EXAM_DEFAULTS.minutes,
        passMark: EXAM_DEFAULTS.passMark,
      });
    case 'B':
      return bankAction(deps, ctx, a);
    case 'M': // level chosen for study mode → topics
      if (!LEVELS.includes(a as (typeof LEVELS)[number])) return void ctx.reply(strings.stale.badData);
      return void ctx.reply(await studyTopicMenu(deps, ctx, a));
    case 'm':
      if (!LEVELS.includes(a as (typeof LEVELS)[number]) || !b) return void ctx.reply(strings.stale.badData);
      return startStudy(deps, ctx, a, b === '*' ? null : b);
    case 'r':
      if (!LEVELS.includes(a as (typeof LEVELS)[number]) || !b) return void ctx.reply(strings.stale.badData);
      return startRandomPractice(deps, ctx, a, b === '*' ? null : b);
    case 'F':
      return favouritesAction(deps, ctx, a);
    case 'V': {
      const id = int(a);
      const page = int(b);
      if (id === undefined || page === undefined) return void ctx.reply(strings.stale.badData);
      return examReviewAction(deps, ctx, id, page, c);
    }
    case 'g': {
      const round = int(a);
      const index = int(b);
      if (round === undefined || index === undefined) return void ctx.reply(strings.stale.badData);
      return dailyStar(deps, ctx, round, index);
    }
    case 'R':
    case 'W':
      return startReview(deps, ctx, op === 'W');
    case 'S': {
      if (!/^\d{4}$/.test(a ?? '')) return void ctx.reply(strings.stale.badData);
      if (ctx.message.chat.kind === 'group' && !(await ctx.requireSecretary('设置本群的每日一练'))) return;
      return subscribe(deps, ctx, `${a.slice(0, 2)}:${a.slice(2)}`, DAILY_DEFAULTS.count, null);
    }
    case 'd':
    case 'D': {
      const round = int(a);
      const index = int(b);
      if (round === undefined || index === undefined) return void ctx.reply(strings.stale.badData);
      return dailyAction(deps, ctx, op, round, index, c);
    }
  }

  // Session buttons: a (answer), t (toggle), s (submit), x (stop / hand in), X (confirmed hand-in), c (continue).
  const sessionId = int(a);
  if (sessionId === undefined) return void ctx.reply(strings.stale.badData);
  // Read with the current question's notebook row: an answer then needs no second read before its write.
  const seen = await store.sessionForAnswer(sessionId);
  const s = seen?.session;
  const stale = checkOwner(s, ctx);
  if (stale) return void ctx.reply(staleText(stale));
  // The session is this user's in this chat: the pending state read with it is theirs (the next question's set reads none).
  ctx.state.seen(seen!.state);
  const now = deps.services.clock.now();
  if (isExpired(s!, now)) {
    await respond(deps, ctx, { kind: 'timeup', session: await closeExam(deps, sessionId, 'timeout') });
    return;
  }
  const step = int(b);
  const questions = await questionsOf(deps);
  const question = s!.current_qid ? questions.get(s!.current_qid) : undefined;

  if (op === 'x') return sessionCommand(deps, ctx, s!, 'stop');
  if (op === 'X') {
    if (s!.kind !== 'exam') return void ctx.reply(strings.stale.badData);
    const closed = await closeExam(deps, sessionId, 'handed-in');
    await clearPending(ctx);
    return void ctx.reply(await examResultReply(deps, closed));
  }
  if (step === undefined) return void ctx.reply(strings.stale.badData);
  if (step !== s!.answered) return void ctx.reply(staleText('old'));
  if (op === 'c') return void ctx.reply(await showCurrent(deps, ctx, s!, [], questions));
  if (!question) return void ctx.reply(strings.stale.questionGone);
  if (op === 'n') return sessionCommand(deps, ctx, s!, 'skip');
  if (op === 'f') return sessionCommand(deps, ctx, s!, 'star');

  if (s!.kind === 'study') return void ctx.reply(strings.stale.badData);
  if (op === 'a') {
    const valid = question.type === '判断' ? ['T', 'F'] : question.type === '单选' ? letters(question.options.length) : [];
    if (!c || !valid.includes(c)) return void ctx.reply(question.type === '填空' ? strings.stale.notChoice : strings.stale.badData);
    return respond(
      deps,
      ctx,
      await applyAnswer(deps, ctx, sessionId, step, decodeButtonAnswer(question, c), questions, {
        session: s!,
        notebook: seen!.notebook ?? null,
      }),
    );
  }
  if (op === 't') {
    if (question.type !== '多选' || !c || !letters(question.options.length).includes(c)) return void ctx.reply(strings.stale.badData);
    const selection = s!.selection.includes(c) ? s!.selection.replace(c, '') : [...s!.selection, c].sort().join('');
    await store.setSelection(s!.id, selection);
    return void ctx.reply(await showCurrent(deps, ctx, { ...s!, selection }, [`已选：${selection || '（无）'}`], questions));
  }
  if (op === 's') {
    if (question.type !== '多选') return void ctx.reply(strings.stale.badData);
    if (!s!.selection) return void ctx.reply(strings.practice.nothingSelected);
    return respond(
      deps,
      ctx,
      await applyAnswer(deps, ctx, sessionId, step, s!.selection, questions, { session: s!, notebook: seen!.notebook ?? null }),
    );
  }
  ctx.reply(strings.stale.badData);
}

/** Stop, hand in, skip or star on the session's current question: from a button or typed. */
async function sessionCommand(deps: QuizDeps, ctx: Context, s: SessionRow, what: 'stop' | 'hand-in' | 'skip' | 'star'): Promise<void> {
  const { store } = deps;
  const now = deps.services.clock.now();
  if (what === 'star') {
    const questions = await questionsOf(deps);
    const question = s.current_qid ? questions.get(s.current_qid) : undefined;
    if (!question) return void ctx.reply(strings.stale.questionGone);
    ctx.reply(await toggleStar(deps, ctx, question.id));
    ctx.reply(await showCurrent(deps, ctx, (await store.session(s.id))!, [], questions));
    return;
  }
  if (what === 'skip') return respond(deps, ctx, await applyAnswer(deps, ctx, s.id, s.answered, null, undefined, { session: s }));
  if (s.kind === 'exam') {
    return void ctx.reply(
      reply(strings.exam.confirmHandIn(s.answered, s.total), [
        [button(strings.exam.confirm, 'X', s.id), button(strings.exam.resume, 'c', s.id, s.answered)],
      ]),
    );
  }
  const stopped = (await store.finish(s.id, now.toISOString(), 'stopped', null, null)) ?? (await store.session(s.id))!;
  await clearPending(ctx);
  ctx.reply(await roundSummary(deps, stopped));
}

/**
 * Text typed while a question of this session is open: an answer, or a button's word. Returns false for text
 * that is neither (a real question goes on to the question answerer, and the question stays open).
 */
async function typedInSession(deps: QuizDeps, ctx: Context, s: SessionRow): Promise<boolean> {
  const now = deps.services.clock.now();
  if (isExpired(s, now)) {
    await respond(deps, ctx, { kind: 'timeup', session: await closeExam(deps, s.id, 'timeout') });
    return true;
  }
  const questions = await questionsOf(deps);
  const question = s.current_qid ? questions.get(s.current_qid) : undefined;
  // A pasted question with its options is never an answer (not even to a fill-in question).
  if (!question || parsePasted(ctx.text).options.length >= 2) return false;
  const typed = parseTyped(question.type, question.options.length, ctx.text);
  if (!typed) return false;
  if (typed.kind === 'invalid') {
    ctx.reply(typed.reason);
    return true;
  }
  if (typed.kind === 'stop' || typed.kind === 'hand-in' || typed.kind === 'star') {
    await sessionCommand(deps, ctx, s, typed.kind === 'hand-in' && s.kind !== 'exam' ? 'stop' : typed.kind);
    return true;
  }
  if (typed.kind === 'next' || typed.kind === 'skip') {
    await sessionCommand(deps, ctx, s, 'skip');
    return true;
  }
  if (s.kind === 'study') {
    ctx.reply(strings.study.noAnswerNeeded);
    return true;
  }
  if (typed.kind === 'submit') {
    if (question.type !== '多选' || !s.selection) {
      ctx.reply(strings.practice.nothingSelected);
      return true;
    }
    await respond(deps, ctx, await applyAnswer(deps, ctx, s.id, s.answered, s.selection, questions, { session: s }));
    return true;
  }
  if (typed.kind === 'answer')
    await respond(deps, ctx, await applyAnswer(deps, ctx, s.id, s.answered, typed.value, questions, { session: s }));
  return true;
}

export type { StaleReason };
