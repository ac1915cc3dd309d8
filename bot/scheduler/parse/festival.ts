import { createRequire } from 'node:module';
import type chineseDaysModule from 'chinese-days';

/**
 * Festivals whose date moves with the lunar calendar or the solar terms (清明前, 端午节前, 中秋以前, 春节前), as a
 * member promises by them: the festival's next date from today, as `M月D日`, so the deadline grammar reads it like any
 * date. The solar-date festivals (五一, 国庆, 七一) the grammar reads itself. 年前 and 节前 stay vague (which 年, which
 * 节?) and are asked for, as the deadline grammar decides. Lunar days (二月二, 农历三月初三) and the first working day
 * after a festival's holiday (清明节后上班第一天) are read here too: the calendar is this module's.
 */
export const MOVING_FESTIVAL = '(?:清明|端午|中秋|重阳|元宵|春节|过年|大年三十|除夕)节?';

/** The name chinese-days gives each (春节 is 正月初一; 过年 said for it too). */
const NAMES: Record<string, string> = {
  清明: '清明',
  端午: '端午节',
  中秋: '中秋节',
  重阳: '重阳节',
  元宵: '元宵节',
  春节: '春节',
  过年: '春节',
  除夕: '除夕',
  大年三十: '除夕',
};

const require = createRequire(import.meta.url);
let calendar: typeof chineseDaysModule | undefined;
// Loaded on first use, as the scheduler does: most messages name no festival.
function chineseDays(): typeof chineseDaysModule {
  if (!calendar) {
    const loaded = require('chinese-days') as typeof chineseDaysModule & { default?: typeof chineseDaysModule };
    calendar = loaded.default ?? loaded;
  }
  return calendar;
}

/** The festival's next date on or after `today` (YYYY-MM-DD), within a year; undefined when unknown. */
export function festivalDate(said: string, today: string): string | undefined {
  const name = NAMES[said] ?? NAMES[said.replace(/节$/, '')];
  if (!name) return undefined;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const end = `${y + 1}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  try {
    const days = chineseDays();
    if (name === '清明') return days.getSolarTerms(today, end).find((t) => t.name === '清明')?.date;
    return days.getLunarFestivals(today, end).find((f) => f.name.includes(name))?.date;
  } catch {
    return undefined;
  }
}

/** 清明前 → 4月5日前 (the festival's next date said as a date), any other phrase as it is. */
export function festivalAsDate(phrase: string, today: string): string {
  // Not 清明节后上班第一天: the day after its days off is the grammar's to read, not the festival's own day.
  return phrase.replace(new RegExp(`^${MOVING_FESTIVAL}(?!节?(?:假期|长假|放假)?(?:之后|以后|后))`), (said) => {
    const date = festivalDate(said, today);
    return date ? `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日` : said;
  });
}

/** The solar-date festivals a first day back after is promised by (五一节后上班第一天): month and day. */
const FIXED: ReadonlyArray<[RegExp, number, number]> = [
  [/^(?:元旦)$/, 1, 1],
  [/^(?:五一|劳动)$/, 5, 1],
  [/^(?:国庆)$/, 10, 1],
];

/** Any festival's next date on or after `today`, moving (清明) or fixed (五一, 国庆). */
export function anyFestivalDate(said: string, today: string): string | undefined {
  const name = said.replace(/节$/, '');
  const fixed = FIXED.find(([re]) => re.test(name));
  if (fixed) {
    const year = Number(today.slice(0, 4));
    const on = (y: number) => `${y}-${String(fixed[1]).padStart(2, '0')}-${String(fixed[2]).padStart(2, '0')}`;
    return on(year) >= today ? on(year) : on(year + 1);
  }
  return festivalDate(said, today);
}

/** The first working day after the festival's day and the days off around it (清明节后上班第一天 → 4月7日). */
export function firstWorkingDayAfter(festival: string, today: string, isWorkingDay: (date: string) => boolean): string | undefined {
  const date = anyFestivalDate(festival, today);
  if (!date) return undefined;
  let day = new Date(`${date}T00:00:00Z`);
  for (let i = 0; i < 15; i++) {
    day = new Date(day.getTime() + 86_400_000);
    const iso = day.toISOString().slice(0, 10);
    if (isWorkingDay(iso)) return iso;
  }
  return undefined;
}

/** A lunar month and day (二月初二, 腊月二十三) as the next solar date on or after `today`. */
export function lunarDate(month: number, day: number, today: string): string | undefined {
  try {
    const days = chineseDays();
    const year = days.getLunarDate(today).lunarYear;
    for (const y of [year, year + 1]) {
      const date = days.getSolarDateFromLunar(`${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).date;
      if (date >= today) return date;
    }
  } catch {
    return undefined;
  }
  return undefined;
}
