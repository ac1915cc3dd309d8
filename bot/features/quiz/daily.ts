import { randomInt } from 'node:crypto';
import type { Context } from '../../core/feature';
import type { Button } from '../../core/message';
import type { DueJob } from '../../scheduler/types';
import { addDays, localDate, nextOccurrence, parseClockTime, weekStart, zoneLabel } from '../../time';
import type { QuizQuestion } from './bank';
import { button, chunk, decodeButtonAnswer, feedback, letters, questionBody, reply } from './render';
import { type QuizDeps, questionsOf, schedulerOf, shownTo, wrongBookNote } from './session';
import type { RoundResult, SubscriptionRow } from './storage';
import { DAILY_DEFAULTS, LEVELS, strings } from './strings';
import { parseTyped } from './typed';
import { applyToWrongBook } from './wrong-book';

/**
 * 每日一练. A private chat (for its user) or a group (set by a secretary) subscribes with a time; every day
 * at that time in DANGWU_TIMEZONE the scheduler runs a `daily-quiz` job (occurrence `sub:<id>:<date>`, so
 * each day is delivered once) that pushes N single-choice or true/false questions, one message each, and
 * schedules the next day. Members answer with one press; each member's first answer counts. Completing a
 * day's questions extends the streak; a group keeps a weekly leaderboard (Monday to Sunday).
 */

export const DAILY_KIND = 'daily-quiz';
const DAILY_TYPES = ['单选', '判断'] as const;
const TIME_CHOICES = ['07:30', '12:00', '20:00'];

export interface DailyPayload {
  subscriptionId: number;
  date: string;
}

export async function subscribeCommand(deps: QuizDeps, ctx: Context): Promise<void> {
  const isGroup = ctx.message.chat.kind === 'group';
  if (isGroup && !(await ctx.requireSecretary('设置本群的每日一练'))) return;
  const words = ctx.args.split(' ').filter(Boolean);
  if (words.length === 0) {
    ctx.reply(reply(strings.daily.chooseTime, [TIME_CHOICES.map((t) => button(t, 'S', t.replace(':', '')))]));
    return;
  }
  let time: string | undefined;
  let count: number = DAILY_DEFAULTS.count;
  let level: string | null = null;
  for (const word of words) {
    if ((LEVELS as readonly string[]).includes(word)) level = word;
    else if (/^\d+(题|道)$/.test(word)) count = Number(word.replace(/\D/g, ''));
    else if (!time && parseClockTime(word)) time = parseClockTime(word);
    else {
      ctx.reply(strings.daily.badTime(word));
      return;
    }
  }
  if (!time) {
    ctx.reply(strings.daily.badTime(ctx.args));
    return;
  }
  if (count < 1 || count > DAILY_DEFAULTS.maxCount) {
    ctx.reply(strings.daily.badCount);
    return;
  }
  await subscribe(deps, ctx, time, count, level);
}

export async function subscribe(deps: QuizDeps, ctx: Context, time: string, count: number, level: string | null): Promise<void> {
  const { store, services } = deps;
  const isGroup = ctx.message.chat.kind === 'group';
  const now = services.clock.now();
  const sub = await store.upsertSubscription(
    {
      chat_key: ctx.chatKey,
      platform: ctx.message.platform,
      chat_id: ctx.message.chat.id,
      kind: isGroup ? 'group' : 'user',
      owner_key: ctx.userKey,
      time_hm: time,
      count,
      level,
      updated_at: now.toISOString(),
    },
    now.toISOString(),
  );
  const first = await scheduleNext(deps, sub, now, true);
  const zone = zoneLabel(services.config.DANGWU_TIMEZONE);
  const who = isGroup ? strings.daily.groupWho : strings.daily.userWho;
  const text = strings.daily.subscribed(who, time, count, level, zone, `${first.date} ${time}`);
  ctx.reply(schedulerOf(services) ? text : `${text}\n${strings.daily.noScheduler}`);
}

export async function unsubscribeCommand(deps: QuizDeps, ctx: Context): Promise<void> {
  if (ctx.message.chat.kind === 'group' && !(await ctx.requireSecretary('取消本群的每日一练'))) return;
  const sub = await deps.store.subscriptionByChat(ctx.chatKey);
  if (!sub?.active) {
    ctx.reply(strings.daily.notSubscribed);
    return;
  }
  await deps.store.deactivate(sub.id, deps.services.clock.now().toISOString());
  await schedulerOf(deps.services)?.cancel(DAILY_KIND, `sub:${sub.id}:`);
  ctx.reply(strings.daily.unsubscribed);
}

/** Schedules the subscription's next delivery (replacing any other pending one when `replace`). */
export async function scheduleNext(deps: QuizDeps, sub: SubscriptionRow, after: Date, replace = false) {
  const zone = deps.services.config.DANGWU_TIMEZONE;
  const next = nextOccurrence(after, sub.time_hm, zone);
  const scheduler = schedulerOf(deps.services);
  if (scheduler) {
    if (replace) await scheduler.cancel(DAILY_KIND, `sub:${sub.id}:`);
    await scheduler.schedule<DailyPayload>({
      kind: DAILY_KIND,
      occurrenceKey: `sub:${sub.id}:${next.date}`,
      dueAt: next.at,
      address: { platform: sub.platform, chatId: sub.chat_id },
      payload: { subscriptionId: sub.id, date: next.date },
      graceMs: 6 * 3600_000,
    });
  } else {
    deps.services.log.warn({ subscription: sub.id }, 'no scheduler: daily quiz will not be delivered');
  }
  return next;
}

/** The `daily-quiz` job: records the day's round (once per subscription and date), pushes it, plans tomorrow. */
export function dailyHandler(deps: QuizDeps) {
  return async (job: DueJob<DailyPayload>) => {
    const { store, services } = deps;
    const sub = await store.subscription(job.payload.subscriptionId);
    if (!sub?.active) return;
    const now = services.clock.now();
    // Plan tomorrow first, so a failed push today does not end the subscription.
    await scheduleNext(deps, sub, new Date(Math.max(now.getTime(), job.dueAt.getTime())));
    const address = { platform: sub.platform, chatId: sub.chat_id };
    const [questions, banks] = await Promise.all([questionsOf(deps), deps.source().chosenBanks(sub.chat_key, store)]);
    const pool = questions.list({ level: sub.level ?? undefined, types: [...DAILY_TYPES], banks });
    if (pool.length === 0) {
      if (services.canPush(address.platform)) await services.push(address, { text: strings.daily.noQuestions });
      return;
    }
    const round = await store.insertRound(
      sub.id,
      job.payload.date,
      pick(pool, sub.count).map((q) => q.id),
      now.toISOString(),
    );
    if (!round) return; // already delivered for this date
    const ids = JSON.parse(round.question_ids) as string[];
    // One message for the whole round: questions pushed as separate messages would share button numbers in the
    // console, and typed answers could not say which question they meant.
    await services.push(
      address,
      dailyRound(
        ids.map((id) => shownTo(deps, questions.get(id)!, sub.chat_key)),
        round.id,
        round.date,
        job.late,
      ),
    );
  };
}

function dailyRound(questions: QuizQuestion[], roundId: number, date: string, late: boolean) {
  const many = questions.length > 1;
  const text = [strings.daily.roundHeader(date, questions.length, late)];
  const rows: (Button | undefined)[][] = [];
  for (const [i, q] of questions.entries()) {
    const n = many ? `${i + 1}.` : '';
    text.push('', `${many ? `第 ${i + 1} 题 ` : ''}（${q.type} · ${q.level} · ${q.topic}）`, questionBody(q));
    const answers =
      q.type === '判断'
        ? [button(`${n}正确`, 'd', roundId, i, 'T'), button(`${n}错误`, 'd', roundId, i, 'F')]
        : letters(q.options.length).map((l) => button(`${n}${l}`, 'd', roundId, i, l));
    rows.push(...chunk([...answers, button(`${n}☆`, 'g', roundId, i)], 5));
  }
  text.push('', many ? strings.daily.typedHintMany : strings.daily.typedHintOne);
  return reply(text.join('\n'), rows);
}

/** ☆ on a daily question: stars it for the presser. */
export async function dailyStar(deps: QuizDeps, ctx: Context, roundId: number, index: number): Promise<void> {
  const round = await deps.store.round(roundId);
  const sub = round ? await deps.store.subscription(round.subscription_id) : undefined;
  if (!round || !sub || sub.chat_key !== ctx.chatKey) return void ctx.reply(strings.daily.roundGone);
  const id = (JSON.parse(round.question_ids) as string[])[index];
  if (!id || !(await questionsOf(deps)).get(id)) return void ctx.reply(strings.stale.badData);
  const starred = await deps.store.toggleFavourite(ctx.userKey, id, deps.services.clock.now().toISOString());
  ctx.reply(starred ? strings.favourites.added : strings.favourites.removed);
}

/**
 * A typed answer to today's daily round in this chat: `B`, `对`, or with the question's number (`2B`,
 * `第2题 对`) when the round has several. Without a number it answers the first question the member has not
 * answered yet. Returns false when the text is not such an answer (or nothing is open), so others see it.
 */
export async function typedDailyAnswer(deps: QuizDeps, ctx: Context): Promise<boolean> {
  const sub = await deps.store.subscriptionByChat(ctx.chatKey);
  if (!sub?.active || (sub.kind === 'user' && sub.owner_key !== ctx.userKey)) return false;
  const today = localDate(deps.services.clock.now(), deps.services.config.DANGWU_TIMEZONE);
  const round = await deps.store.roundFor(sub.id, today);
  if (!round) return false;
  const ids = JSON.parse(round.question_ids) as string[];
  const answered = new Set((await deps.store.roundAttempts(round.id)).filter((a) => a.user_key === ctx.userKey).map((a) => a.position));
  const numbered = /^(?:第\s*)?(\d{1,2})\s*(?:题|[.、:：)）])?\s*(.+)$/.exec(ctx.text);
  const index = numbered ? Number(numbered[1]) - 1 : ids.findIndex((_, i) => !answered.has(i));
  const text = numbered ? numbered[2] : ctx.text;
  if (index < 0 || index >= ids.length) return false;
  const stored = (await questionsOf(deps)).get(ids[index]);
  if (!stored) return false;
  const q = shownTo(deps, stored, sub.chat_key);
  const typed = parseTyped(q.type, q.options.length, text);
  if (typed?.kind !== 'answer') {
    if (typed?.kind === 'invalid') {
      ctx.reply(typed.reason);
      return true;
    }
    return false;
  }
  const code = q.type === '判断' ? (typed.value === '正确' ? 'T' : 'F') : typed.value;
  await dailyAction(deps, ctx, 'd', round.id, index, code);
  return true;
}

/** A press on a daily question: `d` answers, `D` shows the answer and explanation to someone who answered. */
export async function dailyAction(
  deps: QuizDeps,
  ctx: Context,
  op: 'd' | 'D',
  roundId: number,
  index: number,
  code: string | undefined,
): Promise<void> {
  const { store, services } = deps;
  const round = await store.round(roundId);
  const sub = round ? await store.subscription(round.subscription_id) : undefined;
  if (!round || !sub) {
    ctx.reply(strings.daily.roundGone);
    return;
  }
  if (sub.chat_key !== ctx.chatKey || (sub.kind === 'user' && sub.owner_key !== ctx.userKey)) {
    ctx.reply(strings.stale.foreign);
    return;
  }
  const ids = JSON.parse(round.question_ids) as string[];
  const questions = await questionsOf(deps);
  const stored = ids[index] ? questions.get(ids[index]) : undefined;
  if (!stored) {
    ctx.reply(strings.stale.badData);
    return;
  }
  // One message serves the whole chat: its options are in the chat's order.
  const q = shownTo(deps, stored, sub.chat_key);
  const now = services.clock.now();
  const today = localDate(now, services.config.DANGWU_TIMEZONE);
  const mine = (await store.roundAttempts(round.id)).filter((a) => a.user_key === ctx.userKey);
  if (op === 'D') {
    const attempt = mine.find((a) => a.position === index);
    ctx.reply(attempt ? feedback(q, attempt.correct === 1) : strings.daily.answerFirst);
    return;
  }
  if (round.date !== today) {
    ctx.reply(`这是 ${round.date} 的每日一练，已经截止，作答不再计分。请做今天推送的题目。`);
    return;
  }
  if (!code || (q.type === '判断' ? !['T', 'F'].includes(code) : !/^[A-F]$/.test(code) || !letters(q.options.length).includes(code))) {
    ctx.reply(strings.stale.badData);
    return;
  }
  const given = decodeButtonAnswer(q, code);
  const outcome = await store.transaction(async (tx) => {
    const correct = questions.isCorrect(q, given);
    const inserted = await tx.insertAttempt({
      user_key: ctx.userKey,
      question_id: q.id,
      level: q.level,
      topic: q.topic,
      correct: correct ? 1 : 0,
      given,
      answered_at: now.toISOString(),
      source: 'daily',
      session_id: null,
      round_id: round.id,
      position: index,
    });
    if (!inserted) return undefined;
    return { correct, change: await applyToWrongBook(tx, ctx.userKey, q.id, correct, now) };
  });
  if (!outcome) {
    ctx.reply(strings.daily.answeredAlready);
    return;
  }
  if (sub.kind === 'group') {
    const name = ctx.message.sender.name ?? (await store.userName(ctx.userKey)) ?? '你';
    ctx.reply(reply(strings.daily.groupResult(name, outcome.correct), [[button(strings.daily.showExplanation, 'D', round.id, index)]]));
  } else {
    ctx.reply(feedback(q, outcome.correct, wrongBookNote(outcome.change)));
  }
  if (mine.length + 1 === ids.length)
    ctx.reply(strings.daily.completed(streakOf(await deps.store.roundResults(sub.id), ctx.userKey, today)));
}

/** Days in a row (ending today, or yesterday if today is not done yet) on which the member answered every question. */
export function streakOf(results: RoundResult[], userKey: string, today: string): number {
  const done = new Set(results.filter((r) => r.user_key === userKey && r.answered >= r.total).map((r) => r.date));
  let day = done.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (done.has(day)) {
    streak++;
    day = addDays(day, -1);
  }
  return streak;
}

/** 排行榜: this week's daily-quiz results of the group. */
export async function leaderboardCommand(deps: QuizDeps, ctx: Context): Promise<void> {
  if (ctx.message.chat.kind !== 'group') {
    ctx.reply(strings.daily.groupOnly);
    return;
  }
  const sub = await deps.store.subscriptionByChat(ctx.chatKey);
  if (!sub) {
    ctx.reply(strings.daily.leaderboardNoSub);
    return;
  }
  ctx.reply(await leaderboard(deps, sub, deps.services.clock.now()));
}

export async function leaderboard(deps: QuizDeps, sub: SubscriptionRow, now: Date): Promise<string> {
  const today = localDate(now, deps.services.config.DANGWU_TIMEZONE);
  const from = weekStart(today);
  const to = addDays(from, 6);
  const totals = new Map<string, { correct: number; answered: number }>();
  const results = await deps.store.roundResults(sub.id);
  for (const r of results) {
    if (r.date < from || r.date > to) continue;
    const t = totals.get(r.user_key) ?? { correct: 0, answered: 0 };
    t.correct += r.correct;
    t.answered += r.answered;
    totals.set(r.user_key, t);
  }
  const ranked = [...totals].sort((a, b) => b[1].correct - a[1].correct || b[1].answered - a[1].answered || a[0].localeCompare(b[0]));
  const lines = [strings.daily.leaderboardTitle(from, to)];
  if (ranked.length === 0) lines.push(strings.daily.leaderboardEmpty);
  const top = ranked.slice(0, 20);
  const names = await Promise.all(top.map(([user]) => deps.store.userName(user)));
  top.forEach(([user, t], i) => {
    const name = names[i] ?? user.split(':').slice(1).join(':');
    lines.push(strings.daily.leaderboardLine(i + 1, name, t.correct, t.answered, streakOf(results, user, today)));
  });
  return lines.join('\n');
}

function pick<T>(items: T[], n: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}
