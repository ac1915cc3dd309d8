import { instantOf, isoDate, wallOf } from '../../scheduler/parse/zoned';

/** Date helpers on `YYYY-MM-DD` strings (calendar dates, no time zone). */

const parts = (date: string) => date.split('-').map(Number) as [number, number, number];
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** One year later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years = 1): string {
  const [y, m, d] = parts(date);
  return isoDate({ year: y + years, month: m, day: Math.min(d, daysIn(y + years, m)) });
}

export function addDaysTo(date: string, days: number): string {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}

export function daysBetween(from: string, to: string): number {
  const [a, b, c] = parts(from);
  const [x, y, z] = parts(to);
  return Math.round((Date.UTC(x, y - 1, z) - Date.UTC(a, b - 1, c)) / 86_400_000);
}

export function validDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const [y, m, d] = parts(date);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

/** 2025-3-10, 2025年3月10日, 2025/03/10, 2025.3.10 → 2025-03-10 (undefined if not a real date). */
export function parseDate(text: string): string | undefined {
  const m = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?/.exec(text);
  if (!m) return undefined;
  const date = isoDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  return validDate(date) ? date : undefined;
}

export const DATE_PATTERN = /\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*[日号]?/g;

/** The local date in a zone. */
export const today = (now: Date, zone: string) => isoDate(wallOf(now, zone));

/** The instant of `date` at hh:mm in the zone. */
export function at(date: string, hour: number, minute: number, zone: string): Date {
  const [year, month, day] = parts(date);
  return instantOf({ year, month, day, hour, minute }, zone);
}

export interface Period {
  /** `2026-Q1` or `2026-03`. */
  key: string;
  label: string;
  start: string;
  /** Last day, inclusive. */
  end: string;
}

export function monthPeriod(year: number, month: number): Period {
  const pad = String(month).padStart(2, '0');
  return { key: `${year}-${pad}`, label: `${year}年${month}月`, start: `${year}-${pad}-01`, end: `${year}-${pad}-${daysIn(year, month)}` };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return {
    key: `${year}-Q${quarter}`,
    label: `${year}年第${'一二三四'[quarter - 1]}季度`,
    start: monthPeriod(year, first).start,
    end: monthPeriod(year, first + 2).end,
  };
}

export function quarterOf(date: string): Period {
  const [y, m] = parts(date);
  return quarterPeriod(y, Math.floor((m - 1) / 3) + 1);
}

export function monthOf(date: string): Period {
  const [y, m] = parts(date);
  return monthPeriod(y, m);
}

export function monthsOfQuarter(q: Period): Period[] {
  const [y, m] = parts(q.start);
  return [0, 1, 2].map((i) => monthPeriod(y, m + i));
}

export function yearPeriod(year: number): Period {
  return { key: `${year}`, label: `${year}年`, start: `${year}-01-01`, end: `${year}-12-31` };
}
