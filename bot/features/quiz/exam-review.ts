import { readableSource } from '../../../knowledge';
import type { Context } from '../../core/feature';
import { answerText, button, reply } from './render';
import { checkOwner, type QuizDeps, questionsOf, shownTo } from './session';
import type { SessionRow } from './storage';
import { strings } from './strings';

/**
 * 考试回顾: a finished mock exam question by question (your answer, the right one, the explanation, the
 * source), five to a page, all or wrong only. Buttons: q:V:<session>:<page>:<a|w>.
 */

export const REVIEW_PAGE = 5;

export async function examReviewCommand(deps: QuizDeps, ctx: Context): Promise<void> {
  const exam = await deps.store.lastFinishedExam(ctx.userKey, ctx.chatKey);
  if (!exam) return void ctx.reply(strings.examReview.none);
  ctx.reply(await examReviewPage(deps, exam, 0, ctx.args.includes('错') ? 'w' : 'a'));
}

export async function examReviewAction(
  deps: QuizDeps,
  ctx: Context,
  sessionId: number,
  page: number,
  mode: string | undefined,
): Promise<void> {
  const s = await deps.store.session(sessionId);
  const stale = checkOwner(s, ctx);
  // A finished exam is what is reviewed: only "foreign" and "missing" make the button stale here.
  if (!s || stale === 'foreign' || stale === 'missing') return void ctx.reply(strings.stale[stale ?? 'missing']);
  if (s.kind !== 'exam' || s.status === 'active') return void ctx.reply(strings.examReview.notFinished);
  ctx.reply(await examReviewPage(deps, s, page, mode === 'w' ? 'w' : 'a'));
}

export async function examReviewPage(deps: QuizDeps, s: SessionRow, page: number, mode: 'a' | 'w') {
  const ids = JSON.parse(s.question_ids ?? '[]') as string[];
  const [rows, source] = await Promise.all([deps.store.sessionAttempts(s.id), questionsOf(deps)]);
  const attempts = new Map(rows.map((a) => [a.position, a]));
  const items = ids
    .map((id, i) => {
      const q = source.get(id);
      return { i, q: q && shownTo(deps, q, s.user_key), attempt: attempts.get(i) };
    })
    .filter((x) => mode === 'a' || x.attempt?.correct !== 1);
  if (items.length === 0) return reply(strings.examReview.allRight);
  const pages = Math.ceil(items.length / REVIEW_PAGE);
  const at = Math.min(Math.max(0, page), pages - 1);
  const lines = [strings.examReview.title(s.level ?? '', mode === 'w', at + 1, pages, items.length)];
  for (const { i, q, attempt } of items.slice(at * REVIEW_PAGE, (at + 1) * REVIEW_PAGE)) {
    lines.push('');
    if (!q) {
      lines.push(`${i + 1}. ${strings.stale.questionGone}`);
      continue;
    }
    const mark = attempt?.correct === 1 ? '✅' : '❌';
    lines.push(`${mark} ${i + 1}. ${q.stem}`);
    for (const [k, o] of q.options.entries()) lines.push(`   ${'ABCDEF'[k]}. ${o}`);
    lines.push(strings.examReview.yours(attempt ? attempt.given : null), strings.common.correctAnswer(answerText(q)));
    if (q.explanation) lines.push(strings.common.explanation(q.explanation));
    if (q.source) lines.push(strings.common.source(readableSource(q.source)));
  }
  const nav = [
    at > 0 ? button(strings.examReview.previous, 'V', s.id, at - 1, mode) : undefined,
    at + 1 < pages ? button(strings.examReview.next, 'V', s.id, at + 1, mode) : undefined,
  ];
  const toggle = mode === 'w' ? button(strings.examReview.all, 'V', s.id, 0, 'a') : button(strings.examReview.wrongOnly, 'V', s.id, 0, 'w');
  return reply(lines.join('\n'), [nav, [toggle]]);
}
