import type { Context } from '../../core/feature';
import { localDate, localTime } from '../../time';
import { button, reply } from './render';
import { openRound, type QuizDeps, questionsOf, showCurrent } from './session';
import { strings } from './strings';

/** 错题本 and 复习: what is in the notebook, what is due (FSRS), and a review session over it. */

const REVIEW_BATCH = 20;

export async function wrongBookCommand(deps: QuizDeps, ctx: Context): Promise<void> {
  const all = await deps.store.wrongList(ctx.userKey);
  if (all.length === 0) {
    ctx.reply(strings.review.empty);
    return;
  }
  const now = deps.services.clock.now().toISOString();
  const due = all.filter((w) => w.due_at <= now);
  const source = await questionsOf(deps);
  const lines = [strings.review.title(due.length, all.length)];
  all.slice(0, 10).forEach((w, i) => {
    const stem = source.get(w.question_id)?.stem ?? '（题目已从题库移除）';
    lines.push(strings.review.item(i + 1, shorten(stem, 30), w.correct_streak, when(deps, w.due_at)));
  });
  if (all.length > 10) lines.push(`……还有 ${all.length - 10} 题`);
  ctx.reply(reply(lines.join('\n'), [[due.length > 0 ? button(strings.review.doDue, 'R') : undefined, button(strings.review.doAll, 'W')]]));
}

/** 复习: the due questions; `all` redoes the whole notebook. */
export async function startReview(deps: QuizDeps, ctx: Context, all: boolean): Promise<void> {
  const { store } = deps;
  const now = deps.services.clock.now();
  const source = await questionsOf(deps);
  const rows = all ? await store.wrongList(ctx.userKey) : await store.wrongDue(ctx.userKey, now.toISOString(), REVIEW_BATCH);
  const ids = rows
    .map((w) => w.question_id)
    .filter((id) => source.get(id))
    .slice(0, REVIEW_BATCH);
  if (ids.length === 0) {
    const next = (await store.wrongList(ctx.userKey))[0];
    ctx.reply(
      next ? reply(strings.review.nothingDue(when(deps, next.due_at)), [[button(strings.review.doAll, 'W')]]) : strings.review.empty,
    );
    return;
  }
  const iso = now.toISOString();
  const session = await store.transaction(async (tx) => {
    const id = await openRound(
      tx,
      ctx,
      { kind: 'review', level: null, topic: null, questionIds: ids, position: 0, currentQid: ids[0], total: ids.length },
      iso,
    );
    return (await tx.session(id))!;
  });
  ctx.reply(await showCurrent(deps, ctx, session, [strings.review.started(ids.length)], source));
}

function when(deps: QuizDeps, iso: string): string {
  const zone = deps.services.config.DANGWU_TIMEZONE;
  const at = new Date(iso);
  return `${localDate(at, zone)} ${localTime(at, zone)}`;
}

const shorten = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}…` : text);
