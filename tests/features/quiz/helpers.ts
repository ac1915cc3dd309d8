import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import type { Button, Reply } from '../../../bot/core/message';
import { createCancelFeature } from '../../../bot/features/cancel';
import { createHelpFeature } from '../../../bot/features/help';
import { quizFeature } from '../../../bot/features/quiz';
import { memorySource, type QuestionType, type QuizQuestion } from '../../../bot/features/quiz/bank';
import { presented } from '../../../bot/features/quiz/shuffle';
import { createQuizStore, type QuizStore } from '../../../bot/features/quiz/storage';
import { createRemindersFeature } from '../../../bot/features/reminders';
import type { Scheduler } from '../../../bot/scheduler/types';
import { ManualClock } from '../../helpers/clock';
import { createTestBot, type Speaker, type TestBot } from '../../helpers/runtime';

/** The small fixture bank (tests/fixtures/quiz/bank.csv, import-template format), ids fx1… in row order. */
export function fixtureQuestions(): QuizQuestion[] {
  const rows = parse(readFileSync(join(import.meta.dirname, '../../fixtures/quiz/bank.csv'), 'utf8'), {
    columns: true,
    bom: true,
  }) as Record<string, string>[];
  return rows.map((r, i) => ({
    id: `fx${i + 1}`,
    type: r['题型'] as QuestionType,
    stem: r['题干'],
    options: ['A', 'B', 'C', 'D', 'E', 'F'].map((l) => r[`选项${l}`]).filter(Boolean),
    answer: r['答案'],
    explanation: r['解析'],
    level: r['等级'],
    topic: r['分类'],
    source: r['出处'],
  }));
}

export interface QuizBot extends TestBot {
  scheduler: Scheduler;
  questions: QuizQuestion[];
  /** Whether options are shown in each user's order (the default). */
  shuffle: boolean;
  /** The quiz's own store over the bot's database: tests read what the quiz keeps through it. */
  store: QuizStore;
  /** Every row of a table (by id where it has one), for what no store call lists: all answers of everyone, say. */
  rows<T = any>(table: string): Promise<T[]>;
  /** Every row of the quiz tables and the conversation state, to assert that nothing changed. */
  snapshot(): Promise<string>;
}

/** The default speaker, `console:me`. */
export const ME = 'console:me';

export async function createQuizBot(
  options: { clock?: ManualClock; questions?: QuizQuestion[]; shuffle?: boolean } = {},
): Promise<QuizBot> {
  const clock = options.clock ?? new ManualClock('2026-03-02T09:00:00+08:00');
  const questions = options.questions ?? fixtureQuestions();
  const bot = await createTestBot({
    clock,
    features: [
      createHelpFeature,
      createCancelFeature,
      createRemindersFeature,
      quizFeature({ source: () => memorySource(questions), shuffle: options.shuffle }),
    ],
  });
  const scheduler = bot.runtime.app.services.scheduler;
  const db = bot.runtime.storage.db as unknown as Kysely<any>;
  const rows = async <T = any>(table: string): Promise<T[]> => {
    const all = await db.selectFrom(table).selectAll().execute();
    const key = (r: Record<string, unknown>) => (typeof r.id === 'number' ? String(r.id).padStart(12, '0') : JSON.stringify(r));
    return all.sort((a, b) => key(a).localeCompare(key(b))) as T[];
  };
  return {
    ...bot,
    scheduler,
    questions,
    shuffle: options.shuffle ?? true,
    store: createQuizStore(bot.runtime.storage),
    rows,
    async snapshot() {
      const tables = [
        'quiz_sessions',
        'quiz_attempts',
        'quiz_cursors',
        'quiz_wrong',
        'quiz_subscriptions',
        'quiz_daily_rounds',
        'conversation_state',
      ];
      return JSON.stringify(await Promise.all(tables.map(rows)));
    },
  };
}

export const allButtons = (replies: Reply[]): Button[] => replies.flatMap((r) => r.buttons?.flat() ?? []);

export function buttonData(replies: Reply[], predicate: (b: Button) => boolean): string {
  const found = allButtons(replies).find(predicate);
  if (!found) throw new Error(`no such button in: ${JSON.stringify(replies.map((r) => r.buttons))}`);
  return found.data;
}

export const labelled = (label: string) => (b: Button) => b.label === label;

/** The session id and step of the last question shown in these replies. */
export function current(replies: Reply[]): { sessionId: number; step: number } {
  const data = allButtons(replies)
    .map((b) => b.data.split(':'))
    .filter((p) => ['a', 't', 's', 'x'].includes(p[1]));
  const last = data.find((p) => p[1] !== 'x') ?? data[0];
  if (!last) throw new Error('no question shown');
  const sessionId = Number(last[2]);
  return { sessionId, step: last[3] !== undefined ? Number(last[3]) : NaN };
}

/** The question a session is on, as its user sees it (options in that user's order). */
export async function questionOf(bot: QuizBot, sessionId: number): Promise<QuizQuestion> {
  const session = await bot.store.session(sessionId);
  const q = bot.questions.find((q) => q.id === session?.current_qid)!;
  return bot.shuffle ? presented(q, session!.user_key) : q;
}

/** A wrong letter for a choice question. */
export const wrongLetter = (q: QuizQuestion) =>
  'ABCDEF'
    .slice(0, q.options.length)
    .split('')
    .find((l) => !q.answer.includes(l))!;

/** Answers the current question of the session rightly or wrongly, whatever its type. */
export async function answer(bot: QuizBot, replies: Reply[], right: boolean, as?: Speaker): Promise<Reply[]> {
  const { sessionId, step } = current(replies);
  const q = await questionOf(bot, sessionId);
  if (q.type === '单选') return bot.press(`q:a:${sessionId}:${step}:${right ? q.answer : wrongLetter(q)}`, as);
  if (q.type === '判断') return bot.press(`q:a:${sessionId}:${step}:${(q.answer === '正确') === right ? 'T' : 'F'}`, as);
  if (q.type === '多选') {
    // Every reply of the toggles and the submit: the first press may already be the one that meets the deadline.
    const letters = right ? q.answer.split('') : [wrongLetter(q)];
    const toggled: Reply[] = [];
    for (const l of letters) toggled.push(...(await bot.press(`q:t:${sessionId}:${step}:${l}`, as)));
    const submitted = await bot.press(`q:s:${sessionId}:${step}`, as);
    return [...toggled.filter((r) => !r.buttons), ...submitted];
  }
  return bot.say(
    right
      ? q.answer
          .split('|')
          .map((b) => b.split('/')[0])
          .join('|')
      : '不知道',
    as,
  );
}
