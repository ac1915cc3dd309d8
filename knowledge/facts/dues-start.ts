/**
 * The day a 预备党员's 党费 start, worked from the day of admission the asker tells ("去年9月10号支部大会通过的…党费从
 * 哪个时候开始交"): that day, not the day the 上级党委 approved. A year said relative to now stays so here (the layer
 * keeps no clock); the reply says it with its calendar year (bot/features/ask/calendar-years.ts).
 */

/** The 党费 rule for a 预备党员: from the day the 支部大会 admitted them. */
export const DUES_FROM_ADMISSION = /从支部党员大会通过接收其为预备党员之日起交纳/;

/** The first full day told: 2025年9月10日, 去年9月10号. */
const TOLD_DAY = /(\d{4}\s*年|前年|去年|今年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;

/** What the asker tells of the day: the 支部大会's vote, or being admitted (通过, 接收, 成为预备党员). */
const ADMITTED = /支部大会|党员大会|通过|接收|预备党员/;

/**
 * A month told without its day ("去年10月支部大会通过的，上级12月才批"): only where the admission is said right after
 * it, so the month of the 上级's approval told in the same message is never taken for it.
 */
const TOLD_MONTH = /(\d{4}\s*年|前年|去年|今年)?\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])(?:份|底|初|中旬|上旬|下旬)?/g;
const ADMITTED_NEXT = /^[^，,。？?！!\d批]{0,6}(?:支部大会|党员大会|通过|接收)/;

export function duesStartDay(question: string): string | undefined {
  const m = TOLD_DAY.exec(question);
  if (m && ADMITTED.test(question.slice(m.index))) {
    const [mo, d] = [Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
    const day = `${m[1]!.replace(/\s+/g, '')}${mo}月${d}日`;
    return `按你说的${day}支部大会通过算，党费从${day}起交纳，不是从上级党委批准那天起。`;
  }
  for (const t of question.matchAll(TOLD_MONTH)) {
    const mo = Number(t[2]);
    if (mo < 1 || mo > 12 || !ADMITTED_NEXT.test(question.slice(t.index + t[0].length))) continue;
    const month = `${(t[1] ?? '').replace(/\s+/g, '')}${mo}月`;
    return `按你说的${month}支部大会通过算，党费从${month}起交纳，不是从上级党委批准的那个月起。`;
  }
  return undefined;
}
