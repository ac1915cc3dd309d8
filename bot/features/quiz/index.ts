import type { Context, Feature, FeatureFactory, PendingState, Services } from '../../core/feature';
import { createQuestionSource, type QuestionSource } from './bank';
import { bankAction, banksCommand } from './banks';
import { dailyAction, dailyHandler, DAILY_KIND, leaderboardCommand, scheduleNext, subscribe, subscribeCommand, unsubscribeCommand } from './daily';
import { closeExpiredExamOf, examCommand, examDeadlineHandler, examHistory, startExam } from './mock-exam';
import { practiceCommand, startPractice, topicMenu } from './practice';
import { button, decodeButtonAnswer, letters, PREFIX, reply } from './render';
import { startReview, wrongBookCommand } from './review';
import {
  afterAnswer,
  applyAnswer,
  checkOwner,
  examResult,
  FEATURE,
  finishExam,
  isExpired,
  schedulerOf,
  showCurrent,
  staleText,
  type PendingAnswer,
  type QuizDeps,
} from './session';
import { statsCommand } from './stats';
import { createQuizStore, quizMigrations } from './storage';
import { DAILY_DEFAULTS, EXAM_DEFAULTS, LEVELS, strings } from './strings';
import { lateAnswerer } from '../../answering';
import { createExamAnswerer } from './exam-answerer';

export { quizMigrations } from './storage';

export interface QuizFeatureOptions {
  /** Where questions come from; defaults to the question bank (knowledge/questions). Tests pass a fixture bank. */
  source?: (services: Services) => QuestionSource;
}

/** 练习, 错题本, 复习, 模拟考试, 每日一练, 统计: the exam-practice features, one question at a time. */
export function quizFeature(options: QuizFeatureOptions = {}): FeatureFactory {
  return (services: Services): Feature => {
    let source: QuestionSource | undefined;
    const deps: QuizDeps = {
      services,
      store: createQuizStore(services.storage.sqlite),
      source: () => (source ??= (options.source ?? createQuestionSource)(services)),
    };
    // Pasted exam questions the banks do not hold fall back on the handbook, which the ask feature answers.
    services.provide('pastedQuestions', createExamAnswerer(services, lateAnswerer('handbook', () => services.need('handbookAnswerer'))));

    let registered = false;
    const ensureHandlers = () => {
      const scheduler = schedulerOf(services);
      if (!scheduler || registered) return;
      scheduler.register(DAILY_KIND, dailyHandler(deps));
      scheduler.register('exam-deadline', examDeadlineHandler(deps));
      registered = true;
    };
    ensureHandlers();

    const withHandlers =
      (run: (ctx: Context) => Promise<void> | void) =>
      async (ctx: Context): Promise<void> => {
        ensureHandlers();
        // An exam whose time ran out is closed and scored on the next quiz interaction.
        if (ctx.message.action === undefined) await closeExpiredExamOf(deps, ctx);
        await run(ctx);
      };

    return {
      name: FEATURE,
      actionPrefix: PREFIX,
      migrations: quizMigrations,
      commands: [
        { name: 'quiz', aliases: ['练习', '刷题', '做题', '开始练习'], group: '刷题备考', description: strings.descriptions.quiz, run: withHandlers((ctx) => practiceCommand(deps, ctx)) },
        { name: 'wrong', aliases: ['错题本', '错题'], group: '刷题备考', description: strings.descriptions.wrong, run: withHandlers((ctx) => wrongBookCommand(deps, ctx)) },
        { name: 'review', aliases: ['复习', '复习错题'], group: '刷题备考', description: strings.descriptions.review, run: withHandlers((ctx) => startReview(deps, ctx, false)) },
        { name: 'exam', aliases: ['模拟考试', '模考', '考试'], group: '刷题备考', description: strings.descriptions.exam, run: withHandlers((ctx) => examCommand(deps, ctx)) },
        { name: 'exam_history', aliases: ['考试记录', '考试成绩'], group: '刷题备考', description: strings.descriptions.examHistory, run: withHandlers((ctx) => examHistory(deps, ctx)) },
        { name: 'subscribe', aliases: ['每日一练', '订阅每日一练'], group: '刷题备考', description: strings.descriptions.subscribe, run: withHandlers((ctx) => subscribeCommand(deps, ctx)) },
        { name: 'unsubscribe', aliases: ['取消每日一练', '退订每日一练', '退订'], group: '刷题备考', description: strings.descriptions.unsubscribe, run: withHandlers((ctx) => unsubscribeCommand(deps, ctx)) },
        { name: 'leaderboard', aliases: ['排行榜', '每日一练排行'], group: '刷题备考', description: strings.descriptions.leaderboard, run: withHandlers((ctx) => leaderboardCommand(deps, ctx)) },
        { name: 'stats', aliases: ['统计', '我的成绩', '成绩'], group: '刷题备考', description: strings.descriptions.stats, run: withHandlers((ctx) => statsCommand(deps, ctx)) },
        { name: 'banks', aliases: ['题库', '选择题库'], group: '刷题备考', description: strings.descriptions.banks, run: withHandlers((ctx) => banksCommand(deps, ctx)) },
      ],

      async onAction(ctx, data) {
        ensureHandlers();
        await onAction(deps, ctx, data);
      },

      async onPending(ctx, state: PendingState) {
        const pending = state.data as PendingAnswer | null;
        if (!pending || typeof pending.sessionId !== 'number') {
          await ctx.state.clear();
          return false;
        }
        const s = deps.store.session(pending.sessionId);
        if (checkOwner(s, ctx) || (s!.answered !== pending.step && !isExpired(s!, services.clock.now()))) {
          await ctx.state.clear();
          return false;
        }
        const outcome = applyAnswer(deps, ctx, pending.sessionId, pending.step, ctx.text);
        await respond(deps, ctx, outcome);
        return true;
      },

      // The chat blocked the bot or removed it: pause its daily quiz (a new 每日一练 subscribes again).
      async onRecipientUnavailable(address) {
        const sub = deps.store.subscriptionByChat(`${address.platform}:${address.chatId}`);
        if (!sub || !sub.active) return;
        deps.store.deactivate(sub.id, services.clock.now().toISOString());
        await schedulerOf(services)?.cancel(DAILY_KIND, `sub:${sub.id}:`);
      },

      async start() {
        ensureHandlers();
        // Make sure every active subscription has its next delivery planned (idempotent by occurrence key).
        const now = services.clock.now();
        for (const sub of deps.store.activeSubscriptions()) await scheduleNext(deps, sub, now);
        for (const exam of deps.store.expiredExams(now.toISOString())) deps.store.transaction(() => finishExam(deps, exam, 'timeout'));
      },
    };
  };
}

export const createQuizFeature: FeatureFactory = quizFeature();

async function respond(deps: QuizDeps, ctx: Context, outcome: ReturnType<typeof applyAnswer>): Promise<void> {
  if (outcome.kind === 'stale') {
    ctx.reply(staleText(outcome.reason));
    return;
  }
  if (outcome.kind === 'timeup') {
    const pending = await ctx.state.get();
    if (pending?.feature === FEATURE) await ctx.state.clear();
    ctx.reply(`${strings.exam.timeUp}\n${examResult(deps, outcome.session)}`);
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
      return void ctx.reply(topicMenu(deps, ctx, a));
    case 'P': {
      if (!LEVELS.includes(a as (typeof LEVELS)[number]) || !b) return void ctx.reply(strings.stale.badData);
      await closeExpiredExamOf(deps, ctx);
      return startPractice(deps, ctx, a, b === '*' ? null : b);
    }
    case 'E':
      if (!LEVELS.includes(a as (typeof LEVELS)[number])) return void ctx.reply(strings.stale.badData);
      return startExam(deps, ctx, { level: a, count: EXAM_DEFAULTS.count, minutes: EXAM_DEFAULTS.minutes, passMark: EXAM_DEFAULTS.passMark });
    case 'B':
      return bankAction(deps, ctx, a);
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
  const s = store.session(sessionId);
  const stale = checkOwner(s, ctx);
  if (stale) return void ctx.reply(staleText(stale));
  const now = deps.services.clock.now();
  if (isExpired(s!, now)) {
    store.transaction(() => finishExam(deps, store.session(sessionId)!, 'timeout'));
    await respond(deps, ctx, { kind: 'timeup', session: store.session(sessionId)! });
    return;
  }
  const step = int(b);
  const question = s!.current_qid ? deps.source().get(s!.current_qid) : undefined;

  if (op === 'x') {
    if (s!.kind !== 'exam') {
      store.finish(s!.id, now.toISOString(), 'stopped', null, null);
      const pending = await ctx.state.get();
      if (pending?.feature === FEATURE) await ctx.state.clear();
      return void ctx.reply(strings.common.stopped);
    }
    return void ctx.reply(
      reply(strings.exam.confirmHandIn(s!.answered, s!.total), [[button(strings.exam.confirm, 'X', s!.id), button(strings.exam.resume, 'c', s!.id, s!.answered)]]),
    );
  }
  if (op === 'X') {
    if (s!.kind !== 'exam') return void ctx.reply(strings.stale.badData);
    store.transaction(() => finishExam(deps, store.session(sessionId)!, 'handed-in'));
    const pending = await ctx.state.get();
    if (pending?.feature === FEATURE) await ctx.state.clear();
    return void ctx.reply(examResult(deps, store.session(sessionId)!));
  }
  if (step === undefined) return void ctx.reply(strings.stale.badData);
  if (step !== s!.answered) return void ctx.reply(staleText('old'));
  if (op === 'c') return void ctx.reply(await showCurrent(deps, ctx, s!));
  if (!question) return void ctx.reply(strings.stale.questionGone);

  if (op === 'a') {
    const valid = question.type === '判断' ? ['T', 'F'] : question.type === '单选' ? letters(question.options.length) : [];
    if (!c || !valid.includes(c)) return void ctx.reply(question.type === '填空' ? strings.stale.notChoice : strings.stale.badData);
    return respond(deps, ctx, applyAnswer(deps, ctx, sessionId, step, decodeButtonAnswer(question, c)));
  }
  if (op === 't') {
    if (question.type !== '多选' || !c || !letters(question.options.length).includes(c)) return void ctx.reply(strings.stale.badData);
    const selection = s!.selection.includes(c) ? s!.selection.replace(c, '') : [...s!.selection, c].sort().join('');
    store.setSelection(s!.id, selection);
    return void ctx.reply(await showCurrent(deps, ctx, store.session(sessionId)!, [`已选：${selection || '（无）'}`]));
  }
  if (op === 's') {
    if (question.type !== '多选') return void ctx.reply(strings.stale.badData);
    if (!s!.selection) return void ctx.reply('还没有选择任何选项。请先点选项（可多选），再按“提交”。');
    return respond(deps, ctx, applyAnswer(deps, ctx, sessionId, step, s!.selection));
  }
  ctx.reply(strings.stale.badData);
}
