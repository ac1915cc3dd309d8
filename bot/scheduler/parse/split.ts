import { normalizeInput } from '../../../knowledge';
import { parseDeadline } from './deadline';
import { type ParseOptions, parseSchedule, type Schedule } from './index';
import { fixTimeTypos } from './wording';

/**
 * What became of a message that gives a time and then a matter (`明天下午两点 交党费`, `每月5号上午9点交党费`).
 * The one decision for every surface: the time is read whole, or the reply quotes the part that could not be read.
 */
export type TimeAndMatter =
  | { ok: true; schedule: Schedule; matter: string }
  /** The time was read, but nothing follows it. */
  | { ok: false; kind: 'no-matter' }
  /** A time was read from the start, but more of the time follows it (2月30日 → 2月3 + "0日"): `typed` quotes it all. */
  | { ok: false; kind: 'half-read'; typed: string; reason: string }
  /** No leading part reads as a time; `reason` says why (empty when nothing in it looked like one). */
  | { ok: false; kind: 'unreadable'; reason: string; past?: boolean };

/**
 * Splits a message into the time and the matter: the most whole words that read as a time, else the longest
 * leading part that does. When what is left still goes on with the time (a weekday, a clock time, a date unit), the
 * time was only partly read and the result asks about it instead of reminding on a day the user never said.
 */
export function readTimeThenMatter(message: string, options: ParseOptions): TimeAndMatter {
  const args = message.trim();
  const deadline = readDeadlineThenMatter(args, options);
  if (deadline) return deadline;
  const words = args.split(/\s+/);
  let past: { reason: string } | undefined;
  const attempt = (time: string, matter: string, joiner: string): TimeAndMatter | undefined => {
    const parsed = parseSchedule(time, options);
    if (parsed.ok) {
      if (continuesTime(matter)) return halfRead(time + joiner + timeRun(matter), options);
      return matter ? { ok: true, schedule: parsed.schedule, matter } : { ok: false, kind: 'no-matter' };
    }
    // A past time counts as the reason only when it was read whole (2026年4月3 of 2026年4月31日 is not a date said).
    if (parsed.past && !past && !continuesTime(matter)) past = parsed;
    return undefined;
  };
  // Whole words first, the most that still read as a time: 每周五 下午三点 学习强国 → 每周五下午三点 + 学习强国.
  // A time that more of the time follows inside the next word (明天下午 3点前交材料) is left to the next pass.
  let halfReadWords: TimeAndMatter | undefined;
  for (let k = Math.min(words.length - 1, 6); k >= 1 && !halfReadWords; k--) {
    const found = attempt(words.slice(0, k).join(''), words.slice(k).join(' ').trim(), ' ');
    if (found?.ok === false && found.kind === 'half-read') halfReadWords = found;
    else if (found) return found;
  }
  // The longest leading part that reads as a time and leaves a matter (开会 is the matter, not part of the time).
  for (let cut = Math.min(args.length - 1, 40); cut >= 2; cut--) {
    const rest = args.slice(cut);
    const found = attempt(args.slice(0, cut), rest.trim(), rest.startsWith(' ') ? ' ' : '');
    if (found?.ok === true) return found;
    if (found?.kind === 'half-read') return halfReadWords ?? found;
  }
  if (halfReadWords) return halfReadWords;
  if (parseSchedule(args, options).ok) return { ok: false, kind: 'no-matter' };
  if (past) return { ok: false, kind: 'unreadable', reason: past.reason, past: true };
  const whole = parseSchedule(words[0] ?? args, options);
  return { ok: false, kind: 'unreadable', reason: whole.ok ? '' : whole.reason };
}

const PERIODS = '上午|下午|晚上|早上|中午|凌晨|傍晚|夜里|半夜|晌午|前晌|后晌|[上下]半晌';

/**
 * Text that goes on with a date or a time: a date or clock unit, a part of the day, a weekday (周四, （星期四）), or a
 * number with a unit after it (0日, 25:30, 27点). A number alone (3楼会议室), a building (2号楼) or a month's
 * business (5月份党费) is the matter's.
 */
const TIME_CONTINUES = new RegExp(
  `^(?:[年月日号点时分秒半刻:：]|${PERIODS}|头一?个月|首月|末月|(?:周|星期|礼拜)[一二三四五六日天1-7]|[\\d零〇一二两三四五六七八九十百]+(?:[年日号点时分:：](?![楼栋层室院门座])|月(?!份)|个?(?:小时|钟头|分钟)))`,
);

function continuesTime(matter: string): boolean {
  const lead = fixTimeTypos(normalizeInput(matter)).replace(/^[\s(（【[]+/, '');
  return TIME_CONTINUES.test(lead);
}

/** The leading run of text written with what times and dates are written with, brackets included ((星期四)15:00). */
const TIME_LIKE =
  /^[\s(（）)]*[\d零〇一二两三四五六七八九十百年月日号点时分秒半刻上下午晚早中凌傍夜里今明后天周星期礼拜其吾每个第最后初底末旬隔逢单双工作:：./\-()（）]+/;
const timeRun = (matter: string) => matter.match(TIME_LIKE)?.[0].trimEnd() ?? '';

function halfRead(typed: string, options: ParseOptions): TimeAndMatter {
  const parsed = parseSchedule(typed, options);
  return { ok: false, kind: 'half-read', typed, reason: parsed.ok ? '' : parsed.reason };
}

/** 前, 之前, 内, 以内 … after a time: by then (a deadline), unless they begin a word of the matter (前往, 内容). */
const DEADLINE_WORD = /(?:之前|以前|之内|以内|前|内)$/;
const NOT_DEADLINE_NEXT = /^[往去来进夕期面容部务]/;
const CLOCK_MARK = new RegExp(`[点时:：]|${PERIODS}|早上|晚上`);

/**
 * `下周五前 交材料`, `3天内 交思想汇报`, `月底前交党费`, `每月5号前交党费`: a deadline (read as 民情工单 reads promised
 * dates), reminded at 9 on its last day, the matter saying by when. A deadline with a clock time (明天下午3点前,
 * 每周五下午三点前) says when it is too late, not when to remind, so it is asked about.
 */
function readDeadlineThenMatter(args: string, options: ParseOptions): TimeAndMatter | undefined {
  for (let cut = Math.min(args.length - 1, 30); cut >= 2; cut--) {
    const head = args.slice(0, cut).trim();
    const matter = args.slice(cut).trim();
    const word = DEADLINE_WORD.exec(head);
    if (!word || !matter || NOT_DEADLINE_NEXT.test(args.slice(cut))) continue;
    const time = head.slice(0, word.index).trim();
    const clock = CLOCK_MARK.test(fixTimeTypos(normalizeInput(time)));
    const due = parseDeadline(head, options);
    if (!clock && due.ok && !due.rest) {
      const [year, month, day] = due.date.split('-').map(Number);
      const parsed = parseSchedule(`${year}年${month}月${day}日`, options);
      if (!parsed.ok)
        return { ok: false, kind: 'unreadable', reason: `“${head}”就是今天，请说什么时候提醒你，例如：提醒我 1小时后 ${matter}` };
      return { ok: true, schedule: parsed.schedule, matter: `${matter}（期限：${due.description}）` };
    }
    if (!clock && !due.ok && due.past) return { ok: false, kind: 'unreadable', reason: due.reason, past: true };
    const asTime = time ? parseSchedule(time, options) : undefined;
    // 每月5号前交党费: each time on its last day, at 9 like a one-off deadline.
    if (!clock && asTime?.ok && asTime.schedule.type === 'recurring')
      return { ok: true, schedule: asTime.schedule, matter: `${matter}（期限：${head}）` };
    if (asTime?.ok)
      return {
        ok: false,
        kind: 'unreadable',
        reason: `“${head}”是截止的时间，没有说什么时候提醒你。请说提醒的时间，例如：提醒我 ${suggestion(time)} ${matter}`,
      };
  }
  return undefined;
}

/** A time to offer instead of a deadline's: for a repeating one the same day at 9, else tomorrow morning. */
const suggestion = (time: string) => (time.startsWith('每') ? `${time.replace(CLOCK_TAIL, '')}上午9点` : '明天上午10点');
const CLOCK_TAIL = /(?:上午|下午|晚上|早上|中午)?[\d零一二两三四五六七八九十]+(?:点|时|:\d+).*$/;
