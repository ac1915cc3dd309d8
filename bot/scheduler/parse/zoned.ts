/**
 * Wall-clock time in a time zone without a date library: a "floating" Date whose UTC fields are the local
 * wall clock (what rrule iterates over), and conversions to and from real instants.
 */

export interface Wall {
  year: number;
  month: number; // 1–12
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

/** The wall clock in `zone` at an instant. */
export function wallOf(instant: Date, zone: string): Wall & { second: number } {
  const parts = Object.fromEntries(formatter(zone).formatToParts(instant).map((p) => [p.type, p.value]));
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

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (w: Pick<Wall, 'year' | 'month' | 'day'>) => `${w.year}-${pad(w.month)}-${pad(w.day)}`;
export const hm = (w: Pick<Wall, 'hour' | 'minute'>) => `${pad(w.hour)}:${pad(w.minute)}`;
const weekdayNames = ['日', '一', '二', '三', '四', '五', '六'];
/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (w: Pick<Wall, 'year' | 'month' | 'day'>) => new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();

/** `2026-04-06（周一）15:00` in the zone. */
export function formatLocal(instant: Date, zone: string): string {
  const w = wallOf(instant, zone);
  return `${isoDate(w)}（周${weekdayNames[weekdayOf(w)]}）${hm(w)}`;
}

export function addDays(w: Wall, days: number): Wall {
  return fromFloating(new Date(floating(w).getTime() + days * 86_400_000));
}
