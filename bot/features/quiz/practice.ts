import type { Context } from '../../core/feature';
import { topicsOf } from './bank';
import { button, chunk, reply } from './render';
import { randomCommand } from './rounds';
import { chatQuestions, openRound, practiceScope, type QuizDeps, showCurrent } from './session';
import { LEVELS, strings } from './strings';

/** 练习: sequential practice by level and topic; it resumes where the user stopped (one cursor per scope). */

export function levelMenu(kind: 'L' | 'E', text: string = strings.common.chooseLevel) {
  return reply(text, [LEVELS.map((level) => button(level, kind, level))]);
}

export async function topicMenu(deps: QuizDeps, ctx: Context, level: string) {
  const topics = topicsOf(await chatQuestions(deps, ctx.chatKey, { level }));
  if (topics.length === 0) return reply(strings.common.noQuestions(level));
  const buttons = [button(strings.practice.all, 'P', level, '*'), ...topics.map((t) => button(t, 'P', level, t))];
  return reply(strings.practice.chooseTopic(level), [...chunk(buttons, 3), [button(strings.practice.randomButton, 'r', level, '*')]]);
}

/** `练习`, `练习 初级`, `练习 初级 党员`, `练习 党员`. */
export async function practiceCommand(deps: QuizDeps, ctx: Context): Promise<void> {
  const words = ctx.args.split(' ').filter(Boolean);
  if (words.includes('随机')) return randomCommand(deps, ctx);
  if (words.length === 0) {
    ctx.reply(levelMenu('L'));
    return;
  }
  const level = words.find((w) => (LEVELS as readonly string[]).includes(w));
  const rest = words.filter((w) => w !== level).join('');
  if (!rest) {
    ctx.reply(await topicMenu(deps, ctx, level!));
    return;
  }
  const topics = topicsOf(await chatQuestions(deps, ctx.chatKey, level ? { level } : {}));
  const topic = topics.find((t) => t === rest) ?? topics.find((t) => t.includes(rest) || rest.includes(t));
  if (!topic && rest !== '全部') {
    ctx.reply(strings.practice.unknownArgs(ctx.args));
    return;
  }
  await startPractice(deps, ctx, level ?? null, topic ?? null);
}

export async function startPractice(deps: QuizDeps, ctx: Context, level: string | null, topic: string | null): Promise<void> {
  const list = await chatQuestions(deps, ctx.chatKey, { level: level ?? undefined, topic: topic ?? undefined });
  if (list.length === 0) {
    ctx.reply(strings.common.noQuestions([level, topic].filter(Boolean).join('·') || '可练习'));
    return;
  }
  const now = deps.services.clock.now().toISOString();
  const header: string[] = [];
  const session = await deps.store.transaction(async (store) => {
    let position = await store.cursor(ctx.userKey, practiceScope(level, topic));
    // An answer on the last question already turns the cursor back to 0: a cursor past the end means the list
    // changed under it (another bank chosen, a bank replaced), not that this list was done.
    if (position >= list.length) {
      position = 0;
      header.push(strings.practice.started(list.length));
    } else if (position > 0) header.push(strings.practice.resumed(position + 1, list.length));
    else header.push(strings.practice.started(list.length));
    const id = await openRound(
      store,
      ctx,
      { kind: 'practice', level, topic, questionIds: null, position, currentQid: list[position].id, total: list.length },
      now,
    );
    return (await store.session(id))!;
  });
  ctx.reply(await showCurrent(deps, ctx, session, header));
}
