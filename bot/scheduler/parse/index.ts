import chineseDays from 'chinese-days';
import * as rruleModule from 'rrule';
import { normalizeInput } from '../../../knowledge';
import { addDays, floating, formatLocal, fromFloating, hm, instantOf, isoDate, wallOf, weekdayOf, type Wall } from './zoned';

/**
 * The Chinese schedule parser: the phrases secretaries type (每月第一个周一下午3点, 每季度第一个月10日上午9点,
 * 每周五, 每月最后一个工作日, 明天下午两点, 下周三 …) become an RFC 5545 rule or a one-off time, always with a
 * Chinese description so the bot can echo it with the next dates and ask for confirmation.
 */

/** How a date produced by the rule is moved: statutory holidays to the next working day; month working days. */
export type Adjust = 'none' | 'first-workday' | 'last-workday';

export interface RecurringSchedule {
  type: 'recurring';
  /** RFC 5545 RRULE value without DTSTART, e.g. `FREQ=MONTHLY;BYDAY=+1MO;BYHOUR=15;BYMINUTE=0`. */
  rrule: string;
  adjust: Adjust;
  /** Local date the rule starts from (DTSTART; anchors 每两周). */
  start?: string;
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

export type ParseResult = { ok: true; schedule: Schedule } | { ok: false; reason: string };

export interface ParseOptions {
  /** "Now": 明天, 下周三 and 本月 are relative to it. */
  from: Date;
  zone: string;
}

export interface OccurrenceOptions {
  zone: string;
  /** Move a date that falls on a statutory holiday to the next working day (调休 weekends count as working days). */
  holidays?: boolean;
}

// rrule ships a UMD main and an ESM `module` field: Node sees the former (named exports under default), Vite the latter.
const RRule: typeof rruleModule.RRule = rruleModule.RRule ?? (rruleModule as unknown as { default: typeof rruleModule }).default.RRule;

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十五 → 15, 二十一 → 21, 两 → 2, 12 → 12. */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十]+$/.test(text)) return undefined;
  if (!text.includes('十')) return text.length === 1 ? DIGITS[text] : Number([...text].map((c) => DIGITS[c]).join(''));
  const [tens, ones] = text.split('十');
  return (tens ? DIGITS[tens]! : 1) * 10 + (ones ? DIGITS[ones]! : 0);
}

const NUM = '(\\d{1,2}|[零〇一二两三四五六七八九十]{1,3})';
const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'];
const weekdayIndex = (c: string) => (c === '天' || c === '日' || c === '七' ? 0 : '一二三四五六'.indexOf(c) + 1);
const WEEK = '(?:周|星期|礼拜)';
const ORDINAL_NAMES: Record<number, string> = { 1: '第一个', 2: '第二个', 3: '第三个', 4: '第四个', [-1]: '最后一个', [-2]: '倒数第二个' };

interface TimeOfDay {
  hour: number;
  minute: number;
  given: boolean;
}

/** Finds and removes the time of day: 下午3点, 上午9点半, 15:30, 晚上八点十五分, 下午两点. Default 09:00. */
function extractTime(text: string): { time: TimeOfDay; rest: string } | { error: string } {
  const period = '(凌晨|早上|早晨|清晨|上午|中午|午后|下午|傍晚|晚上|夜里|晚)?';
  const clock = new RegExp(`${period}(\\d{1,2})[:：](\\d{2})`);
  const spoken = new RegExp(`${period}${NUM}(?:点|时)(?:(半|一刻|三刻|整)|${NUM}分?)?`);
  let match = clock.exec(text);
  let hour: number | undefined;
  let minute = 0;
  let periodWord: string | undefined;
  if (match) {
    periodWord = match[1];
    hour = Number(match[2]);
    minute = Number(match[3]);
  } else if ((match = spoken.exec(text))) {
    periodWord = match[1];
    hour = chineseNumber(match[2]!);
    if (match[3] === '半') minute = 30;
    else if (match[3] === '一刻') minute = 15;
    else if (match[3] === '三刻') minute = 45;
    else if (match[4]) minute = chineseNumber(match[4]) ?? -1;
  } else {
    const alone = new RegExp(period.replace('?', '')).exec(text);
    if (alone) {
      const defaults: Record<string, number> = { 凌晨: 6, 早上: 8, 早晨: 8, 清晨: 7, 上午: 9, 中午: 12, 午后: 14, 下午: 15, 傍晚: 18, 晚上: 19, 夜里: 20, 晚: 19 };
      return { time: { hour: defaults[alone[1]!]!, minute: 0, given: true }, rest: text.replace(alone[0], '') };
    }
    return { time: { hour: 9, minute: 0, given: false }, rest: text };
  }
  if (hour === undefined || hour > 24 || minute < 0 || minute > 59) return { error: `看不懂时间“${match[0]}”` };
  if (periodWord && /下午|午后|傍晚|晚上|夜里|晚/.test(periodWord) && hour < 12) hour += 12;
  if (periodWord === '中午' && hour < 6) hour += 12;
  if (hour === 24) hour = 0;
  return { time: { hour, minute, given: true }, rest: text.replace(match[0], '') };
}

const timeRule = (t: TimeOfDay) => `;BYHOUR=${t.hour};BYMINUTE=${t.minute}`;
const timeText = (t: TimeOfDay) => ` ${hm(t)}`;

/** 每月N日 for N ≥ 29 means "N or the month's last day": 28,29,30,31 with BYSETPOS=-1 stays RFC 5545. */
function monthDayRule(day: number): { rule: string; text: string } {
  if (day <= 28) return { rule: `BYMONTHDAY=${day}`, text: `${day}日` };
  const days = [28, 29, 30, 31].filter((d) => d <= day).join(',');
  return { rule: `BYMONTHDAY=${days};BYSETPOS=-1`, text: `${day}日（当月没有${day}日则取最后一天）` };
}

/** 第一个周一 / 最后一个周五 / 第3个星期二 / 倒数第二个周四. */
function nthWeekday(text: string): { rule: string; text: string } | undefined {
  const m = new RegExp(`^(?:第${NUM}个?|(最后一个?|倒数第${NUM}个?))${WEEK}([一二三四五六日天])$`).exec(text);
  if (!m) return undefined;
  const n = m[1] ? chineseNumber(m[1]) : m[2] === undefined ? undefined : m[3] ? -(chineseNumber(m[3]) ?? 0) : -1;
  if (!n || n > 5 || n < -5) return undefined;
  const wd = weekdayIndex(m[4]!);
  const name = ORDINAL_NAMES[n] ?? (n > 0 ? `第${n}个` : `倒数第${-n}个`);
  return { rule: `BYDAY=${n > 0 ? '+' : ''}${n}${WEEKDAY_CODES[wd]}`, text: `${name}周${WEEKDAY_NAMES[wd]}` };
}

/** The part of a month: 10日 / 十号 / 第一个周一 / 最后一天 / 最后一个工作日 / 第一个工作日. */
function dayInMonth(text: string): { rule: string; text: string; adjust: Adjust } | undefined {
  if (text === '') return { rule: 'BYMONTHDAY=1', text: '1日', adjust: 'none' };
  const day = new RegExp(`^${NUM}(?:日|号)$`).exec(text);
  if (day) {
    const n = chineseNumber(day[1]!);
    if (!n || n < 1 || n > 31) return undefined;
    return { ...monthDayRule(n), adjust: 'none' };
  }
  if (/^(最后一天|月底|月末)$/.test(text)) return { rule: 'BYMONTHDAY=-1', text: '最后一天', adjust: 'none' };
  if (/^最后一个工作日$/.test(text)) return { rule: 'BYMONTHDAY=-1', text: '最后一个工作日', adjust: 'last-workday' };
  if (/^(第一个工作日|首个工作日)$/.test(text)) return { rule: 'BYMONTHDAY=1', text: '第一个工作日', adjust: 'first-workday' };
  const nth = nthWeekday(text);
  return nth ? { ...nth, adjust: 'none' } : undefined;
}

function weekdayList(text: string): number[] | undefined {
  const m = new RegExp(`^${WEEK}([一二三四五六日天、,和及与]+)$`).exec(text);
  if (!m) return undefined;
  const days = [...m[1]!].filter((c) => '一二三四五六日天'.includes(c)).map(weekdayIndex);
  return days.length > 0 ? [...new Set(days)] : undefined;
}

function parseRecurring(body: string, time: TimeOfDay): Schedule | string | undefined {
  const t = timeRule(time);
  const tt = timeText(time);
  if (/^每(天|日)$/.test(body)) return { type: 'recurring', rrule: `FREQ=DAILY${t}`, adjust: 'none', description: `每天${tt}` };
  if (/^每个?工作日$/.test(body)) return { type: 'recurring', rrule: `FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR${t}`, adjust: 'none', description: `每个工作日（周一至周五）${tt}` };

  let m = new RegExp(`^每(隔)?${NUM}?个?(?:周|星期|礼拜)(.*)$`).exec(body);
  if (m) {
    let interval = m[2] ? chineseNumber(m[2]) ?? 0 : 1;
    if (m[1]) interval += 1;
    const rest = m[3]!.replace(new RegExp(`^${WEEK}`), '');
    const days = weekdayList(`周${rest}`);
    if (!days || interval < 1 || interval > 52) return '请说明每周哪一天，例如“每周五下午3点”';
    const byday = days.map((d) => WEEKDAY_CODES[d]).join(',');
    const names = days.map((d) => WEEKDAY_NAMES[d]).join('、');
    return {
      type: 'recurring',
      rrule: `FREQ=WEEKLY${interval > 1 ? `;INTERVAL=${interval}` : ''};BYDAY=${byday}${t}`,
      adjust: 'none',
      description: `${interval > 1 ? `每${interval}周的` : '每'}周${names}${tt}`,
    };
  }

  m = /^每(?:个)?月(?:的)?(.*)$/.exec(body);
  if (m) {
    const part = dayInMonth(m[1]!);
    if (!part) return '请说明每月哪一天，例如“每月10日”“每月第一个周一”“每月最后一个工作日”';
    return { type: 'recurring', rrule: `FREQ=MONTHLY;${part.rule}${t}`, adjust: part.adjust, description: `每月${part.text}${tt}` };
  }

  m = new RegExp(`^每(?:个)?季度?(?:的)?(?:(第${NUM}个?月|首月|末月|最后一个月))?(?:的)?(.*)$`).exec(body);
  if (m) {
    const offset = m[1] === undefined || m[1] === '首月' ? 1 : m[1] === '末月' || m[1] === '最后一个月' ? 3 : chineseNumber(m[2]!) ?? 0;
    if (offset < 1 || offset > 3) return '每季度只有三个月，请说“第一个月”“第二个月”或“第三个月”';
    const part = dayInMonth(m[3]!);
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

  m = new RegExp(`^每年(?:的)?(?:${NUM}月)(.*)$`).exec(body);
  if (m) {
    const month = chineseNumber(m[1]!);
    const part = dayInMonth(m[2]!);
    if (!month || month > 12 || !part) return '请说明每年几月几日，例如“每年7月1日”';
    return { type: 'recurring', rrule: `FREQ=YEARLY;BYMONTH=${month};${part.rule}${t}`, adjust: part.adjust, description: `每年${month}月${part.text}${tt}` };
  }
  return undefined;
}

function parseOnce(body: string, time: TimeOfDay, from: Date, zone: string): Schedule | string | undefined {
  const today = wallOf(from, zone);
  const todayWall: Wall = { year: today.year, month: today.month, day: today.day, hour: time.hour, minute: time.minute };
  const make = (w: Wall): Schedule => {
    const at = `${isoDate(w)}T${hm(w)}`;
    return { type: 'once', at, description: `${isoDate(w)}（周${WEEKDAY_NAMES[weekdayOf(w)]}）${hm(w)}（一次）` };
  };
  const relative: Record<string, number> = { 今天: 0, 今日: 0, 今晚: 0, 明天: 1, 明日: 1, 明早: 1, 明晚: 1, 后天: 2, 大后天: 3 };
  if (body in relative) return make(addDays(todayWall, relative[body]!));

  let m = new RegExp(`^(下下|下|本|这|这个|下个)?${WEEK}([一二三四五六日天])$`).exec(body);
  if (m) {
    const target = weekdayIndex(m[2]!);
    const mondayOffset = (weekdayOf(todayWall) + 6) % 7; // days since Monday
    const targetOffset = (target + 6) % 7;
    if (m[1] === '下' || m[1] === '下个' || m[1] === '下下') {
      const weeks = m[1] === '下下' ? 2 : 1;
      return make(addDays(todayWall, 7 * weeks - mondayOffset + targetOffset));
    }
    if (m[1] === '本' || m[1] === '这' || m[1] === '这个') {
      const w = addDays(todayWall, targetOffset - mondayOffset);
      if (instantOf(w, zone) <= from) return '这一天已经过去了。请说“下周…”或具体日期';
      return make(w);
    }
    let delta = (target - weekdayOf(todayWall) + 7) % 7;
    if (delta === 0 && instantOf(todayWall, zone) <= from) delta = 7;
    return make(addDays(todayWall, delta));
  }

  m = /^(?:(\d{4})[年\-/.])?(\d{1,2}|[一二三四五六七八九十]{1,3})[月\-/.](\d{1,2}|[一二三四五六七八九十]{1,3})(?:日|号)?$/.exec(body);
  if (m) {
    const month = chineseNumber(m[2]!);
    const day = chineseNumber(m[3]!);
    if (!month || !day || month > 12) return `看不懂日期“${body}”`;
    let year = m[1] ? Number(m[1]) : today.year;
    const check = (y: number) => new Date(Date.UTC(y, month - 1, day)).getUTCMonth() === month - 1;
    let w: Wall = { year, month, day, hour: time.hour, minute: time.minute };
    if (!m[1] && (!check(year) || instantOf(w, zone) <= from)) {
      // 2月29日 or a date already past this year: the next year that has it.
      for (year = today.year + 1; !check(year); year++);
      w = { ...w, year };
    }
    if (!check(year)) return `${year}年没有${month}月${day}日`;
    if (instantOf(w, zone) <= from) return '这个时间已经过去了，请给一个将来的时间';
    return make(w);
  }

  m = new RegExp(`^(?:本月|这个月|下个?月)?${NUM}(?:日|号)$`).exec(body);
  if (m) {
    const day = chineseNumber(m[1]!);
    if (!day || day > 31) return `看不懂日期“${body}”`;
    let month = today.month;
    let year = today.year;
    if (body.startsWith('下')) [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    for (let i = 0; i < 14; i++) {
      const w: Wall = { year, month, day, hour: time.hour, minute: time.minute };
      const valid = new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
      if (valid && instantOf(w, zone) > from) return make(w);
      [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    }
  }
  return undefined;
}

/** Parses a phrase; `reason` says what to type instead when it cannot. */
export function parseSchedule(phrase: string, options: ParseOptions): ParseResult {
  const text = normalizeInput(phrase).replace(/[\s,，。、]+$/g, '').replace(/\s+/g, '');
  if (!text) return { ok: false, reason: '请告诉我时间，例如“每月第一个周一下午3点”或“明天下午两点”' };
  const extracted = extractTime(text.replace(/(今|明)(早|晚)/, (_, d: string, p: string) => `${d}天${p === '早' ? '早上' : '晚上'}`));
  if ('error' in extracted) return { ok: false, reason: `${extracted.error}，请写成“下午3点”或“15:00”` };
  const body = extracted.rest.replace(/的/g, '').replace(/(开会|召开|举行|提醒我?|提醒)$/, '');
  const result = body.startsWith('每') ? parseRecurring(body, extracted.time) : parseOnce(body, extracted.time, options.from, options.zone);
  if (typeof result === 'string') return { ok: false, reason: result };
  if (result?.type === 'recurring') result.start = isoDate(wallOf(options.from, options.zone));
  if (!result) return { ok: false, reason: `没能看懂“${phrase.trim()}”。可以这样说：每月第一个周一下午3点、每季度第一个月10日上午9点、每周五、每月最后一个工作日、明天下午两点、下周三` };
  return { ok: true, schedule: result };
}

function isStatutoryHoliday(date: string): boolean {
  try {
    const detail = chineseDays.getDayDetail(date);
    return !detail.work && detail.name.includes(',');
  } catch {
    return false;
  }
}

function isWorkingDay(date: string): boolean {
  try {
    return chineseDays.isWorkday(date);
  } catch {
    const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
    return wd !== 0 && wd !== 6;
  }
}

function adjustDate(w: Wall, adjust: Adjust, holidays: boolean): Wall {
  if (adjust === 'last-workday') {
    let d = w;
    for (let i = 0; i < 31 && !isWorkingDay(isoDate(d)); i++) d = addDays(d, -1);
    return d;
  }
  if (adjust === 'first-workday') {
    let d = w;
    for (let i = 0; i < 31 && !isWorkingDay(isoDate(d)); i++) d = addDays(d, 1);
    return d;
  }
  if (holidays && isStatutoryHoliday(isoDate(w))) {
    let d = w;
    for (let i = 0; i < 31 && !isWorkingDay(isoDate(d)); i++) d = addDays(d, 1);
    return d;
  }
  return w;
}

/** Checks an RRULE value (from the model, or edited by hand) without throwing. */
export function validRrule(rrule: string): boolean {
  try {
    const options = RRule.parseString(rrule);
    return options.freq !== undefined && new RRule({ ...options, dtstart: new Date(0), count: 1 }).all().length >= 0;
  } catch {
    return false;
  }
}

/**
 * The next `count` instants strictly after `after` (holidays moved when asked). The rule is evaluated on the
 * wall clock of `zone`, so 15:00 stays 15:00 whatever the offset.
 */
export function nextOccurrences(schedule: Schedule, after: Date, count: number, options: OccurrenceOptions): Date[] {
  const { zone } = options;
  if (schedule.type === 'once') {
    const [date, time] = schedule.at.split('T');
    const [year, month, day] = date!.split('-').map(Number);
    const [hour, minute] = time!.split(':').map(Number);
    const at = instantOf({ year: year!, month: month!, day: day!, hour: hour!, minute: minute! }, zone);
    return at > after && count > 0 ? [at] : [];
  }
  const parsed = RRule.parseString(schedule.rrule);
  const [y, mo, d] = (schedule.start ?? '2000-01-01').split('-').map(Number);
  const dtstart = floating({ year: y!, month: mo!, day: d!, hour: 0, minute: 0 });
  const rule = new RRule({ ...parsed, dtstart });
  const out: Date[] = [];
  const seen = new Set<number>();
  // Look a month back so holiday moves that cross `after` are seen; iterate on the floating wall clock.
  const back = floating(addDays({ ...wallOf(after, zone), hour: 0, minute: 0 }, -40));
  let cursor = back > dtstart ? new Date(back.getTime() - 1) : new Date(dtstart.getTime() - 1);
  for (let guard = 0; out.length < count && guard < count * 4 + 50; guard++) {
    const next = rule.after(cursor, false);
    if (!next) break;
    cursor = next;
    const adjusted = adjustDate(fromFloating(next), schedule.adjust, options.holidays ?? false);
    const instant = instantOf(adjusted, zone);
    if (instant <= after || seen.has(instant.getTime())) continue;
    seen.add(instant.getTime());
    out.push(instant);
  }
  return out.sort((a, b) => a.getTime() - b.getTime());
}

/** `每月第一个周一 15:00\n接下来三次：…` for the confirmation message. */
export function describeWithNext(schedule: Schedule, from: Date, options: OccurrenceOptions, count = 3): string {
  const next = nextOccurrences(schedule, from, count, options);
  const lines = [`解析结果：${schedule.description}${options.holidays && schedule.type === 'recurring' ? '（遇法定节假日顺延到下一个工作日）' : ''}`];
  if (schedule.type === 'recurring') lines.push(`规则（RFC 5545）：${rfcText(schedule, options.zone)}`);
  lines.push(next.length > 0 ? `${schedule.type === 'once' ? '时间' : `接下来${next.length === 1 ? '一' : next.length === 2 ? '两' : '三'}次`}：${next.map((d) => formatLocal(d, options.zone)).join('；')}` : '这个时间已经过去了。');
  return lines.join('\n');
}

/** `DTSTART;TZID=Asia/Shanghai:20260302T000000` + `RRULE:…`, as an iCalendar client reads it. */
export function rfcText(schedule: RecurringSchedule, zone: string): string {
  const start = (schedule.start ?? '2000-01-01').replace(/-/g, '');
  const m = /BYHOUR=(\d+);BYMINUTE=(\d+)/.exec(schedule.rrule);
  const time = m ? `${m[1]!.padStart(2, '0')}${m[2]!.padStart(2, '0')}00` : '000000';
  return `DTSTART;TZID=${zone}:${start}T${time} RRULE:${schedule.rrule}`;
}
