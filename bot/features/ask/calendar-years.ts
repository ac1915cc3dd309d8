import { wallOf } from '../../time';

/**
 * A day the fact layer worked out with its year said relative to now ("去年7月1日" told, "今年7月1日" one year on):
 * the layer keeps no clock (knowledge/facts/probation-dates.ts), the answer does. Said with the calendar year, a
 * reply read later, forwarded or filed still names the right day ("2026年7月1日"), and the asker need not count.
 */
const RELATIVE_DAY = /(前年|去年|今年|明年)(\d{1,2})月(\d{1,2})日/g;
const YEARS_FROM_NOW: Readonly<Record<string, number>> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1 };

export function withCalendarYears(answer: string, now: Date, zone: string): string {
  const year = wallOf(now, zone).year;
  return answer.replace(
    RELATIVE_DAY,
    (_, told: string, month: string, day: string) => `${year + YEARS_FROM_NOW[told]!}年${month}月${day}日`,
  );
}
