import { chineseNumber } from '../../../scheduler/parse';

export interface DuesLine {
  name: string;
  months: string[];
  amountCents: number;
}

const MONTH_NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';

/** 2026-03, 2026年3月, 3月, 本月, 上月, 1-3月 / 1至3月 (each month) → `YYYY-MM` list. */
export function parseMonths(text: string, todayDate: string): { months: string[]; match: string } | undefined {
  const year = Number(todayDate.slice(0, 4));
  const thisMonth = Number(todayDate.slice(5, 7));
  const fmt = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
  let m = new RegExp(`(?:(\\d{4})\\s*年\\s*)?${MONTH_NUM}\\s*(?:月份?)?\\s*(?:-|—|~|至|到)\\s*${MONTH_NUM}\\s*月份?`).exec(text);
  if (m) {
    const from = chineseNumber(m[2]!);
    const to = chineseNumber(m[3]!);
    if (!from || !to || from > to || to > 12) return undefined;
    const y = m[1] ? Number(m[1]) : to > thisMonth ? year - 1 : year;
    return { months: Array.from({ length: to - from + 1 }, (_, i) => fmt(y, from + i)), match: m[0] };
  }
  m = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*月?份?/.exec(text);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { months: [fmt(Number(m[1]), month)], match: m[0] } : undefined;
  }
  m = new RegExp(`${MONTH_NUM}\\s*月份?`).exec(text);
  if (m) {
    const month = chineseNumber(m[1]!);
    if (!month || month > 12) return undefined;
    // A month later than this one is last year's (paying ahead is written with the year).
    return { months: [fmt(month > thisMonth ? year - 1 : year, month)], match: m[0] };
  }
  m = /(本月|这个月|上个?月)/.exec(text);
  if (m) {
    const back = m[1]!.startsWith('上') ? 1 : 0;
    const index = year * 12 + thisMonth - 1 - back;
    return { months: [fmt(Math.floor(index / 12), (index % 12) + 1)], match: m[0] };
  }
  return undefined;
}

/**
 * One line a secretary types or pastes: 张三 3月 50元 / 李四 2026-03 45.5 / 王五 1-3月 每月30. The amount is per
 * month. Returns the line, or the reason it could not be read.
 */
export function parseDuesLine(line: string, todayDate: string): DuesLine | string {
  let rest = ` ${line.trim()} `;
  const months = parseMonths(rest, todayDate);
  if (!months) return `“${line.trim()}”：没有写月份（例如 3月、2026-03、1-3月）`;
  rest = rest.replace(months.match, ' ');
  const amount = /(?:每月)?\s*(\d{1,6}(?:\.\d{1,2})?)\s*(?:元|块)?/.exec(rest);
  if (!amount) return `“${line.trim()}”：没有写金额（例如 50元）`;
  const cents = Math.round(Number(amount[1]) * 100);
  if (!(cents > 0) || cents > 100_000_000) return `“${line.trim()}”：金额不对`;
  rest = rest.replace(amount[0], ' ');
  const name =
    rest
      .replace(/[：:，,。；;]/g, ' ')
      .replace(/(交了?|缴了?|党费|已交|已缴|交纳|缴纳)/g, ' ')
      .trim()
      .split(/\s+/)[0] ?? '';
  if (!/^[\u4e00-\u9fa5·A-Za-z]{2,10}$/.test(name)) return `“${line.trim()}”：没有写姓名`;
  return { name, months: months.months, amountCents: cents };
}

export const yuan = (cents: number) => `${(cents / 100).toFixed(cents % 100 === 0 ? 0 : 2)} 元`;
