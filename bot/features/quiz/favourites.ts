import type { Context } from '../../core/feature';
import { button, reply } from './render';
import { startRound } from './rounds';
import { FAVOURITES_SCOPE, type QuizDeps, questionsOf } from './session';
import { strings } from './strings';

/** 收藏: questions starred from any question view (☆ button, or typing 收藏), listed and practised later. */

export async function favouriteQuestions(deps: QuizDeps, userKey: string) {
  const [source, favourites] = await Promise.all([questionsOf(deps), deps.store.favourites(userKey)]);
  return favourites.map((f) => source.get(f.question_id)).filter((q) => q !== undefined);
}

export async function favouritesCommand(deps: QuizDeps, ctx: Context): Promise<void> {
  const questions = await favouriteQuestions(deps, ctx.userKey);
  if (questions.length === 0) return void ctx.reply(strings.favourites.empty);
  const lines = [
    strings.favourites.title(questions.length),
    ...questions
      .slice(0, 20)
      .map((q, i) => `${i + 1}. ${q.stem.length > 30 ? `${q.stem.slice(0, 30)}…` : q.stem}（${q.type} · ${q.topic}）`),
  ];
  if (questions.length > 20) lines.push(`……还有 ${questions.length - 20} 题`);
  ctx.reply(reply(lines.join('\n'), [[button(strings.favourites.practise, 'F', 'p'), button(strings.favourites.study, 'F', 's')]]));
}

export async function favouritesAction(deps: QuizDeps, ctx: Context, mode: string | undefined): Promise<void> {
  const questions = await favouriteQuestions(deps, ctx.userKey);
  if (questions.length === 0) return void ctx.reply(strings.favourites.empty);
  const scope = { level: null, topic: FAVOURITES_SCOPE };
  if (mode === 's') return startRound(deps, ctx, 'study', questions, [strings.study.started(questions.length)], scope);
  return startRound(deps, ctx, 'practice', questions, [strings.favourites.started(questions.length)], scope);
}

/** Stars or unstars a question for the user; the reply says which. */
export async function toggleStar(deps: QuizDeps, ctx: Context, questionId: string): Promise<string> {
  const starred = await deps.store.toggleFavourite(ctx.userKey, questionId, deps.services.clock.now().toISOString());
  return starred ? strings.favourites.added : strings.favourites.removed;
}
