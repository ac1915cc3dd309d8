/**
 * Dates said by another date: a lunar one (正月十五, 农历八月十五, 腊月廿三) and a day before or after a date
 * (七一前一天, 10月1日后两天). Each is rewritten to the solar date it means, so the one parser reads the rest; a
 * lunar day that month does not have (腊月三十 in a year whose 腊月 has 29 days) is not a date and is not read.
 */
import { chineseNumber } from './index';

const LUNAR_MONTHS: Record<string, number> = { 正: 1, 冬: 11, 腊: 12 };
/** 正月, 冬月 and 腊月 are only lunar; any other month is lunar only after 农历/阴历. */
const LUNAR =
  /^(农历|阴历)?(正|冬|腊|十[一二]|[一二三四五六七八九十])月(初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]?|[一二三四五六七八九])(?![\d号日一二三四五六七八九十])/;

function lunarDay(word: string): number | undefined {
  if (word.startsWith('初')) return chineseNumber(word.slice(1));
  if (word.startsWith('廿')) return 20 + (chineseNumber(word.slice(1)) ?? Number.NaN);
  return chineseNumber(word);
}

/** Festivals kept by the lunar calendar, as month·day: 二月二, 端午, 七夕, 中元, 中秋, 重阳. */
const LUNAR_FESTIVAL_DAYS = new Set(['2-2', '5-5', '7-7', '7-15', '8-15', '9-9']);

/**
 * A date in Chinese numerals without 农历/阴历 and without 日/号 that people mostly mean as lunar — a festival's day
 * (八月十五 with 月饼 is 中秋) or a day said the lunar way (初五, 廿三) — but that could be the solar day: the phrase,
 * to be asked about rather than read either way.
 */
export function lunarOrSolar(text: string): string | undefined {
  const m = LUNAR.exec(text);
  if (!m || m[1] || m[2]! in LUNAR_MONTHS) return undefined;
  const month = chineseNumber(m[2]!);
  const day = lunarDay(m[3]!);
  const lunarWay = /^[初廿]/.test(m[3]!);
  return lunarWay || LUNAR_FESTIVAL_DAYS.has(`${month}-${day}`) ? m[0] : undefined;
}

/** The day of a month-day phrase in Chinese numerals (八月十五 → 15, 五月初五 → 5). */
export const lunarDayNumber = (phrase: string): number | undefined => lunarDay(phrase.split('月')[1] ?? '');

export interface LunarCalendar {
  getSolarDateFromLunar: (lunar: string) => { date: string };
  getLunarDate: (date: string) => { lunarYear: number; lunarMon: number; lunarDay: number; isLeap: boolean };
}

/**
 * The solar dates a lunar phrase at the start of `text` can mean, this lunar year's and the next's, each with the
 * text rewritten (`2026年3月3日晚上6点…`); `undefined` when the text opens with no lunar date, an empty list when
 * the day does not exist.
 */
export function lunarCandidates(text: string, today: string, calendar: LunarCalendar): string[] | undefined {
  const m = LUNAR.exec(text);
  if (!m) return undefined;
  const monthWord = m[2]!;
  if (!m[1] && !(monthWord in LUNAR_MONTHS)) return undefined;
  const month = LUNAR_MONTHS[monthWord] ?? chineseNumber(monthWord);
  const day = lunarDay(m[3]!);
  if (!month || !day || day > 30) return [];
  const rest = text.slice(m[0].length).replace(/^(那天|当天)/, '');
  const thisYear = calendar.getLunarDate(today).lunarYear;
  const out: string[] = [];
  for (const year of [thisYear, thisYear + 1]) {
    const pad = (n: number) => String(n).padStart(2, '0');
    const { date } = calendar.getSolarDateFromLunar(`${year}-${pad(month)}-${pad(day)}`);
    const back = calendar.getLunarDate(date);
    // The library rolls a day the month lacks into the next month: that is no such day.
    if (back.lunarMon !== month || back.lunarDay !== day || back.isLeap) continue;
    const [y, mo, d] = date.split('-').map(Number);
    out.push(`${y}年${mo}月${d}日${rest}`);
  }
  return out;
}

/** `7月1日前一天下午3点`, `2026年10月1日后两天`: the date, the days to move by, and the rest (the time of day). */
const SHIFT = /^((?:\d{4}年)?\d{1,2}月\d{1,2}[日号])的?([前后])([一两二三四五六七八九十\d]+)天(?![内后前])(.*)$/;

export function dayShift(text: string): { date: string; days: number } | undefined {
  const m = SHIFT.exec(text);
  if (!m) return undefined;
  const n = chineseNumber(m[3]!);
  if (!n || n > 30) return undefined;
  return { date: m[1]! + m[4]!, days: m[2] === '前' ? -n : n };
}
