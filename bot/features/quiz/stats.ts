import { accuracyChart } from '../../charts';
import { withChart } from '../../charts/render';
import type { Context } from '../../core/feature';
import { localDate } from '../../time';
import { type QuizDeps, questionsOf } from './session';
import type { AttemptRow } from './storage';
import { EXAM_DEFAULTS, LEVELS, strings } from './strings';

/**
 * 统计: accuracy by level and topic, the 7-day trend, a readiness estimate per level and the date the user
 * may sit the next level (持证满一年, from the certificate the reminders feature records).
 */

const RECENT_WINDOW = 50;
const MIN_FOR_ESTIMATE = 20;

export async function statsCommand(deps: QuizDeps, ctx: Context): Promise<void> {
  const attempts = await deps.store.userAttempts(ctx.userKey);
  const text = await renderStats(deps, ctx.userKey, ctx.chatKey, attempts);
  const topics = [...groupBy(attempts, (a) => a.topic)].map(([name, rows]) => ({
    name,
    correct: count(rows),
    answers: rows.length,
  }));
  // The same picture as the console's 学习 page, for platforms that show images; the text says it all for the rest.
  ctx.reply(topics.length ? await withChart(text, accuracyChart(STATS_CHART_TITLE, topics), 'stats.png', deps.services.log) : text);
}

const STATS_CHART_TITLE = '我的各分类正确率';

/** `attempts` are the user's, when the caller has them already. */
export async function renderStats(deps: QuizDeps, userKey: string, chatKey: string, attempts?: AttemptRow[]): Promise<string> {
  const { store, services } = deps;
  attempts ??= await store.userAttempts(userKey);
  const lines: string[] = [];
  if (attempts.length === 0) lines.push(strings.stats.empty);
  else {
    lines.push(strings.stats.title(attempts.length, share(attempts)));
    lines.push(strings.stats.levelTitle);
    for (const [level, rows] of groupBy(attempts, (a) => a.level)) lines.push(strings.stats.line(level, count(rows), rows.length));
    lines.push(strings.stats.topicTitle);
    const topics = [...groupBy(attempts, (a) => a.topic)].sort((a, b) => share(a[1]) - share(b[1]));
    for (const [topic, rows] of topics) lines.push(strings.stats.line(topic, count(rows), rows.length));

    const now = services.clock.now();
    const cutoff = new Date(now.getTime() - 7 * 86_400_000).toISOString();
    const recent = attempts.filter((a) => a.answered_at >= cutoff);
    const before = attempts.filter((a) => a.answered_at < cutoff);
    lines.push(strings.stats.trend(recent.length ? share(recent) : null, before.length ? share(before) : null));

    lines.push(strings.stats.readinessTitle);
    const [exams, questions, banks] = await Promise.all([
      store.examHistory(userKey, 100),
      questionsOf(deps),
      deps.source().chosenBanks(chatKey, store),
    ]);
    for (const level of LEVELS) {
      const rows = attempts.filter((a) => a.level === level);
      if (rows.length === 0) continue;
      const bankSize = questions.list({ level, banks }).length;
      const coverage = bankSize ? Math.min(1, new Set(rows.map((r) => r.question_id)).size / bankSize) : 0;
      if (rows.length < MIN_FOR_ESTIMATE) {
        lines.push(strings.stats.readiness(level, null, coverage, strings.stats.verdicts.none));
        continue;
      }
      const lastExam = exams.find((e) => e.level === level);
      const practice = share(rows.slice(-RECENT_WINDOW)) * 100;
      const estimate = lastExam?.score != null ? (practice + lastExam.score) / 2 : practice;
      const pass = lastExam?.pass_mark ?? EXAM_DEFAULTS.passMark;
      const verdict =
        estimate >= pass + 10 && coverage >= 0.5
          ? strings.stats.verdicts.good
          : estimate >= pass
            ? strings.stats.verdicts.near
            : strings.stats.verdicts.weak;
      lines.push(strings.stats.readiness(level, estimate, coverage, verdict));
    }
    lines.push(strings.stats.readinessNote);
  }
  lines.push(await eligibility(deps, userKey));
  return lines.join('\n');
}

async function eligibility(deps: QuizDeps, userKey: string): Promise<string> {
  // The reminders feature records certificates; without it the quiz simply does not know the level.
  const cert = await deps.services.need('certificates')?.current(userKey);
  if (!cert) return strings.stats.eligibilityUnknown;
  if (!cert.nextLevel || !cert.nextLevelOpensOn) return strings.stats.eligibilityTop(cert.level);
  const today = localDate(deps.services.clock.now(), deps.services.config.DANGWU_TIMEZONE);
  return strings.stats.eligibility(cert.level, cert.levelSince, cert.nextLevel, cert.nextLevelOpensOn, cert.nextLevelOpensOn <= today);
}

const count = (rows: AttemptRow[]) => rows.filter((r) => r.correct === 1).length;
const share = (rows: AttemptRow[]) => (rows.length ? count(rows) / rows.length : 0);

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
