/**
 * The one time and date module (quiz, reminders and the schedule parser all use it). Calendar dates are
 * `YYYY-MM-DD` strings; wall-clock times are {@link Wall} values read in a named time zone through `Intl`,
 * so nothing depends on the host's zone. A "floating" Date is one whose UTC fields are a wall clock: that is
 * what rrule iterates over.
 */

export interface Wall {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall clock in `zone` at an instant. */
export function wallOf(instant: Date, zone: string): Wall & { second: number } {
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The instant at which the wall clock in `zone` shows `wall`. */
export function instantOf(wall: Wall, zone: string): Date {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  let instant = guess;
  for (let i = 0; i < 3; i++) {
    const seen = wallOf(new Date(instant), zone);
    const seenMs = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
    const diff = seenMs - guess;
    if (diff === 0) break;
    instant -= diff;
  }
  return new Date(instant);
}

export const floating = (wall: Wall) => new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute));
export const fromFloating = (date: Date): Wall => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
  day: date.getUTCDate(),
  hour: date.getUTCHours(),
  minute: date.getUTCMinutes(),
});

export const isoDate = (w: Pick<Wall, 'year' | 'month' | 'day'>) => `${w.year}-${pad(w.month)}-${pad(w.day)}`;
export const hm = (w: Pick<Wall, 'hour' | 'minute'>) => `${pad(w.hour)}:${pad(w.minute)}`;
export const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'] as const;
/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (w: Pick<Wall, 'year' | 'month' | 'day'>) => new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();

/** `2026-04-06（周一）15:00` in the zone. */
export function formatLocal(instant: Date, zone: string): string {
  const w = wallOf(instant, zone);
  return `${isoDate(w)}（周${WEEKDAY_NAMES[weekdayOf(w)]}）${hm(w)}`;
}

/** `2026-04-06 15:00` in the zone (tables, CSV). */
export function formatStamp(instant: Date, zone: string): string {
  const w = wallOf(instant, zone);
  return `${isoDate(w)} ${hm(w)}`;
}

export function addWallDays(w: Wall, days: number): Wall {
  return fromFloating(new Date(floating(w).getTime() + days * 86_400_000));
}

const ZONE_NAMES: Record<string, string> = {
  'Asia/Shanghai': '北京时间',
  'Asia/Chongqing': '北京时间',
  'Asia/Urumqi': '乌鲁木齐时间',
  'Asia/Hong_Kong': '香港时间',
  'Asia/Macau': '澳门时间',
  'Asia/Taipei': '台北时间',
  'Asia/Tokyo': '东京时间',
  'Asia/Singapore': '新加坡时间',
  'Europe/London': '伦敦时间',
  'Europe/Berlin': '柏林时间',
  'Europe/Paris': '巴黎时间',
  'America/New_York': '纽约时间',
  'America/Los_Angeles': '洛杉矶时间',
  UTC: '协调世界时',
};

/** The zone in people's words: 北京时间 for Asia/Shanghai; otherwise the city and its UTC offset. */
export function zoneLabel(zone: string, at: Date = new Date(0)): string {
  const known = ZONE_NAMES[zone];
  if (known) return known;
  const w = wallOf(at, zone);
  const offset = Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `当地时间（UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}）`;
}

// ── Calendar dates as `YYYY-MM-DD` ───────────────────────────────────────────────────────────────────────

const parts = (date: string) => date.split('-').map(Number) as [number, number, number];
export const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `YYYY-MM-DD` of the instant in the zone. */
export const localDate = (instant: Date, zone: string) => isoDate(wallOf(instant, zone));
/** The local date in a zone (same as {@link localDate}). */
export const today = localDate;

/** `HH:MM` of the instant in the zone. */
export const localTime = (instant: Date, zone: string) => hm(wallOf(instant, zone));

/** The instant at which the wall clock in the zone shows `date` `hh:mm`. */
export function zonedInstant(date: string, time: string, zone: string): Date {
  const [year, month, day] = parts(date);
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return instantOf({ year, month, day, hour, minute }, zone);
}

/** The instant of `date` at hh:mm in the zone. */
export function at(date: string, hour: number, minute: number, zone: string): Date {
  const [year, month, day] = parts(date);
  return instantOf({ year, month, day, hour, minute }, zone);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}

/** One year later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years = 1): string {
  const [y, m, d] = parts(date);
  return isoDate({ year: y + years, month: m, day: Math.min(d, daysIn(y + years, m)) });
}

/** The same day `months` later, clamped to the month's end. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate({ year, month, day: Math.min(d, daysIn(year, month)) });
}

export function daysBetween(from: string, to: string): number {
  const [a, b, c] = parts(from);
  const [x, y, z] = parts(to);
  return Math.round((Date.UTC(x, y - 1, z) - Date.UTC(a, b - 1, c)) / 86_400_000);
}

/** Monday of the week containing `date` (weeks run Monday to Sunday, as in China). */
export function weekStart(date: string): string {
  const [y, m, d] = parts(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
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

/** The next instant after `now` at which the zone's clock shows `time`: today if still ahead, else tomorrow. */
export function nextOccurrence(now: Date, time: string, zone: string): { date: string; at: Date } {
  const day = localDate(now, zone);
  const first = zonedInstant(day, time, zone);
  if (first.getTime() > now.getTime()) return { date: day, at: first };
  const tomorrow = addDays(day, 1);
  return { date: tomorrow, at: zonedInstant(tomorrow, time, zone) };
}

/** Accepts 8:00, 08:00, 8点, 8点半, 20:30, 晚上8点, 下午3点15. Returns `HH:MM` or undefined. */
export function parseClockTime(input: string): string | undefined {
  const text = input.replace(/\s+/g, '').replace('：', ':');
  const m = /^(早上|上午|中午|下午|晚上)?(\d{1,2})(?:[:点时](\d{1,2}|半)?分?)?$/.exec(text);
  if (!m) return undefined;
  let hour = Number(m[2]);
  const minute = m[3] === '半' ? 30 : m[3] ? Number(m[3]) : 0;
  if ((m[1] === '下午' || m[1] === '晚上') && hour < 12) hour += 12;
  if (m[1] === '中午' && hour < 11) hour += 12;
  if (hour > 23 || minute > 59) return undefined;
  return `${pad(hour)}:${pad(minute)}`;
}

// ── Periods (months, quarters, years) ───────────────────────────────────────────────────────────────────

export interface Period {
  /** `2026-Q1`, `2026-03` or `2026`. */
  key: string;
  label: string;
  start: string;
  /** Last day, inclusive. */
  end: string;
}

export function monthPeriod(year: number, month: number): Period {
  const p = pad(month);
  return { key: `${year}-${p}`, label: `${year}年${month}月`, start: `${year}-${p}-01`, end: `${year}-${p}-${daysIn(year, month)}` };
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
