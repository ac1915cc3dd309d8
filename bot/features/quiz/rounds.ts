import { randomInt } from 'node:crypto';
import type { Context } from '../../core/feature';
import { type QuizQuestion, topicsOf } from './bank';
import { button, chunk, reply } from './render';
import { chatQuestions, openRound, type QuizDeps, showCurrent } from './session';
import type { SessionKind } from './storage';
import { LEVELS, strings } from './strings';

/**
 * Rounds over a fixed list of questions: random practice (随机练习), study mode (背题模式) and practising the
 * starred questions (收藏). Each is a session with its question ids, so buttons, typed answers and the
 * end-of-round score work as in sequential practice.
 */

export const ROUND_SIZE = 20;

export function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Starts a session of `kind` over these questions (replacing the user's other open practice in this chat). */
export async function startRound(
  deps: QuizDeps,
  ctx: Context,
  kind: Extract<SessionKind, 'practice' | 'study'>,
  questions: QuizQuestion[],
  header: string[],
  scope: { level: string | null; topic: string | null } = { level: null, topic: null },
): Promise<void> {
  if (questions.length === 0) {
    ctx.reply(strings.common.noQuestions([scope.level, scope.topic].filter(Boolean).join('·') || '可练习'));
    return;
  }
  const ids = questions.map((q) => q.id);
  const now = deps.services.clock.now().toISOString();
  const session = await deps.store.transaction(async (store) => {
    const id = await openRound(
      store,
      ctx,
      { kind, level: scope.level, topic: scope.topic, questionIds: ids, position: 0, currentQid: ids[0], total: ids.length },
      now,
    );
    return (await store.session(id))!;
  });
  ctx.reply(await showCurrent(deps, ctx, session, header));
}

/** Level and topic words of a command (`背题 初级 党员`, `随机练习 组织生活`); undefined topic when none matched. */
export async function scopeOf(
  deps: QuizDeps,
  ctx: Context,
  words: string[],
): Promise<{ level: string | null; topic: string | null } | { unknown: string }> {
  const level = words.find((w) => (LEVELS as readonly string[]).includes(w)) ?? null;
  const rest = words.filter((w) => w !== level && w !== '随机' && w !== '全部').join('');
  if (!rest) return { level, topic: null };
  const topics = topicsOf(await chatQuestions(deps, ctx.chatKey, level ? { level } : {}));
  const topic = topics.find((t) => t === rest) ?? topics.find((t) => t.includes(rest) || rest.includes(t));
  return topic ? { level, topic } : { unknown: rest };
}

export async function startRandomPractice(deps: QuizDeps, ctx: Context, level: string | null, topic: string | null): Promise<void> {
  const pool = await chatQuestions(deps, ctx.chatKey, { level: level ?? undefined, topic: topic ?? undefined });
  const picked = shuffle(pool).slice(0, ROUND_SIZE);
  await startRound(deps, ctx, 'practice', picked, [strings.practice.randomStarted(picked.length, pool.length)], { level, topic });
}

export async function startStudy(deps: QuizDeps, ctx: Context, level: string | null, topic: string | null, random = false): Promise<void> {
  const pool = await chatQuestions(deps, ctx.chatKey, { level: level ?? undefined, topic: topic ?? undefined });
  const list = random ? shuffle(pool) : pool;
  await startRound(deps, ctx, 'study', list, [strings.study.started(list.length)], { level, topic });
}

/** 随机练习 [等级] [分类]. */
export async function randomCommand(deps: QuizDeps, ctx: Context): Promise<void> {
  const scope = await scopeOf(deps, ctx, ctx.args.split(' ').filter(Boolean));
  if ('unknown' in scope) return void ctx.reply(strings.practice.unknownArgs(ctx.args));
  await startRandomPractice(deps, ctx, scope.level, scope.topic);
}

/** 背题 [等级] [分类] [随机]: without words, a level menu, then topics. */
export async function studyCommand(deps: QuizDeps, ctx: Context): Promise<void> {
  const words = ctx.args.split(' ').filter(Boolean);
  if (words.length === 0) return void ctx.reply(reply(strings.study.chooseLevel, [LEVELS.map((level) => button(level, 'M', level))]));
  const scope = await scopeOf(deps, ctx, words);
  if ('unknown' in scope) return void ctx.reply(strings.practice.unknownArgs(ctx.args));
  await startStudy(deps, ctx, scope.level, scope.topic, words.includes('随机'));
}

export async function studyTopicMenu(deps: QuizDeps, ctx: Context, level: string) {
  const topics = topicsOf(await chatQuestions(deps, ctx.chatKey, { level }));
  if (topics.length === 0) return reply(strings.common.noQuestions(level));
  const buttons = [button(strings.practice.all, 'm', level, '*'), ...topics.map((t) => button(t, 'm', level, t))];
  return reply(strings.study.chooseTopic(level), chunk(buttons, 3));
}
