import { createRequire } from 'node:module';
import type chineseDaysModule from 'chinese-days';
import type * as rruleModule from 'rrule';
import { HAN_DIGITS, normalizeInput, chineseNumber as spokenNumber } from '../../../knowledge';
import {
  addWallDays,
  daysIn,
  floating,
  formatLocal,
  fromFloating,
  hm,
  instantOf,
  isoDate,
  type Wall,
  WEEKDAY_NAMES,
  wallOf,
  weekdayOf,
} from '../../time';
import { dayShift, lunarCandidates, lunarDayNumber, lunarOrSolar } from './relative-date';
import { canonicalWording } from './wording';

/**
 * The Chinese schedule parser: the phrases secretaries type (每月第一个周一下午3点, 每季度第一个月10日上午9点,
 * 工作日每天早上8点, 每月1号和15号, 每两周的周二, 明天下午两点, 2分钟后, 下个月初 …) become an RFC 5545 rule or a
 * one-off time, always with a Chinese description so the bot can echo it with the next dates and ask for
 * confirmation. The RRULE is for the .ics export; people only ever see the description and the dates.
 */

/**
 * How a date produced by the rule is moved: `first-workday`/`last-workday` find the month's working day;
 * `workdays` keeps only working days (调休 weekends included, statutory holidays left out).
 */
export type Adjust = 'none' | 'first-workday' | 'last-workday' | 'workdays';

export interface RecurringSchedule {
  type: 'recurring';
  /** RFC 5545 RRULE value without DTSTART, e.g. `FREQ=MONTHLY;BYDAY=+1MO;BYHOUR=15;BYMINUTE=0`. */
  rrule: string;
  adjust: Adjust;
  /** Local date the rule starts from (DTSTART): for an interval (每两周) the first occurrence, so it is not skipped. */
  start?: string;
  /** Said in the phrase: 遇节假日顺延 (true) or 不顺延 (false); otherwise the branch's setting decides. */
  holidays?: boolean;
  /** 每月第一个周一 15:00 */
  description: string;
}

export interface OnceSchedule {
  type: 'once';
  /** Local wall time `YYYY-MM-DDTHH:mm` in the schedule's zone. */
  at: string;
  description: string;
}

export type Schedule = RecurringSchedule | OnceSchedule;

/** `past`: the time has gone by; `unknown`: no rule read the phrase at all (the reason is the general hint). */
export type ParseResult = { ok: true; schedule: Schedule } | { ok: false; reason: string; past?: boolean; unknown?: boolean };

export interface ParseOptions {
  /** "Now": 明天, 下周三 and 本月 are relative to it. */
  from: Date;
  zone: string;
}

export interface OccurrenceOptions {
  zone: string;
  /**
   * Move a date that falls on a non-working day to the next working day (调休 weekends count as working days):
   * statutory holidays always, weekends only for dates chosen by day of month or year (a rule that names the
   * weekday, 每周六, keeps it). A schedule that said 顺延 or 不顺延 itself overrides this.
   */
  holidays?: boolean;
}

// The calendar and the rule engine load on first use, not with every start (~50 ms of a piped start that answers 帮助).
const require = createRequire(import.meta.url);
let rruleClass: typeof rruleModule.RRule | undefined;
let calendar: typeof chineseDaysModule | undefined;

function RRuleOf(): typeof rruleModule.RRule {
  if (!rruleClass) {
    // rrule's main is UMD: its named exports arrive as properties (under `default` where a bundler wraps it).
    const loaded = require('rrule') as typeof rruleModule & { default?: typeof rruleModule };
    rruleClass = loaded.RRule ?? loaded.default!.RRule;
  }
  return rruleClass;
}

function chineseDays(): typeof chineseDaysModule {
  if (!calendar) {
    const loaded = require('chinese-days') as typeof chineseDaysModule & { default?: typeof chineseDaysModule };
    calendar = loaded.default ?? loaded;
  }
  return calendar;
}

/**
 * 十五 → 15, 二十一 → 21, 两 → 2, 一百 → 100, 12 → 12; digits without a unit are read one by one as written
 * (二〇二六 → 2026, 零五 → 5), as years and minutes are said.
 */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^[零〇一二两三四五六七八九]{2,}$/.test(text)) return Number([...text].map((c) => HAN_DIGITS[c]).join(''));
  return spokenNumber(text);
}

const NUM = '(\\d{1,3}|[零〇一二两三四五六七八九十]{1,3})';
const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const weekdayIndex = (c: string) => (c === '天' || c === '日' || c === '七' ? 0 : '一二三四五六'.indexOf(c) + 1);
const WEEK = '(?:周|星期|礼拜)';
const ORDINAL_NAMES: Readonly<Record<number, string>> = {
  1: '第一个',
  2: '第二个',
  3: '第三个',
  4: '第四个',
  5: '第五个',
  [-1]: '最后一个',
  [-2]: '倒数第二个',
};

interface TimeOfDay {
  hour: number;
  minute: number;
  given: boolean;
  /** Further times the same day (每天上午10点和下午4点), in the order said. */
  more?: { hour: number; minute: number }[];
}

interface ExtractedTime {
  time: TimeOfDay;
  rest: string;
  /** Where the time was cut out of the text, and the period word said with it (下午), for a second time after it. */
  at?: number;
  period?: string;
}

const PERIOD_DEFAULTS: Readonly<Record<string, number>> = {
  凌晨: 6,
  早上: 8,
  早晨: 8,
  清晨: 7,
  上午: 9,
  中午: 12,
  午后: 14,
  下午: 15,
  傍晚: 18,
  晚上: 19,
  夜里: 20,
  晚: 19,
  早: 8,
};

/** Finds and removes the time of day: 下午3点, 上午9点半, 15:30, 晚上八点十五分, 三点一刻, 下午两点. Default 09:00. */
const PERIOD = '(凌晨|早上|早晨|清晨|上午|中午|午后|下午|傍晚|晚上|夜里|晚|早)?';
const CLOCK = new RegExp(`${PERIOD}(\\d{1,2})[:：](\\d{2})(?:整|分)?`);
const SPOKEN = new RegExp(`${PERIOD}${NUM}(?:点钟?|时)(?:(半|一刻|三刻|整)|过?${NUM}分?)?`);

function extractTime(text: string): ExtractedTime | { error: string } {
  let match = CLOCK.exec(text);
  let spokenMatch: RegExpExecArray | null = null;
  let hour: number | undefined;
  let minute = 0;
  let periodWord: string | undefined;
  if (match) {
    periodWord = match[1];
    hour = Number(match[2]);
    minute = Number(match[3]);
  } else if ((match = spokenMatch = SPOKEN.exec(text))) {
    periodWord = match[1];
    hour = chineseNumber(match[2]!);
    if (match[3] === '半') minute = 30;
    else if (match[3] === '一刻') minute = 15;
    else if (match[3] === '三刻') minute = 45;
    else if (match[4]) minute = chineseNumber(match[4]) ?? -1;
  } else {
    const alone = /(凌晨|早上|早晨|清晨|上午|中午|午后|下午|傍晚|晚上|夜里)/.exec(text);
    if (alone)
      return {
        time: { hour: PERIOD_DEFAULTS[alone[1]!]!, minute: 0, given: true },
        rest: text.replace(alone[0], ''),
        at: alone.index,
        period: alone[1],
      };
    return { time: { hour: 9, minute: 0, given: false }, rest: text };
  }
  if (hour === undefined || hour > 24 || minute < 0 || minute > 59) return { error: `看不懂时间“${match[0]}”` };
  // 两点三 / 3点5: a one-figure minute without 分 is 2:03 to some, 2:15 to a 粤语 speaker (a 字 of five minutes),
  // 3:30 to one who means three and a half; asked rather than guessed.
  if (spokenMatch && match[4] && !match[0].endsWith('分') && /^(?:[1-9]|[一二两三四五六七八九])$/.test(match[4]))
    return {
      error: `“${match[0]}”是几点几分说不准，请写出“分”，例如“${match[2]}点${match[4]}${/\d/.test(match[4]) ? '0' : '十'}分”或“${match[2]}点零${match[4]}分”`,
    };
  // 晚上12点 is midnight, which belongs to the next day: say it as 0点 or 23:59 instead of guessing.
  if (periodWord && /晚上|夜里|晚/.test(periodWord) && hour === 12) return { error: `“${match[0]}”是午夜，请说“23:59”或“明天0点”` };
  // 上午15点 / 上午3pm: the morning and an afternoon hour contradict each other; asked, never one picked.
  if (periodWord && /^(?:上午|早上|早晨|清晨|凌晨|早)$/.test(periodWord) && hour >= 13)
    return { error: `“${match[0]}”是上午还是下午说不准，请说“上午${hour - 12}点”或“下午${hour - 12}点”` };
  if (periodWord && /下午|午后|傍晚|晚上|夜里|晚/.test(periodWord) && hour < 12) hour += 12;
  // 两点开会 means 14:00: nobody schedules Party work at 1–5 at night without saying 凌晨.
  if (!periodWord && match === spokenMatch && hour >= 1 && hour <= 5) hour += 12;
  if (periodWord === '中午' && hour < 6) hour += 12;
  if (periodWord === '凌晨' && hour === 12) hour = 0;
  // 24点 is the midnight that ends the day, which belongs to the next one (今天24点 is not this morning's 0点).
  if (hour === 24) return { error: `“${match[0]}”是午夜，请说“23:59”或“明天0点”` };
  return { time: { hour, minute, given: true }, rest: text.replace(match[0], ''), at: match.index, period: periodWord };
}

/**
 * The time of day, and any further times joined to it (上午10点和下午4点, 9点、15点, 晚上7点和9点): a later time
 * without its own period word keeps the first one's afternoon or evening.
 */
function extractTimes(text: string): ExtractedTime | { error: string } {
  const first = extractTime(text);
  if ('error' in first || first.at === undefined || !first.time.given) return first;
  let rest = first.rest;
  const more: { hour: number; minute: number }[] = [];
  for (let guard = 0; guard < 5; guard++) {
    const joint = /^(?:和|及|与|跟|、|,|还有)?/.exec(rest.slice(first.at));
    if (!joint) break;
    const tail = rest.slice(first.at + joint[0].length);
    const next = extractTime(tail);
    if ('error' in next) return next;
    if (next.at !== 0 || !next.time.given) break;
    let { hour } = next.time;
    if (!next.period && first.period && /下午|午后|傍晚|晚上|夜里|晚/.test(first.period) && hour < 12) hour += 12;
    more.push({ hour, minute: next.time.minute });
    rest = rest.slice(0, first.at) + next.rest;
  }
  return more.length > 0 ? { ...first, time: { ...first.time, more }, rest } : first;
}

const timesOf = (t: TimeOfDay) =>
  [{ hour: t.hour, minute: t.minute }, ...(t.more ?? [])].sort((a, b) => a.hour * 60 + a.minute - (b.hour * 60 + b.minute));
const unique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

/**
 * BYHOUR/BYMINUTE for the times of day. Several times fit one rule only when they are every hour with every
 * minute (9:00 and 15:00; 9:30 and 15:30); 7:30 and 21:00 would also give 7:00 and 21:30, so that is refused.
 */
function timeRule(t: TimeOfDay): string | { error: string } {
  const times = timesOf(t);
  const hours = unique(times.map((x) => x.hour));
  const minutes = unique(times.map((x) => x.minute));
  if (hours.length * minutes.length !== new Set(times.map((x) => x.hour * 60 + x.minute)).size)
    return { error: `一天里的几个时间（${times.map(hm).join('、')}）请分开设置，每条说一个时间` };
  return `;BYHOUR=${hours.join(',')};BYMINUTE=${minutes.join(',')}`;
}
const timeText = (t: TimeOfDay) => ` ${timesOf(t).map(hm).join('、')}`;
/** How many times a day the rule fires (BYSETPOS counts each of them). */
const slotsPerDay = (t: TimeOfDay) => new Set(timesOf(t).map((x) => x.hour * 60 + x.minute)).size;

/** 每月N日 for N ≥ 29 means "N or the month's last day": 28,29,30,31 with BYSETPOS=-1 stays RFC 5545. */
function monthDayRule(day: number): { rule: string; text: string } {
  if (day <= 28) return { rule: `BYMONTHDAY=${day}`, text: `${day}日` };
  const days = [28, 29, 30, 31].filter((d) => d <= day).join(',');
  return { rule: `BYMONTHDAY=${days};BYSETPOS=-1`, text: `${day}日（当月没有${day}日则取最后一天）` };
}

/** 第一个周一 / 最后一个周五 / 第3个星期二 / 倒数第二个周四. */
function nthWeekday(text: string): { rule: string; text: string } | undefined {
  const m = new RegExp(`^(?:第${NUM}个?|(最后一?个?|倒数第${NUM}个?|末个?))${WEEK}([一二三四五六日天])$`).exec(text);
  if (!m) return undefined;
  const n = m[1] ? chineseNumber(m[1]) : m[2] === undefined ? undefined : m[3] ? -(chineseNumber(m[3]) ?? 0) : -1;
  if (!n || n > 5 || n < -5) return undefined;
  const wd = weekdayIndex(m[4]!);
  const name = ORDINAL_NAMES[n] ?? (n > 0 ? `第${n}个` : `倒数第${-n}个`);
  return { rule: `BYDAY=${n > 0 ? '+' : ''}${n}${WEEKDAY_CODES[wd]}`, text: `${name}周${WEEKDAY_NAMES[wd]}` };
}

/** 第一个和第三个周一 / 第一、三个周二 / 第2个和最后一个周五 → one rule with each of them. */
function severalNthWeekdays(text: string): { rule: string; text: string } | undefined {
  const m = SEVERAL_NTH.exec(text);
  if (!m) return undefined;
  const parts = m[1]!.split(/[和、及与,]/);
  if (parts.length < 2) return undefined;
  const each = parts.map((part) => nthWeekday(`${/^(第|最后|倒数|末)/.test(part) ? '' : '第'}${part.replace(/个$/, '')}个周${m[2]}`));
  if (each.some((e) => !e)) return undefined;
  const codes = each.map((e) => e!.rule.replace('BYDAY=', ''));
  return { rule: `BYDAY=${codes.join(',')}`, text: each.map((e) => e!.text).join('和') };
}

/** 1号和15号 / 1日、15日 / 1、15号 / 十号 → [1, 15]. */
function monthDays(text: string): number[] | undefined {
  if (!new RegExp(`^${NUM}(?:日|号)?(?:[和及与、,跟]${NUM}(?:日|号)?)*$`).test(text) || !/[日号]$/.test(text)) return undefined;
  const days = text.split(/[和及与、,跟]/).map((part) => chineseNumber(part.replace(/[日号]$/, '')));
  if (days.some((d) => d === undefined || d < 1 || d > 31)) return undefined;
  return [...new Set(days as number[])].sort((a, b) => a - b);
}

const BARE_NUMBER = new RegExp(`^${NUM}$`);
const EVERY_DAYS = new RegExp(`^每(隔)?${NUM}?个?(?:天|日)$`);
const EVERY_HALF_YEAR = new RegExp(`^每半年(?:(第${NUM}个?月|首月|末月|最后一个月))?(.*)$`);
const MONTH_THEN_REST = new RegExp(`^${NUM}(?:月份?|[-/.])(.*)$`);
const QUARTER_HOURS = new RegExp(`^${NUM}刻钟$`);
const RELATIVE_PIECE = new RegExp(
  `^(\\d+\\.\\d+|${NUM.slice(1, -1)})(个半)?(个小时|个钟头|小时|钟头|分钟|分|天|日|个星期|星期|个礼拜|礼拜|周)(半)?`,
);
const SEVERAL_NTH = new RegExp(`^(.+?)${WEEK}([一二三四五六日天])$`);
const YEARS = new RegExp(`^${NUM}年$`);

/** The part of a month: 10日 / 十号 / 1号和15号 / 第一个周一 / 最后一天 / 最后一个工作日 / 第一个工作日 / 月初. */
function dayInMonth(text: string): { rule: string; text: string; adjust: Adjust; byWeekday?: boolean } | undefined {
  if (text === '' || /^(初|月初|第一天|1日)$/.test(text)) return { rule: 'BYMONTHDAY=1', text: '1日', adjust: 'none' };
  if (/^(中|月中)$/.test(text)) return { rule: 'BYMONTHDAY=15', text: '15日', adjust: 'none' };
  // 每月15: a bare number after 月 is the day.
  const days = monthDays(BARE_NUMBER.test(text) ? `${text}日` : text);
  if (days) {
    if (days.length === 1) return { ...monthDayRule(days[0]!), adjust: 'none' };
    return { rule: `BYMONTHDAY=${days.join(',')}`, text: `${days.map((d) => `${d}日`).join('和')}`, adjust: 'none' };
  }
  if (/^(最后一天|底|月底|末|月末|最后1天)$/.test(text)) return { rule: 'BYMONTHDAY=-1', text: '最后一天', adjust: 'none' };
  if (/^最后一个工作日$/.test(text)) return { rule: 'BYMONTHDAY=-1', text: '最后一个工作日', adjust: 'last-workday' };
  if (/^(第一个工作日|首个工作日|第1个工作日)$/.test(text)) return { rule: 'BYMONTHDAY=1', text: '第一个工作日', adjust: 'first-workday' };
  const nth = nthWeekday(text) ?? severalNthWeekdays(text);
  return nth ? { ...nth, adjust: 'none', byWeekday: true } : undefined;
}

/** 周一三五 / 周二和周四 / 周一、周三 / 周一到周五 → weekday indexes. */
function weekdayList(text: string): number[] | undefined {
  const range = new RegExp(`^${WEEK}([一二三四五六日天])(?:到|至|-|~)${WEEK}?([一二三四五六日天])$`).exec(text);
  if (range) {
    const from = (weekdayIndex(range[1]!) + 6) % 7;
    const to = (weekdayIndex(range[2]!) + 6) % 7;
    if (to < from) return undefined;
    return Array.from({ length: to - from + 1 }, (_, i) => (from + i + 1) % 7);
  }
  if (new RegExp(`^${WEEK}末$`).test(text)) return [6, 0];
  const m = new RegExp(`^${WEEK}([一二三四五六日天、,和及与跟]|${WEEK})+$`).exec(text);
  if (!m) return undefined;
  const days = [...text.replace(new RegExp(WEEK, 'g'), '')].filter((c) => '一二三四五六日天'.includes(c)).map(weekdayIndex);
  return days.length > 0 ? [...new Set(days)].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)) : undefined;
}

/** 每两周 / 每隔一周 / 每2个月 → the interval (每隔N = every N+1, as the words say). */
function intervalOf(every: string | undefined, count: string | undefined): number | undefined {
  const n = count ? chineseNumber(count) : 1;
  if (n === undefined) return undefined;
  return every ? n + 1 : n;
}

function parseRecurring(body: string, time: TimeOfDay): RecurringSchedule | string | undefined {
  const rule = timeRule(time);
  if (typeof rule !== 'string') return rule.error;
  const t = rule;
  const tt = timeText(time);
  if (/^每(天|日)$/.test(body)) return { type: 'recurring', rrule: `FREQ=DAILY${t}`, adjust: 'none', description: `每天${tt}` };
  const everyDays = EVERY_DAYS.exec(body);
  if (everyDays) {
    const interval = intervalOf(everyDays[1], everyDays[2]);
    if (!interval || interval > 366) return '间隔的天数请在 1 到 366 之间';
    return {
      type: 'recurring',
      rrule: `FREQ=DAILY${interval > 1 ? `;INTERVAL=${interval}` : ''}${t}`,
      adjust: 'none',
      description: `${interval > 1 ? `每${interval}天` : '每天'}${tt}`,
    };
  }
  if (/^(每个?工作日|工作日每(天|日)|每(天|日)工作日|工作日|每逢工作日)$/.test(body))
    return {
      type: 'recurring',
      rrule: `FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR${t}`,
      adjust: 'workdays',
      description: `每个工作日${tt}（法定节假日不提醒，调休上班日照常）`,
    };

  const parity = /^每(单|双)周(.*)$/.exec(body);
  if (parity) {
    // 单周/双周: the odd or even week numbers of the year (ISO weeks, Monday first, as calendars number them).
    const rest = parity[2]!;
    const days = rest ? weekdayList(new RegExp(`^${WEEK}`).test(rest) ? rest : `周${rest}`) : undefined;
    if (!days) return `请说明${parity[1]}周的哪一天，例如“${parity[1]}周周五下午3点”`;
    const weeks = Array.from({ length: 53 }, (_, i) => i + 1).filter((w) => w % 2 === (parity[1] === '单' ? 1 : 0));
    return {
      type: 'recurring',
      rrule: `FREQ=YEARLY;WKST=MO;BYWEEKNO=${weeks.join(',')};BYDAY=${days.map((d) => WEEKDAY_CODES[d]).join(',')}${t}`,
      adjust: 'none',
      description: `${parity[1]}周（全年第${parity[1] === '单' ? '1、3、5' : '2、4、6'}……周）的周${days.map((d) => WEEKDAY_NAMES[d]).join('、')}${tt}`,
    };
  }

  let m = new RegExp(`^每(隔)?${NUM}?个?(?:周|星期|礼拜)(.*)$`).exec(body);
  if (m) {
    const interval = intervalOf(m[1], m[2]);
    let rest = m[3]!;
    if (rest === '' || rest === '一次') return '请说明每周哪一天，例如“每周五下午3点”';
    if (!new RegExp(`^${WEEK}`).test(rest)) rest = `周${rest}`;
    const days = weekdayList(rest);
    if (!days || !interval || interval < 1 || interval > 52) return '请说明每周哪一天，例如“每周五下午3点”';
    const byday = days.map((d) => WEEKDAY_CODES[d]).join(',');
    const names = days.map((d) => WEEKDAY_NAMES[d]).join('、');
    return {
      type: 'recurring',
      rrule: `FREQ=WEEKLY${interval > 1 ? `;INTERVAL=${interval}` : ''};BYDAY=${byday}${t}`,
      adjust: 'none',
      description: `${interval > 1 ? `每${interval}周的` : '每'}周${names}${tt}`,
    };
  }

  m = new RegExp(`^每(隔)?${NUM}?个?月(.*)$`).exec(body);
  if (m) {
    const interval = intervalOf(m[1], m[2]);
    // 每月 alone names no day: asked, as 每周 alone is, rather than read silently as the 1st.
    const part = m[3] === '' || m[3] === '一次' ? undefined : dayInMonth(m[3]!);
    const day = /^(\d+)[日号]$/.exec(m[3]!);
    if (!part && day) return `每月没有${day[1]}号，请说1号到31号之间的日子（31号在小月取最后一天）`;
    if (!part) return '请说明每月哪一天，例如“每月10日”“每月1号和15号”“每月第一个周一”“每月最后一个工作日”';
    if (!interval || interval < 1 || interval > 12) return '间隔的月数请在 1 到 12 之间';
    return {
      type: 'recurring',
      rrule: `FREQ=MONTHLY${interval > 1 ? `;INTERVAL=${interval}` : ''};${part.rule}${t}`,
      adjust: part.adjust,
      description: `${interval > 1 ? `每${interval}个月的` : '每月'}${part.text}${tt}`,
    };
  }

  m = EVERY_HALF_YEAR.exec(body);
  if (m) {
    let rest = m[3]!;
    let offset = m[1] === undefined || m[1] === '首月' ? 1 : m[1] === '末月' || m[1] === '最后一个月' ? 6 : (chineseNumber(m[2]!) ?? 0);
    if (m[1] === undefined && /^(末|底|最后一天|最后一个工作日)$/.test(rest)) {
      offset = 6;
      rest = rest === '最后一个工作日' ? rest : '最后一天';
    } else if (m[1] === undefined && /^最后/.test(rest)) {
      offset = 6;
    } else if (m[1] === undefined && /^(初|第一天)$/.test(rest)) rest = '';
    if (offset < 1 || offset > 6) return '半年只有六个月，请说“第一个月”到“第六个月”';
    const part = dayInMonth(rest);
    if (!part) return '请说明是哪一天，例如“每半年第一个月10日”';
    const months = `${offset},${offset + 6}`;
    return {
      type: 'recurring',
      rrule: `FREQ=YEARLY;BYMONTH=${months};${part.rule}${t}`,
      adjust: part.adjust,
      description: `每半年（${offset}月、${offset + 6}月）${part.text}${tt}`,
    };
  }

  m = new RegExp(`^每个?季度?(?:(第${NUM}个?月|首月|末月|最后一个月))?(.*)$`).exec(body);
  if ((m && body.startsWith('每季')) || (m && body.startsWith('每个季'))) {
    let rest = m[3]!;
    let offset = m[1] === undefined || m[1] === '首月' ? 1 : m[1] === '末月' || m[1] === '最后一个月' ? 3 : (chineseNumber(m[2]!) ?? 0);
    if (m[1] === undefined && /^(末|底|最后一天|最后一个工作日)$/.test(rest)) {
      offset = 3;
      rest = rest === '最后一个工作日' ? rest : '最后一天';
    } else if (m[1] === undefined && /^最后/.test(rest)) {
      // 每季度最后一个周五: the last such weekday of the quarter, i.e. of its third month.
      offset = 3;
    } else if (m[1] === undefined && /^(初|第一天|第一个工作日)$/.test(rest)) rest = rest === '第一个工作日' ? rest : '';
    if (offset < 1 || offset > 3) return '每季度只有三个月，请说“第一个月”“第二个月”或“第三个月”';
    const part = dayInMonth(rest);
    if (!part) return '请说明是哪一天，例如“每季度第一个月10日上午9点”';
    const months = [0, 3, 6, 9].map((q) => q + offset).join(',');
    const monthName = ['', '第一个月', '第二个月', '第三个月'][offset];
    return {
      type: 'recurring',
      rrule: `FREQ=YEARLY;BYMONTH=${months};${part.rule}${t}`,
      adjust: part.adjust,
      description: `每季度${monthName}（${months.split(',').join('、')}月）${part.text}${tt}`,
    };
  }

  const dates = yearlyDates(body, time, t, tt);
  if (dates) return dates;

  m = new RegExp(`^每年${NUM}(?:月份?|[-/.])(.*)$`).exec(body);
  if (m) {
    const month = chineseNumber(m[1]!);
    let rest = m[2]!;
    if (/^\d{1,2}$/.test(rest)) rest = `${rest}日`;
    const part = dayInMonth(rest);
    if (!month || month < 1 || month > 12 || !part) return '请说明每年几月几日，例如“每年7月1日”';
    const fixedDay = part.byWeekday ? undefined : /^(\d+)日/.exec(part.text);
    if (fixedDay) {
      // A fixed date of the year: plain BYMONTHDAY, and refused when the month never has it.
      const day = Number(fixedDay[1]);
      if (day > new Date(Date.UTC(2024, month, 0)).getUTCDate()) return `${month}月没有${day}日`;
      if (!part.rule.includes(',')) Object.assign(part, { rule: `BYMONTHDAY=${day}`, text: `${day}日` });
      else if (/BYSETPOS/.test(part.rule)) Object.assign(part, { rule: `BYMONTHDAY=${day}`, text: `${day}日` });
    }
    return {
      type: 'recurring',
      rrule: `FREQ=YEARLY;BYMONTH=${month};${part.rule}${t}`,
      adjust: part.adjust,
      description: `每年${month}月${part.text}${tt}`,
    };
  }
  return undefined;
}

/**
 * Several dates a year: 每年1月1日和7月1日, 每年6月30日、12月31日, 每年1月和7月的1号. One rule holds them as
 * every listed month × every listed day, keeping only the wanted ones by their place in the year (BYSETPOS);
 * undefined when the phrase is not such a list.
 */
function yearlyDates(body: string, time: TimeOfDay, t: string, tt: string): RecurringSchedule | string | undefined {
  if (!body.startsWith('每年')) return undefined;
  const list = body.slice(2).split(/[和及与、,跟]/);
  if (list.length < 2) return undefined;
  const parsed = list.map((part) => MONTH_THEN_REST.exec(part));
  if (parsed.some((p) => !p)) return undefined;
  const months = parsed.map((p) => chineseNumber(p![1]!));
  if (months.some((mo) => !mo || mo > 12)) return '请说明每年几月几日，例如“每年7月1日”';
  const rests = parsed.map((p) => p![2]!);
  // 每年1月和7月的1号: the day is said once, after the last month.
  if (rests.slice(0, -1).every((r) => r === '')) {
    const part = dayInMonth(rests.at(-1)!);
    if (!part) return '请说明每年几月几日，例如“每年1月和7月的1日”';
    const byMonth = unique(months as number[]);
    return {
      type: 'recurring',
      rrule: `FREQ=YEARLY;BYMONTH=${byMonth.join(',')};${part.rule}${t}`,
      adjust: part.adjust,
      description: `每年${byMonth.join('、')}月的${part.text}${tt}`,
    };
  }
  const days = rests.map((r) => monthDays(/^\d{1,2}$/.test(r) ? `${r}日` : r));
  if (days.some((d) => d?.length !== 1)) return undefined;
  const wanted = months.map((mo, i) => ({ month: mo!, day: days[i]![0]! }));
  for (const w of wanted) if (w.day > daysIn(2024, w.month)) return `${w.month}月没有${w.day}日`;
  const byMonth = unique(wanted.map((w) => w.month));
  const byDay = unique(wanted.map((w) => w.day));
  const key = (w: { month: number; day: number }) => w.month * 100 + w.day;
  const wantedKeys = new Set(wanted.map(key));
  // Each wanted date's place among all month × day dates must be the same in common and leap years.
  const places = [2026, 2028].map((year) => {
    const all = byMonth.flatMap((month) => byDay.filter((day) => day <= daysIn(year, month)).map((day) => ({ month, day })));
    return all.flatMap((w, i) => (wantedKeys.has(key(w)) ? [i] : []));
  });
  if (places[0]!.join() !== places[1]!.join() || places[0]!.length !== wantedKeys.size)
    return '这几个日子请分开设置，每条说一个日子，例如“每年7月1日”';
  const slots = slotsPerDay(time);
  const setPos = places[0]!.flatMap((i) => Array.from({ length: slots }, (_, k) => i * slots + k + 1));
  const exact = wantedKeys.size === byMonth.length * byDay.length;
  const sorted = [...wanted].sort((a, b) => key(a) - key(b)).filter((w, i, all) => i === 0 || key(all[i - 1]!) !== key(w));
  return {
    type: 'recurring',
    rrule: `FREQ=YEARLY;BYMONTH=${byMonth.join(',')};BYMONTHDAY=${byDay.join(',')}${t}${exact ? '' : `;BYSETPOS=${setPos.join(',')}`}`,
    adjust: 'none',
    description: `每年${sorted.map((w) => `${w.month}月${w.day}日`).join('、')}${tt}`,
  };
}

const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['今天', 0],
  ['今日', 0],
  ['明天', 1],
  ['明日', 1],
  ['后天', 2],
  ['后日', 2],
  ['大后天', 3],
  ['昨天', -1],
  ['昨日', -1],
  ['前天', -2],
  ['大前天', -3],
]);

const UNIT_MINUTES: ReadonlyMap<string, number> = new Map([
  ['分钟', 1],
  ['分', 1],
  ['小时', 60],
  ['个小时', 60],
  ['个钟头', 60],
  ['钟头', 60],
  ['天', 1440],
  ['日', 1440],
  ['周', 10080],
  ['个星期', 10080],
  ['星期', 10080],
  ['个礼拜', 10080],
  ['礼拜', 10080],
]);

/** 2分钟后 / 半小时后 / 一个半小时后 / 三天后 / 一刻钟后 / 1小时30分钟后 → minutes from now (days: whole days). */
function relativeOffset(body: string): { minutes: number; days?: number; months?: number } | undefined {
  const m = /^(.+?)(?:以|之)?后$/.exec(body);
  if (!m) return undefined;
  const span = m[1]!;
  if (span === '半小时' || span === '半个小时' || span === '半个钟头') return { minutes: 30 };
  const quarters = QUARTER_HOURS.exec(span);
  if (quarters) {
    const n = chineseNumber(quarters[1]!);
    return n ? { minutes: 15 * n } : undefined;
  }
  // 半天 is twelve hours from now, not a calendar day.
  if (span === '半天') return { minutes: 720 };
  const months = new RegExp(`^${NUM}个月$`).exec(span);
  if (months) {
    const n = chineseNumber(months[1]!);
    return n && n <= 24 ? { minutes: 0, months: n } : undefined;
  }
  if (span === '半个月') return { minutes: 0, days: 15 };
  if (span === '半年') return { minutes: 0, months: 6 };
  const years = YEARS.exec(span);
  if (years) {
    const n = chineseNumber(years[1]!);
    return n && n <= 2 ? { minutes: 0, months: 12 * n } : undefined;
  }
  let total = 0;
  let days = 0;
  let rest = span;
  while (rest) {
    const p = RELATIVE_PIECE.exec(rest);
    if (!p) return undefined;
    // 1.5小时后: a decimal amount.
    const n = p[1]!.includes('.') ? Number(p[1]) : chineseNumber(p[1]!);
    const unit = UNIT_MINUTES.get(p[3]!.startsWith('个') && p[2] ? p[3]!.slice(1) : p[3]!) ?? UNIT_MINUTES.get(p[3]!);
    if (n === undefined || unit === undefined) return undefined;
    const value = n + (p[2] || p[4] ? 0.5 : 0);
    if (unit >= 1440) days += (value * unit) / 1440;
    else total += value * unit;
    rest = rest.slice(p[0].length);
  }
  if (total === 0 && days === 0) return undefined;
  return days > 0 && total === 0 ? { minutes: 0, days } : { minutes: total + days * 1440 };
}

/** How far ahead a one-off reminder may be: a year like 9999 is a slip, not a plan. */
const HORIZON_YEARS = 5;

const onceText = (w: Wall) => `${isoDate(w)}（周${WEEKDAY_NAMES[weekdayOf(w)]}）${hm(w)}（一次）`;

function parseOnce(body: string, time: TimeOfDay, from: Date, zone: string): OnceSchedule | string | undefined {
  const now = wallOf(from, zone);
  const todayAt: Wall = { year: now.year, month: now.month, day: now.day, hour: time.hour, minute: time.minute };
  const past = (w: Wall) => `这个时间已经过去了（${isoDate(w)} ${hm(w)}），请给一个将来的时间`;
  const make = (w: Wall): OnceSchedule | string =>
    instantOf(w, zone) <= from
      ? past(w)
      : w.year > now.year + HORIZON_YEARS
        ? `${w.year}年太远了，一次性的提醒请设在${HORIZON_YEARS}年以内`
        : { type: 'once', at: `${isoDate(w)}T${hm(w)}`, description: onceText(w) };

  if (body === '' && time.given) {
    // Only a time of day: the next time the clock shows it.
    return make(instantOf(todayAt, zone) > from ? todayAt : addWallDays(todayAt, 1));
  }
  const relativeDay = RELATIVE_DAYS.get(body);
  if (relativeDay !== undefined) return make(addWallDays(todayAt, relativeDay));

  let m = new RegExp(`^(下下|下|本|这|这个|上|上个|下个)?${WEEK}([一二三四五六日天])$`).exec(body);
  if (m) {
    const target = weekdayIndex(m[2]!);
    const mondayOffset = (weekdayOf(todayAt) + 6) % 7; // days since Monday
    const targetOffset = (target + 6) % 7;
    const which = m[1];
    if (which === '上' || which === '上个') return make(addWallDays(todayAt, -7 - mondayOffset + targetOffset));
    if (which === '下' || which === '下个' || which === '下下') {
      const weeks = which === '下下' ? 2 : 1;
      return make(addWallDays(todayAt, 7 * weeks - mondayOffset + targetOffset));
    }
    if (which) return make(addWallDays(todayAt, targetOffset - mondayOffset));
    let delta = (target - weekdayOf(todayAt) + 7) % 7;
    if (delta === 0 && instantOf(todayAt, zone) <= from) delta = 7;
    return make(addWallDays(todayAt, delta));
  }

  m =
    /^(?:(\d{4})[年\-/.]|(今年|明年|去年))?(\d{1,2}|[一二三四五六七八九十]{1,3})(?:月|[-/.])(\d{1,2}|[一二三四五六七八九十]{1,3})(?:日|号)?$/.exec(
      body,
    );
  if (m) {
    const month = chineseNumber(m[3]!);
    const day = chineseNumber(m[4]!);
    if (!month || !day || month > 12) return `看不懂日期“${body}”`;
    const exists = (y: number) => new Date(Date.UTC(y, month - 1, day)).getUTCMonth() === month - 1;
    const explicit = m[1]
      ? Number(m[1])
      : m[2] === '今年'
        ? now.year
        : m[2] === '明年'
          ? now.year + 1
          : m[2] === '去年'
            ? now.year - 1
            : undefined;
    if (explicit !== undefined) {
      if (!exists(explicit)) return `${explicit}年没有${month}月${day}日`;
      return make({ year: explicit, month, day, hour: time.hour, minute: time.minute });
    }
    // No year: this year if still ahead (a date earlier today is past), else the next year that has the day.
    if (exists(now.year)) {
      const w = { year: now.year, month, day, hour: time.hour, minute: time.minute };
      if (instantOf(w, zone) > from) return make(w);
      if (isoDate(w) === isoDate(now)) return past(w);
    }
    let year = now.year + 1;
    while (!exists(year) && year < now.year + 8) year++;
    if (!exists(year)) return `没有${month}月${day}日这一天`;
    return make({ year, month, day, hour: time.hour, minute: time.minute });
  }

  m = /^(本月|这个月|下个?月|上个?月)?(初|中|底|末|月初|月中|月底|月末)$/.exec(body);
  if (m) {
    let [year, month] = [now.year, now.month];
    if (m[1]?.startsWith('下')) [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    if (m[1]?.startsWith('上')) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const day = /初/.test(m[2]!) ? 1 : /中/.test(m[2]!) ? 15 : last;
    const w = { year, month, day, hour: time.hour, minute: time.minute };
    if (!m[1] && instantOf(w, zone) <= from && day === 1) {
      const [ny, nm] = month === 12 ? [year + 1, 1] : [year, month + 1];
      return make({ ...w, year: ny, month: nm });
    }
    return make(w);
  }

  m = /^(本月|这个月|下个?月)(.+)$/.exec(body);
  const inMonth = m ? dayInMonth(m[2]!) : undefined;
  if (m && inMonth && !/^BYMONTHDAY=\d/.test(inMonth.rule)) {
    // 下个月第一个周一 / 本月最后一个工作日 / 下个月最后一天, once.
    const [year, month] = m[1]!.startsWith('下')
      ? now.month === 12
        ? [now.year + 1, 1]
        : [now.year, now.month + 1]
      : [now.year, now.month];
    const day = dayOfMonthRule(year, month, inMonth);
    if (day !== undefined) return make({ year, month, day, hour: time.hour, minute: time.minute });
  }

  m = new RegExp(`^(本月|这个月|下个?月|上个?月)?${NUM}(?:日|号)$`).exec(body);
  if (m) {
    const day = chineseNumber(m[2]!);
    if (!day || day > 31) return `看不懂日期“${body}”`;
    let [year, month] = [now.year, now.month];
    if (m[1]?.startsWith('上')) {
      [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
      return make({ year, month, day, hour: time.hour, minute: time.minute });
    }
    if (m[1]?.startsWith('下')) [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    for (let i = 0; i < 14; i++) {
      const w: Wall = { year, month, day, hour: time.hour, minute: time.minute };
      const valid = new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
      if (valid && (instantOf(w, zone) > from || m[1])) return make(w);
      if (valid && isoDate(w) === isoDate(now)) return past(w);
      [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    }
    return `没有${day}号这一天`;
  }
  return undefined;
}

/** The day of `month` a month rule picks (第一个周一, 最后一个周五, 最后一天, 第一个/最后一个工作日). */
function dayOfMonthRule(year: number, month: number, part: { rule: string; adjust: Adjust }): number | undefined {
  const last = daysIn(year, month);
  const date = (day: number) => isoDate({ year, month, day });
  if (part.adjust === 'first-workday') {
    for (let day = 1; day <= last; day++) if (isWorkingDay(date(day))) return day;
    return undefined;
  }
  if (part.adjust === 'last-workday') {
    for (let day = last; day >= 1; day--) if (isWorkingDay(date(day))) return day;
    return undefined;
  }
  if (part.rule === 'BYMONTHDAY=-1') return last;
  const nth = /^BYDAY=([+-]?\d)(\w\w)$/.exec(part.rule);
  if (!nth) return undefined;
  const n = Number(nth[1]);
  const weekday = WEEKDAY_CODES.indexOf(nth[2] as (typeof WEEKDAY_CODES)[number]);
  const matching = Array.from({ length: last }, (_, i) => i + 1).filter((day) => weekdayOf({ year, month, day }) === weekday);
  return n > 0 ? matching[n - 1] : matching[matching.length + n];
}

function relativeSchedule(body: string, time: TimeOfDay, from: Date, zone: string): OnceSchedule | string | undefined {
  const offset = relativeOffset(body);
  if (!offset) return undefined;
  let w: Wall;
  if (offset.months || (offset.days && offset.minutes === 0)) {
    const base = wallOf(from, zone);
    let target: Wall = {
      year: base.year,
      month: base.month,
      day: base.day,
      hour: time.given ? time.hour : base.hour,
      minute: time.given ? time.minute : base.minute,
    };
    if (offset.months) {
      const index = base.year * 12 + base.month - 1 + offset.months;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      target = { ...target, year, month, day: Math.min(base.day, new Date(Date.UTC(year, month, 0)).getUTCDate()) };
    }
    if (offset.days) target = addWallDays(target, Math.floor(offset.days));
    if (offset.days && offset.days % 1 !== 0) target = fromFloating(new Date(floating(target).getTime() + 12 * 3600_000));
    w = target;
  } else {
    if (time.given) return '“…后”和具体时刻不能同时说，请二选一，例如“2小时后”或“下午3点”';
    if (offset.minutes > 366 * 1440) return '最多可以提醒一年以内的事情';
    w = wallOf(new Date(from.getTime() + offset.minutes * 60_000), zone);
  }
  return { type: 'once', at: `${isoDate(w)}T${hm(w)}`, description: onceText(w) };
}

/** 遇节假日顺延 / 节假日顺延 / 不顺延, said at the end of a recurring phrase. */
function extractHolidayWish(text: string): { holidays?: boolean; rest: string } {
  // Said anywhere, usually last: 每月10日遇节假日顺延, 每月10日（节假日顺延）上午9点.
  const cut = (m: RegExpExecArray) => text.slice(0, m.index) + text.slice(m.index + m[0].length);
  const no = /[(（]?(遇到?|如遇|逢)?((法定)?节假日|周末)?不顺延[)）]?/.exec(text);
  if (no) return { holidays: false, rest: cut(no) };
  const yes =
    /[(（]?(遇到?|如遇|逢|若遇)?(周末或|周末和|周末、|周末及)?(法定)?(节假日|假日|节日|假期|周末|休息日)(的话)?(则|就)?(往后|向后)?(顺延|往后推|后延|推迟|延后)(一天)?((至|到)?下一?个?工作日)?[)）]?/.exec(
      text,
    );
  if (yes) return { holidays: true, rest: cut(yes) };
  return { rest: text };
}

/** Parses a phrase; `reason` says what to type instead when it cannot (`past` when the time has gone by). */
export function parseSchedule(phrase: string, options: ParseOptions): ParseResult {
  // A space between two numbers is kept (每月15 9:00 is not 159:00); others go.
  const normalized = normalizeInput(String(phrase ?? ''))
    .replace(/[\s,，。、;；]+$/g, '')
    .replace(/(?<!\d)\s+|\s+(?!\d)/g, '');
  if (!normalized) return { ok: false, reason: '请告诉我时间，例如“每月第一个周一下午3点”或“明天下午两点”' };
  const wish = extractHolidayWish(normalized);
  // Commas and full stops only separate the parts (每月5日，上午9点); one before a number may join a list (1,15号).
  const said = statedWeekday(canonicalWording(wish.rest.replace(/[,;。]+$/, '').replace(/[,;。](?![\d零〇一二两三四五六七八九十])/g, '')));
  const text = said.rest;
  const byDate = dateSaidByDate(text, options);
  if (byDate) return byDate;
  const bare = text.replace(/的/g, '').replace(/(开会|召开|举行|提醒我?|提醒)$/, '');
  const beforeTime = relativeSchedule(bare, { hour: 9, minute: 0, given: false }, options.from, options.zone);
  if (typeof beforeTime === 'object') return { ok: true, schedule: beforeTime };
  const extracted = extractTimes(text);
  if ('error' in extracted)
    return { ok: false, reason: extracted.error.includes('请') ? extracted.error : `${extracted.error}，请写成“下午3点”或“15:00”` };
  // 下午2点至4点: the meeting starts at the first time; the end is not needed for a reminder.
  const untilEnd = new RegExp(`(?:至|到|-|~|—)(?:凌晨|早上|上午|中午|下午|晚上)?${NUM}(?:点钟?|时|[:：]\\d{2})(?:半|${NUM}分?)?`);
  const body = extracted.rest
    .replace(untilEnd, '')
    .replace(/\s+/g, '')
    .replace(/[(（][)）]/g, '')
    .replace(/^,+|,+$/g, '')
    .replace(/的/g, '')
    .replace(/(开会|召开|举行|提醒我?|提醒)$/, '')
    .replace(/^(在|于)/, '');
  let result: Schedule | string | undefined;
  if (body.startsWith('每') || body.startsWith('工作日')) result = parseRecurring(body, extracted.time);
  else if (extracted.time.more) result = '一次性的提醒请只说一个时间，几个时间请分开设置';
  else
    result =
      relativeSchedule(body, extracted.time, options.from, options.zone) ?? parseOnce(body, extracted.time, options.from, options.zone);
  if (typeof result === 'string') return { ok: false, reason: result, ...(result.startsWith('这个时间已经过去了') ? { past: true } : {}) };
  if (!result) {
    return {
      ok: false,
      unknown: true,
      reason: `没能看懂“${String(phrase).trim().slice(0, 40)}”。可以这样说：每月第一个周一下午3点、工作日每天早上8点、每月1号和15号上午9点、每两周的周二、明天下午两点、2分钟后`,
    };
  }
  if (result.type === 'recurring') {
    if (said.weekday !== undefined)
      return {
        ok: false,
        reason: `每个月的同一天不一定是周${WEEKDAY_NAMES[said.weekday]}，请只说日子（每月5号）或只说星期（每月第一个周五）`,
      };
    if (wish.holidays !== undefined) result.holidays = wish.holidays;
    anchor(result, options);
  } else if (said.weekday !== undefined) {
    // 3月5日（周五）when 3月5日 is a Thursday: one of the two is a slip, and guessing which would be wrong.
    const [y, mo, d] = result.at.slice(0, 10).split('-').map(Number);
    const actual = weekdayOf({ year: y!, month: mo!, day: d! });
    if (actual !== said.weekday)
      return {
        ok: false,
        reason: `${mo}月${d}日是周${WEEKDAY_NAMES[actual]}，不是周${WEEKDAY_NAMES[said.weekday]}，请核对日期或星期`,
      };
    // 12月9日（下周三）: the week said must be the date's week too.
    if (said.week) {
      const named = parseSchedule(`${said.week}周${WEEKDAY_NAMES[said.weekday]}`, options);
      if (!named.ok || named.schedule.type !== 'once' || named.schedule.at.slice(0, 10) !== result.at.slice(0, 10))
        return {
          ok: false,
          reason: `${mo}月${d}日不是${said.week}周${WEEKDAY_NAMES[said.weekday]}${named.ok && named.schedule.type === 'once' ? `（${said.week}周${WEEKDAY_NAMES[said.weekday]}是${named.schedule.at.slice(0, 10)}）` : ''}，请核对日期或星期`,
        };
    }
  }
  return { ok: true, schedule: result };
}

/**
 * The weekday written after a date, as notices do (3月5日（周四）, 明天周四, 12月1日星期二): taken out so the
 * date is read alone, and kept to check it against the date.
 */
function statedWeekday(text: string): { rest: string; weekday?: number; week?: string } {
  // 下周三（12月9日）: the weekday first, the date in brackets; read as the date with its weekday.
  const first = /^((?:下下|下个?|本|这个?)?(?:周|星期|礼拜)[一二三四五六日天])[(（]((?:\d{1,2}月)?\d{1,2}[日号])[)）]/.exec(text);
  const swapped = first ? `${first[2]}（${first[1]}）${text.slice(first[0].length)}` : text;
  const m = /([日号天])[(（]?(下下|下个?|本|这个?)?(?:周|星期|礼拜)([一二三四五六日天])[)）]?/.exec(swapped);
  if (!m || !/(\d|[一二三四五六七八九十])[日号]$|^(今|明|后|大后)天$/.test(swapped.slice(0, m.index + 1))) return { rest: text };
  return {
    rest: swapped.slice(0, m.index + 1) + swapped.slice(m.index + m[0].length),
    weekday: weekdayIndex(m[3]!),
    ...(m[2] ? { week: m[2] } : {}),
  };
}

/** DTSTART: today, or for an interval (每两周, 每两个月) the coming occurrence, so the interval counts from it. */
function anchor(schedule: RecurringSchedule, options: ParseOptions): void {
  const today = isoDate(wallOf(options.from, options.zone));
  schedule.start = today;
  if (!/INTERVAL=/.test(schedule.rrule)) return;
  const plain = { ...schedule, rrule: schedule.rrule.replace(/;INTERVAL=\d+/, ''), adjust: 'none' as const };
  const [first] = nextOccurrences(plain, options.from, 1, { zone: options.zone, holidays: false });
  if (first) schedule.start = isoDate(wallOf(first, options.zone));
}

function dayDetail(date: string): { work: boolean; name: string } | undefined {
  try {
    return chineseDays().getDayDetail(date);
  } catch {
    return undefined;
  }
}

/** 清明节, 国庆节 … for a statutory holiday; undefined for an ordinary day. */
/**
 * A one-off date said by another: a lunar date (正月十五晚上6点, the next one to come) or days before or after a
 * date (七一前一天下午3点); `undefined` when the phrase says neither.
 */
function dateSaidByDate(text: string, options: ParseOptions): ParseResult | undefined {
  if (text.startsWith('每')) return undefined;
  const either = lunarOrSolar(text);
  if (either)
    return {
      ok: false,
      reason: `“${either}”是农历还是公历？农历请写“农历${either}”，公历请写“${chineseNumber(either.split('月')[0]!)}月${lunarDayNumber(either)}日”`,
    };
  const lunar = lunarCandidates(text, isoDate(wallOf(options.from, options.zone)), chineseDays());
  if (lunar) {
    if (lunar.length === 0) return { ok: false, reason: `农历这个月没有这一天（“${text.slice(0, 12)}”），请核对日期` };
    let read: ParseResult | undefined;
    for (const candidate of lunar) {
      read = parseSchedule(candidate, options);
      if (read.ok || !read.past) return read;
    }
    return read;
  }
  const shift = dayShift(text);
  if (!shift) return undefined;
  const base = parseSchedule(shift.date, options);
  if (!base.ok || base.schedule.type !== 'once') return base.ok ? undefined : base;
  const [date, clock] = base.schedule.at.split('T');
  const [year, month, day] = date!.split('-').map(Number);
  const [hour, minute] = clock!.split(':').map(Number);
  const w = addWallDays({ year: year!, month: month!, day: day!, hour: hour!, minute: minute! }, shift.days);
  if (instantOf(w, options.zone) <= options.from)
    return { ok: false, past: true, reason: `这个时间已经过去了（${isoDate(w)} ${hm(w)}），请给一个将来的时间` };
  return { ok: true, schedule: { type: 'once', at: `${isoDate(w)}T${hm(w)}`, description: onceText(w) } };
}

export function holidayName(date: string): string | undefined {
  const detail = dayDetail(date);
  if (!detail || detail.work || !detail.name.includes(',')) return undefined;
  const name = detail.name.split(',')[1] ?? '';
  return name.endsWith('节') || name === '元旦' || name === '春节' ? name : `${name}节`;
}

export function isWorkingDay(date: string): boolean {
  const detail = dayDetail(date);
  if (detail) return detail.work;
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6;
}

/** Why a date is not a working day, in words: 清明节 / 周六. */
export function restDayName(date: string): string {
  return holidayName(date) ?? `周${WEEKDAY_NAMES[new Date(`${date}T00:00:00Z`).getUTCDay()]}`;
}

function nextWorkingDay(w: Wall): Wall {
  let d = w;
  for (let i = 0; i < 40 && !isWorkingDay(isoDate(d)); i++) d = addWallDays(d, 1);
  return d;
}

function adjustDate(w: Wall, schedule: RecurringSchedule, holidays: boolean): Wall {
  if (schedule.adjust === 'last-workday') {
    let d = w;
    for (let i = 0; i < 31 && !isWorkingDay(isoDate(d)); i++) d = addWallDays(d, -1);
    return d;
  }
  if (schedule.adjust === 'first-workday') return nextWorkingDay(w);
  if (!holidays || isWorkingDay(isoDate(w))) return w;
  // The last day of the month moves back to the last working day: moving it forward would land in the next month.
  if (/BYMONTHDAY=-1(?![\d,])/.test(schedule.rrule)) {
    let d = w;
    for (let i = 0; i < 31 && !isWorkingDay(isoDate(d)); i++) d = addWallDays(d, -1);
    return d;
  }
  // A rule that names the weekday (每周六, 每月第一个周日) keeps ordinary weekends; holidays still move.
  const namesWeekday = /FREQ=(WEEKLY|DAILY)|BYDAY=/.test(schedule.rrule);
  if (namesWeekday && !holidayName(isoDate(w))) return w;
  return nextWorkingDay(w);
}

/** Checks an RRULE value (from the model, or edited by hand) without throwing. */
export function validRrule(rrule: string): boolean {
  try {
    const RRule = RRuleOf();
    const options = RRule.parseString(rrule);
    return options.freq !== undefined && new RRule({ ...options, dtstart: new Date(0), count: 1 }).all().length >= 0;
  } catch {
    return false;
  }
}

/** One occurrence: when it will happen, and the rule's own date when it was moved off a rest day. */
export interface Occurrence {
  at: Date;
  /** The rule's date (`YYYY-MM-DD`) when the occurrence was moved to a working day, with the reason (清明节, 周六). */
  movedFrom?: { date: string; reason: string; earlier?: boolean };
}

/**
 * The next `count` occurrences strictly after `after` (rest days moved when asked). The rule is evaluated on
 * the wall clock of `zone`, so 15:00 stays 15:00 whatever the offset.
 */
export function occurrencesAfter(schedule: Schedule, after: Date, count: number, options: OccurrenceOptions): Occurrence[] {
  const { zone } = options;
  if (schedule.type === 'once') {
    const [date, time] = schedule.at.split('T');
    const [year, month, day] = date!.split('-').map(Number);
    const [hour, minute] = time!.split(':').map(Number);
    const at = instantOf({ year: year!, month: month!, day: day!, hour: hour!, minute: minute! }, zone);
    return at > after && count > 0 ? [{ at }] : [];
  }
  const holidays = schedule.holidays ?? options.holidays ?? false;
  const RRule = RRuleOf();
  const parsed = RRule.parseString(schedule.rrule);
  const [y, mo, d] = (schedule.start ?? '2000-01-01').split('-').map(Number);
  const dtstart = floating({ year: y!, month: mo!, day: d!, hour: 0, minute: 0 });
  const out: Occurrence[] = [];
  if (schedule.adjust === 'workdays') {
    // Every working day by China's calendar: the weekday rule gives the time; holidays drop out, 调休 days join.
    const hours = /BYHOUR=([\d,]+)/.exec(schedule.rrule)?.[1]?.split(',').map(Number) ?? [9];
    const minutes = /BYMINUTE=([\d,]+)/.exec(schedule.rrule)?.[1]?.split(',').map(Number) ?? [0];
    const times = hours.flatMap((hour) => minutes.map((minute) => ({ hour, minute })));
    let day: Wall = { ...wallOf(after, zone), hour: 0, minute: 0 };
    for (let i = 0; out.length < count && i < count * 3 + 40; i++, day = addWallDays(day, 1)) {
      if (!isWorkingDay(isoDate(day)) || floating(day) < dtstart) continue;
      for (const time of times) {
        const instant = instantOf({ ...day, ...time }, zone);
        if (instant > after && out.length < count) out.push({ at: instant });
      }
    }
    return out;
  }
  const rule = new RRule({ ...parsed, dtstart });
  const seen = new Set<number>();
  // Look a month back so moves that cross `after` are seen; iterate on the floating wall clock.
  const back = floating(addWallDays({ ...wallOf(after, zone), hour: 0, minute: 0 }, -40));
  let cursor = back > dtstart ? new Date(back.getTime() - 1) : new Date(dtstart.getTime() - 1);
  for (let guard = 0; out.length < count && guard < count * 4 + 60; guard++) {
    const next = rule.after(cursor, false);
    if (!next) break;
    cursor = next;
    const original = fromFloating(next);
    const adjusted = adjustDate(original, schedule, holidays);
    const instant = instantOf(adjusted, zone);
    if (instant <= after || seen.has(instant.getTime())) continue;
    seen.add(instant.getTime());
    const moved = isoDate(adjusted) !== isoDate(original) && schedule.adjust === 'none';
    const from = {
      date: isoDate(original),
      reason: restDayName(isoDate(original)),
      ...(isoDate(adjusted) < isoDate(original) ? { earlier: true } : {}),
    };
    out.push(moved ? { at: instant, movedFrom: from } : { at: instant });
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The next `count` instants strictly after `after` (see {@link occurrencesAfter}). */
export function nextOccurrences(schedule: Schedule, after: Date, count: number, options: OccurrenceOptions): Date[] {
  return occurrencesAfter(schedule, after, count, options).map((o) => o.at);
}

const COUNT_WORDS = ['', '一', '两', '三', '四', '五'];

/** `每月第一个周一 15:00（北京时间）\n接下来三次：…` for the confirmation message; moved dates are said. */
export function describeWithNext(schedule: Schedule, from: Date, options: OccurrenceOptions & { zoneLabel?: string }, count = 3): string {
  const next = occurrencesAfter(schedule, from, count, options);
  const holidays = schedule.type === 'recurring' && (schedule.holidays ?? options.holidays ?? false) && schedule.adjust === 'none';
  const zoneText = options.zoneLabel ? `（${options.zoneLabel}）` : '';
  const monthEnd = schedule.type === 'recurring' && /BYMONTHDAY=-1(?![\d,])/.test(schedule.rrule);
  const moveText = monthEnd ? '，遇周末或法定节假日提前到之前最近的工作日' : '，遇周末或法定节假日顺延到下一个工作日';
  const lines = [`解析结果：${schedule.description}${zoneText}${holidays ? moveText : ''}`];
  if (next.length === 0) lines.push('这个时间已经过去了。');
  else {
    const label = schedule.type === 'once' ? '时间' : `接下来${COUNT_WORDS[next.length] ?? next.length}次`;
    lines.push(`${label}：${next.map((o) => formatLocal(o.at, options.zone)).join('；')}`);
    for (const o of next)
      if (o.movedFrom)
        lines.push(
          `（${o.movedFrom.date} 是${o.movedFrom.reason}，${o.movedFrom.earlier ? '提前' : '顺延'}到 ${formatLocal(o.at, options.zone)}）`,
        );
  }
  return lines.join('\n');
}

/** `DTSTART;TZID=Asia/Shanghai:20260302T000000` + `RRULE:…`, as an iCalendar client reads it (the .ics and the CLI only). */
export function rfcText(schedule: RecurringSchedule, zone: string): string {
  const start = (schedule.start ?? '2000-01-01').replace(/-/g, '');
  const m = /BYHOUR=(\d+);BYMINUTE=(\d+)/.exec(schedule.rrule);
  const time = m ? `${m[1]!.padStart(2, '0')}${m[2]!.padStart(2, '0')}00` : '000000';
  return `DTSTART;TZID=${zone}:${start}T${time} RRULE:${schedule.rrule}`;
}
