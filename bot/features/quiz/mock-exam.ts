import { randomInt } from 'node:crypto';
import type { Context } from '../../core/feature';
import type { DueJob } from '../../scheduler/types';
import { localDate, localTime } from '../../time';
import { levelMenu } from './practice';
import { duration } from './render';
import { chatQuestions, closeExam, examResult, isExpired, type QuizDeps, schedulerOf, showCurrent } from './session';
import { EXAM_DEFAULTS, EXAM_LIMITS, LEVELS, strings } from './strings';

/**
 * 模拟考试: a timed paper per level. Defaults (documented in strings and help): 50 questions, 60 minutes,
 * 60 of 100 points to pass. The deadline is enforced three ways: an answer after it is not counted and
 * closes the exam; any quiz interaction closes expired exams; and a scheduler job closes it at the deadline.
 */

export interface ExamSettings {
  level: string;
  count: number;
  minutes: number;
  passMark: number;
}

export function parseExamArgs(args: string): ExamSettings | { error: string } | undefined {
  const words = args.split(' ').filter(Boolean);
  const level = words.find((w) => (LEVELS as readonly string[]).includes(w));
  if (!level) return undefined;
  const settings: ExamSettings = { level, count: EXAM_DEFAULTS.count, minutes: EXAM_DEFAULTS.minutes, passMark: EXAM_DEFAULTS.passMark };
  const positional: number[] = [];
  for (const word of words.filter((w) => w !== level)) {
    const m = /^(及格|及格线)?(\d+)(题|道|分钟|分|min)?$/.exec(word);
    if (!m) return { error: `看不懂“${word}”` };
    const n = Number(m[2]);
    if (m[3] === '题' || m[3] === '道') settings.count = n;
    else if (m[3] === '分钟' || m[3] === 'min') settings.minutes = n;
    else if (m[1] || m[3] === '分') settings.passMark = n;
    else positional.push(n);
  }
  const keys = ['count', 'minutes', 'passMark'] as const;
  positional.forEach((n, i) => {
    if (keys[i]) settings[keys[i]] = n;
  });
  if (positional.length > 3) return { error: '数字太多了' };
  if (settings.count < 1 || settings.count > EXAM_LIMITS.maxCount) return { error: `题数应在 1 到 ${EXAM_LIMITS.maxCount} 之间` };
  if (settings.minutes < 1 || settings.minutes > EXAM_LIMITS.maxMinutes)
    return { error: `时间应在 1 到 ${EXAM_LIMITS.maxMinutes} 分钟之间` };
  if (settings.passMark < 1 || settings.passMark > 100) return { error: '及格分应在 1 到 100 之间' };
  return settings;
}

export async function examCommand(deps: QuizDeps, ctx: Context): Promise<void> {
  if (/^(history|记录|历史|成绩)$/.test(ctx.args)) {
    await examHistory(deps, ctx);
    return;
  }
  if (!ctx.args) {
    if (await resumeRunning(deps, ctx)) return;
    ctx.reply(levelMenu('E', `${strings.exam.usage}\n${strings.common.chooseLevel}`));
    return;
  }
  const parsed = parseExamArgs(ctx.args);
  if (!parsed) {
    ctx.reply(levelMenu('E', `${strings.exam.usage}\n${strings.common.chooseLevel}`));
    return;
  }
  if ('error' in parsed) {
    ctx.reply(`${strings.exam.badArgs(parsed.error)}\n${strings.exam.usage}`);
    return;
  }
  await startExam(deps, ctx, parsed);
}

/** Shows the running exam again (or closes it if its time is up). Returns whether there was one. */
async function resumeRunning(deps: QuizDeps, ctx: Context): Promise<boolean> {
  const running = await closeExpiredExamOf(deps, ctx);
  if (!running) return false;
  const left = new Date(running.deadline_at!).getTime() - deps.services.clock.now().getTime();
  // Its buttons are bound to the chat it started in: shown here they could never be answered.
  if (running.chat_key !== ctx.chatKey) {
    ctx.reply(strings.exam.runningElsewhere(running.level ?? '', duration(left)));
    return true;
  }
  ctx.reply(await showCurrent(deps, ctx, running, [strings.exam.alreadyRunning(running.level ?? '', duration(left))]));
  return true;
}

/** Closes the user's exam if its time is up (replying with the result); returns it if still running. */
export async function closeExpiredExamOf(deps: QuizDeps, ctx: Context) {
  const { store } = deps;
  const exam = await store.activeExam(ctx.userKey);
  if (!exam) return undefined;
  if (isExpired(exam, deps.services.clock.now())) {
    const closed = await closeExam(deps, exam.id, 'timeout');
    ctx.reply(`${strings.exam.timeUp}\n${await examResult(deps, closed)}`);
    return undefined;
  }
  return exam;
}

export async function startExam(deps: QuizDeps, ctx: Context, settings: ExamSettings): Promise<void> {
  const { store, services } = deps;
  if (await resumeRunning(deps, ctx)) return;
  const pool = await chatQuestions(deps, ctx.chatKey, { level: settings.level });
  if (pool.length === 0) {
    ctx.reply(strings.common.noQuestions(settings.level));
    return;
  }
  const ids = sample(
    pool.map((q) => q.id),
    settings.count,
  );
  const now = services.clock.now();
  const deadline = new Date(now.getTime() + settings.minutes * 60_000);
  const id = await store.insertSession({
    user_key: ctx.userKey,
    chat_key: ctx.chatKey,
    platform: ctx.message.platform,
    chat_id: ctx.message.chat.id,
    kind: 'exam',
    level: settings.level,
    topic: null,
    question_ids: JSON.stringify(ids),
    position: 0,
    current_qid: ids[0],
    total: ids.length,
    started_at: now.toISOString(),
    deadline_at: deadline.toISOString(),
    time_limit_min: settings.minutes,
    pass_mark: settings.passMark,
  });
  await schedulerOf(services)?.schedule({
    kind: 'exam-deadline',
    occurrenceKey: `exam:${id}:deadline`,
    dueAt: deadline,
    address: { platform: ctx.message.platform, chatId: ctx.message.chat.id },
    payload: { sessionId: id },
  });
  const zone = services.config.DANGWU_TIMEZONE;
  const header = [
    strings.exam.start(
      settings.level,
      ids.length,
      settings.minutes,
      settings.passMark,
      `${localDate(deadline, zone)} ${localTime(deadline, zone)}`,
    ),
  ];
  if (ids.length < settings.count) header.push(strings.exam.fewer(ids.length, settings.count));
  ctx.reply(await showCurrent(deps, ctx, (await store.session(id))!, header));
}

/** The scheduler's `exam-deadline` job: closes the exam at its deadline and sends the result. */
export function examDeadlineHandler(deps: QuizDeps) {
  return async (job: DueJob<{ sessionId: number }>) => {
    const { store } = deps;
    const s = await store.session(job.payload.sessionId);
    if (s?.status !== 'active') return;
    const closed = await closeExam(deps, s.id, 'timeout');
    const address = job.address ?? { platform: s.platform, chatId: s.chat_id };
    if (!deps.services.canPush(address.platform)) return;
    await deps.services.push(address, { text: `${strings.exam.timeUp}\n${await examResult(deps, closed)}` });
  };
}

export async function examHistory(deps: QuizDeps, ctx: Context): Promise<void> {
  const rows = await deps.store.examHistory(ctx.userKey, 10);
  if (rows.length === 0) {
    ctx.reply(strings.exam.historyEmpty);
    return;
  }
  const zone = deps.services.config.DANGWU_TIMEZONE;
  ctx.reply(
    [
      strings.exam.historyTitle,
      ...rows.map((r) =>
        strings.exam.historyLine(localDate(new Date(r.started_at), zone), r.level ?? '', r.score ?? 0, r.passed === 1, r.total),
      ),
    ].join('\n'),
  );
}

function sample<T>(items: T[], n: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}
