import { addDays, addMonths, daysIn, isoDate, localDate, quarterOf, validDate, WEEKDAY_NAMES, weekdayOf, weekStart } from '../../time';
import { anyFestivalDate, firstWorkingDayAfter, lunarDate, MOVING_FESTIVAL } from './festival';
import { chineseNumber, isWorkingDay, parseSchedule } from './index';

/**
 * A promised date as people say it: `3天内`, `五个工作日内`, `本周五前`, `月底前`, `3月20日前`, `2026-03-20`,
 * `明天`. The answer is a local date (the whole day counts), or a reason to ask back: a phrase read half-way
 * (`尽快`, `下个月`) is refused rather than guessed, since a wrong promise to a villager is worse than a question.
 */
export type DeadlineResult =
  | {
      ok: true;
      date: string;
      description: string;
      /** What followed the date when only the phrase's beginning was one (`3天内` of `3天内上门协调`): the action promised. */
      rest?: string;
    }
  | { ok: false; reason: string; past?: boolean };

export interface DeadlineOptions {
  from: Date;
  zone: string;
}

export const DEADLINE_EXAMPLES = '3天内、5个工作日内、本周五前、月底前、3月20日前';

const NUM = '(\\d{1,3}|[零〇一二两三四五六七八九十]{1,3})';
const WEEK = '(?:周|星期|礼拜)';
const weekdayIndex = (c: string) => (c === '天' || c === '日' || c === '七' ? 7 : '一二三四五六'.indexOf(c) + 1);
/** Words around the date that carry no date: 承诺…办结, 争取在…之前完成. */
// 大概周五前, 估计下周三之前: a hedge before a limit only softens it; the limit stands.
const LEAD =
  /^(?:承诺|保证|争取|力争|要求|答应|期限|时限|办结时限|限期|限|截止|截至|最迟|最晚)?[:：]?(?:大概|大约|差不多|估计|预计)?(?:在|于|到)?/;
const WORK_AFTER = '(?:办结|办完|办好|完成|解决|处理完?|处理好|修好|答复|回复|给答复|落实|办理|整改)?(?:到位|完毕)?';
const TAIL = new RegExp(`(?:之前|以前|前|之内|以内|内|为止|止)?${WORK_AFTER}$`);
/** Only the work promised after the date (年前回复 → 年前). */
const WORK_TAIL = new RegExp(`${WORK_AFTER}$`);
// 节后 and 年后 name no festival and no year (which 节?); ASAP is 尽快 in English.
const VAGUE =
  /^(?:尽快|尽早|马上|立即|立刻|近期|最近|抓紧|及时|有空|改天|过几天|过段时间|年前|节前|年后|节后(?:上班|开工|复工)?(?:第一天|第一个工作日)?|下个?月|下季度|明年|asap)$/i;
/**
 * 十号左右, 10号前后, 月底前后: about then, no limit (前后 is no 前). Asked, as the house asks a half-read phrase: a
 * promise read a few days late is a promise broken.
 */
const APPROX = /(?:左右|前后|上下)(?:办结|办完|办好|完成|解决|处理完?|处理好|答复|回复|给答复|落实)?$/;
/** 三五天, 两三天, 一两周: two numbers said together, a span read by its later end (the latest the member promised). */
const TWO_NUMBERS =
  /(?<![\d零〇一二两三四五六七八九十])(?:一两|两三|二三|三四|三五|四五|五六|六七|七八|八九)(?=个?(?:天|日|工作日|周|星期|礼拜|月|小时))/;

const describe = (date: string) => `${date}（周${WEEKDAY_NAMES[weekdayOf(parseParts(date))]}）前`;
const parseParts = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

/**
 * The phrase as typed, made plain: full-width digits and spaces gone, 廿/卅 as 二十/三十, 周5 as 周五, and a span of
 * two numbers (三五天) as its later end.
 */
function plain(phrase: string): string {
  return phrase
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[。，,.!！]+$/, '')
    .replace(/廿/g, '二十')
    .replace(/卅/g, '三十')
    .replace(/(?<=周|星期|礼拜)([1-7])(?![\d号日点个天月])/, (d) => '一二三四五六日'[Number(d) - 1]!)
    .replace(TWO_NUMBERS, (two) => two.slice(1));
}

/**
 * The core phrase without 承诺/在 before and 前/内/办结 after. The end of a working day (EOD, 下班前, 今天收工前) is
 * that day: the day said, else today.
 */
function core(phrase: string): string {
  return plain(phrase)
    .replace(LEAD, '')
    .replace(TAIL, '')
    .replace(/^(.*?)(?:EOD|COB|下班|收工|放工)$/i, (_, day: string) => day || '今天');
}

/** `3天前`, `两个月以前`: time gone by (路灯三天前就坏了), never a promise (that is `3天内`). */
const AGO = new RegExp(`^${NUM}个?(?:天|日|工作日|周|星期|礼拜|月|年)(?:之前|以前|前)`);

/** Reads a promised date; see {@link DeadlineResult}. */
export function parseDeadline(phrase: string, options: DeadlineOptions): DeadlineResult {
  const today = localDate(options.from, options.zone);
  const text = core(phrase);
  if (AGO.test(phrase.normalize('NFKC').replace(/\s+/g, '').replace(LEAD, '')))
    return { ok: false, reason: `“${phrase.trim()}”说的是过去的时间；承诺期限请写成：${DEADLINE_EXAMPLES}` };
  if (!text) return { ok: false, reason: `请说承诺哪天前办结，例如：${DEADLINE_EXAMPLES}` };
  const led = plain(phrase).replace(LEAD, '');
  if (APPROX.test(led))
    return { ok: false, reason: `“${phrase.trim()}”是个大概的日子，不是期限；请说哪天前办结，例如：${DEADLINE_EXAMPLES}` };
  // 年前: the vague word is whole only before its 前 is taken off (its core 年 would read as the year's end).
  if (VAGUE.test(text) || VAGUE.test(led.replace(WORK_TAIL, '')))
    return { ok: false, reason: `“${phrase.trim()}”没有说到具体哪天，请写一个期限，例如：${DEADLINE_EXAMPLES}` };
  const date = readDate(text, today);
  if (date === undefined) {
    // The reminders' phrase grammar: 3月20日下午、下周三上午 — one moment, whose day is the promise.
    const once = parseSchedule(text, options);
    if (once.ok && once.schedule.type === 'once') return accept(once.schedule.at.slice(0, 10), today);
    // 5个工作日内协调, 今天就去看: the longest beginning that is a date, the rest being what is promised.
    const full = phrase.normalize('NFKC').replace(/\s+/g, '').replace(LEAD, '');
    for (let cut = full.length - 1; cut >= 2; cut--) {
      const head = readDate(core(full.slice(0, cut)), today);
      const rest = full.slice(cut);
      if (typeof head === 'string' && !/^[\d号日天月周年底末内前]/.test(rest)) {
        const accepted = accept(head, today);
        return accepted.ok ? { ...accepted, rest } : accepted;
      }
    }
    return { ok: false, reason: `没看懂期限“${phrase.trim()}”，请写成：${DEADLINE_EXAMPLES}` };
  }
  if (typeof date === 'object') return date;
  return accept(date, today);
}

function accept(date: string, today: string): DeadlineResult {
  if (!validDate(date)) return { ok: false, reason: noSuchDay(date) };
  if (date < today) return { ok: false, reason: `${date} 已经过去了，请写一个今天以后的期限。`, past: true };
  if (date > addMonths(today, 24)) return { ok: false, reason: `${date} 太远了（两年以上），请确认承诺期限。` };
  return { ok: true, date, description: describe(date) };
}

/**
 * 下个月31号 in a 30-day month, 2月29日 in a common year: say which day the month lacks and how long it is, so the
 * user can pick the last day instead of guessing what was wrong.
 */
function noSuchDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `${date} 不是一个有效的日期：没有${month}月。`;
  const last = daysIn(year, month);
  const leap = month === 2 && day === 29 ? `（${year}年不是闰年）` : '';
  return `${year}年${month}月没有${day}号${leap}：${month}月只有${last}天，要写这个月的最后一天可以说“${month}月${last}号前”。`;
}

/** The date, a refusal, or undefined when the phrase is not a deadline this reader knows. */
function readDate(text: string, today: string): string | { ok: false; reason: string } | undefined {
  const num = (s: string | undefined) => (s === undefined ? undefined : s === '半' ? 0.5 : chineseNumber(s));
  const iso = /^(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})[日号]?$/.exec(text);
  if (iso) return isoDate({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });

  const relative: Record<string, number> = { 今天: 0, 今日: 0, 当天: 0, 明天: 1, 明日: 1, 后天: 2, 大后天: 3 };
  if (text in relative) return addDays(today, relative[text]!);

  const festive = readFestive(text, today);
  if (festive !== undefined) return festive;

  // 48小时内, 二十四小时之内: by the day the hours run out (a day at least).
  let h = new RegExp(`^${NUM}个?(?:小时|钟头)$`).exec(text);
  if (h) {
    const hours = num(h[1]);
    if (hours !== undefined && hours > 0 && hours <= 24 * 31) return addDays(today, Math.max(1, Math.ceil(hours / 24)));
  }
  // W11, 第11周: an ISO week of this year (or next, when long gone), by its Sunday, as 本周内 is.
  h = /^(?:[Ww](\d{1,2})|第(\d{1,2}|[一二三四五六七八九十]{1,3})周)$/.exec(text);
  if (h) {
    const week = h[1] ? Number(h[1]) : num(h[2]);
    if (week === undefined || week < 1 || week > 53) return undefined;
    const sundayOf = (year: number) => addDays(weekStart(`${year}-01-04`), 7 * (week - 1) + 6);
    const year = Number(today.slice(0, 4));
    return sundayOf(year) < addDays(today, -60) ? sundayOf(year + 1) : sundayOf(year);
  }

  let m = new RegExp(`^${NUM}个?(天|日|工作日|周|星期|礼拜|月)$`).exec(text) ?? /^(半)个?(月)$/.exec(text);
  if (m) {
    const n = num(m[1]);
    if (n === undefined || n <= 0 || n > 366) return { ok: false, reason: `期限“${text}”太长或不对，请写一个具体日期。` };
    const unit = m[2]!;
    if (unit === '天' || unit === '日') return addDays(today, n);
    if (unit === '工作日') return workingDaysAfter(today, n);
    if (unit === '月') return n === 0.5 ? addDays(today, 15) : addMonths(today, n);
    return addDays(today, 7 * n);
  }

  m = new RegExp(`^(本|这|下下个?|下|下个)?${WEEK}([一二三四五六日天七])$`).exec(text);
  if (m) {
    const monday = weekStart(today);
    const offset = weekdayIndex(m[2]!) - 1;
    // 下下周二: the week after next.
    if (m[1]?.startsWith('下下')) return addDays(monday, 14 + offset);
    if (m[1]?.startsWith('下')) return addDays(monday, 7 + offset);
    const thisWeek = addDays(monday, offset);
    // 周五前 said on Saturday means next Friday; 本周五前 said on Saturday has passed (refused as past).
    return m[1] || thisWeek >= today ? thisWeek : addDays(thisWeek, 7);
  }
  if (/^(本|这)?(周|星期|礼拜)(内|末)$/.test(text) || /^(本|这)(周|星期|礼拜)$/.test(text)) return addDays(weekStart(today), 6);

  const [y, mo] = today.split('-').map(Number) as [number, number];
  // 月底, 下月中, 上旬, 下个月初: a part of this month or the next (月初 the 5th, 上旬 the 10th, 月中 and 中旬 the 15th,
  // 下旬 the 20th, 月底 the last day). 中, 初 or 内 alone are no part of a month.
  m = /^(本月|这个?月|当月|下个?月|次月)?(月底|月末|月内|月中|月初|底|末|内|中|初|上旬|中旬|下旬)$/.exec(text);
  if (m && (m[1] || !/^[中初内]$/.test(m[2]!))) {
    const part = m[2]!.replace(/^月/, '');
    const next = m[1]?.startsWith('下') || m[1] === '次月';
    if (next && part === '内') return { ok: false, reason: '“下个月内”没有说到哪天，请写“下月底前”或具体日期。' };
    const thisMonth = `${today.slice(0, 8)}01`;
    // 月初 said once this month's first days are gone is next month's.
    const gone = !m[1] && part === '初' && isoDate({ ...parseParts(thisMonth), day: PART_DAY['初']! }) < today;
    const base = next || gone ? addMonths(thisMonth, 1) : thisMonth;
    const [by, bm] = base.split('-').map(Number) as [number, number];
    return isoDate({ year: by, month: bm, day: PART_DAY[part] ?? daysIn(by, bm) });
  }
  if (/^(本|这个?|当)月$/.test(text)) return isoDate({ year: y, month: mo, day: daysIn(y, mo) });
  if (/^(月底|月末)$/.test(text)) return isoDate({ year: y, month: mo, day: daysIn(y, mo) });
  if (/^(本|今)?年(底|末|内)?$|^年终$/.test(text)) return `${y}-12-31`;
  if (/^(本|这个?)?季度(底|末|内)?$|^季(底|末)$/.test(text)) return quarterOf(today).end;

  // 4月底前, 5月中旬, 4月上旬, 4月初: a named month's end (or another part of it, as above).
  m = new RegExp(`^(?:(\\d{4})年)?${NUM}月份?(底|末|中旬|中|下旬|上旬|初)$`).exec(text);
  if (m) {
    const month = num(m[2]);
    if (month === undefined || month < 1 || month > 12) return undefined;
    const dayIn = (year: number) => PART_DAY[m![3]!] ?? daysIn(year, month);
    if (m[1]) return isoDate({ year: Number(m[1]), month, day: dayIn(Number(m[1])) });
    // As with 3月20日: long gone is next year's; a few days gone is a slip, refused as past.
    const date = isoDate({ year: y, month, day: dayIn(y) });
    return date < addDays(today, -60) ? isoDate({ year: y + 1, month, day: dayIn(y + 1) }) : date;
  }
  m =
    new RegExp(`^(?:(\\d{4})年)?${NUM}月${NUM}[日号]?$`).exec(text) ??
    /^(?:(\d{4})[-/.])?(\d{1,2})[-/.](\d{1,2})[日号]?$/.exec(text) ??
    // 0310前: month and day as four digits, as a work group's file names write them.
    /^()(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.exec(text);
  if (m) {
    const month = num(m[2]);
    const day = num(m[3]);
    if (month === undefined || day === undefined) return undefined;
    if (m[1]) return isoDate({ year: Number(m[1]), month, day });
    const date = isoDate({ year: y, month, day });
    // 1月10日前 said in December is next January; a date a few days gone is a slip, refused as past.
    return date < addDays(today, -60) ? isoDate({ year: y + 1, month, day }) : date;
  }
  // 下个月10号前: that day of next month.
  m = new RegExp(`^(?:下个?月|次月)${NUM}[日号]$`).exec(text);
  if (m) {
    const day = num(m[1]);
    const next = addMonths(`${today.slice(0, 8)}01`, 1);
    if (day === undefined || day < 1 || day > 31) return undefined;
    return `${next.slice(0, 8)}${String(day).padStart(2, '0')}`;
  }
  m = new RegExp(`^(?:本月|这个?月)?${NUM}[日号]$`).exec(text);
  if (m) {
    const day = num(m[1]);
    if (day === undefined || day > 31) return undefined;
    const date = isoDate({ year: y, month: mo, day });
    if (date >= today) return date;
    const next = addMonths(`${today.slice(0, 8)}01`, 1);
    return `${next.slice(0, 8)}${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

/** The day a part of a month is read as (see readDate); the month's end is its last day. */
const PART_DAY: Record<string, number> = { 初: 5, 上旬: 10, 中: 15, 中旬: 15, 下旬: 20 };

const LUNAR_MONTHS: Record<string, number> = { 正: 1, 冬: 11, 腊: 12 };
/**
 * Festivals and lunar days: 清明, 过年 (the festival's next date), 清明节后上班第一天 (the first working day after its
 * days off), 二月二, 农历三月初三, 腊月二十三 (a lunar day, the next one). A month and day in Han numerals is a lunar
 * day when 农历 or 阴历 says so, when the month is 正, 冬 or 腊, when the day is 初X, or when the two numbers are the
 * same single digit (二月二, 三月三, 九月九: the old festivals' names); else it is the solar date, as before. 初三
 * alone (which month? lunar or solar?) is asked.
 */
function readFestive(text: string, today: string): string | { ok: false; reason: string } | undefined {
  if (new RegExp(`^${MOVING_FESTIVAL}$`).test(text)) return anyFestivalDate(text, today);
  const after = /^(.{2,5}?)节?(?:假期|长假|放假)?(?:之后|以后|后)(?:上班|开工|复工|收假)?的?(?:第一天|头一天|第一个工作日)$/.exec(text);
  if (after) return firstWorkingDayAfter(after[1]!, today, isWorkingDay);
  if (/^初[一二三四五六七八九十]$/.test(text))
    return { ok: false, reason: `“${text}”是哪个月的${text}？请写具体日期，例如“3月20日前”或“农历二月初二前”。` };
  const lunar =
    /^(农历|阴历)?(正|冬|腊|十[一二]|[一二三四五六七八九十])月(初[一二三四五六七八九十]|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]?|[一二三四五六七八九])$/.exec(
      text,
    );
  if (!lunar) return undefined;
  const [, said, monthWord, dayWord] = lunar as unknown as [string, string | undefined, string, string];
  const doubled = monthWord.length === 1 && monthWord === dayWord;
  if (!said && !(monthWord in LUNAR_MONTHS) && !dayWord.startsWith('初') && !doubled) return undefined;
  const month = LUNAR_MONTHS[monthWord] ?? chineseNumber(monthWord);
  const day = chineseNumber(dayWord.replace(/^初/, ''));
  if (month === undefined || day === undefined) return undefined;
  return lunarDate(month, day, today);
}

function workingDaysAfter(today: string, count: number): string {
  let date = today;
  for (let left = count; left > 0; ) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) left--;
  }
  return date;
}
