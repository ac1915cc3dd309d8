/** Calendar arithmetic in a named time zone (Asia/Shanghai by default), with no dependency on the host's zone. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(instant: Date, timeZone: string): Record<string, number> {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(instant)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** `YYYY-MM-DD` of the instant in the zone. */
export function localDate(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** `HH:MM` of the instant in the zone. */
export function localTime(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** The instant at which the wall clock in the zone shows `date` `hm`. */
export function zonedInstant(date: string, hm: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [h, mi] = hm.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, h, mi);
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const p = parts(new Date(guess), timeZone);
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    guess += wall - shown;
  }
  return new Date(guess);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Monday of the week containing `date` (weeks run Monday to Sunday, as in China). */
export function weekStart(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** The next instant after `now` at which the zone's clock shows `hm`: today if still ahead, else tomorrow. */
export function nextOccurrence(now: Date, hm: string, timeZone: string): { date: string; at: Date } {
  const today = localDate(now, timeZone);
  const at = zonedInstant(today, hm, timeZone);
  if (at.getTime() > now.getTime()) return { date: today, at };
  const tomorrow = addDays(today, 1);
  return { date: tomorrow, at: zonedInstant(tomorrow, hm, timeZone) };
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

const pad = (n: number) => String(n).padStart(2, '0');
