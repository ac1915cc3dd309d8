import type { Context } from '../../core/feature';
import { chatQuestions, type QuizDeps } from './session';
import { LEVELS, strings } from './strings';

/** 进度: per level and per chapter (topic), questions done of those in the bank, and the accuracy on them. */
export async function progressCommand(deps: QuizDeps, ctx: Context): Promise<void> {
  const [attempts, questions] = await Promise.all([deps.store.userAttempts(ctx.userKey), chatQuestions(deps, ctx.chatKey)]);
  const byQuestion = new Map<string, { tries: number; right: number }>();
  for (const a of attempts) {
    const e = byQuestion.get(a.question_id) ?? { tries: 0, right: 0 };
    e.tries++;
    e.right += a.correct;
    byQuestion.set(a.question_id, e);
  }
  const tally = (ids: string[]) => {
    let done = 0;
    let tries = 0;
    let right = 0;
    for (const id of ids) {
      const e = byQuestion.get(id);
      if (!e) continue;
      done++;
      tries += e.tries;
      right += e.right;
    }
    return { done, total: ids.length, accuracy: tries ? right / tries : null };
  };
  const lines = [strings.progress.title];
  for (const level of [...LEVELS, '不分级']) {
    const inLevel = questions.filter((q) => q.level === level);
    if (inLevel.length === 0) continue;
    lines.push(strings.progress.line(level, tally(inLevel.map((q) => q.id))));
    const topics = [...new Set(inLevel.map((q) => q.topic))];
    for (const topic of topics)
      lines.push(`  ${strings.progress.line(topic, tally(inLevel.filter((q) => q.topic === topic).map((q) => q.id)))}`);
  }
  if (attempts.length === 0) lines.push('', strings.stats.empty);
  ctx.reply(lines.join('\n'));
}
