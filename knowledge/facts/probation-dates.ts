import { admittedInMonth } from './admitted-month';
import { partyYearsAsked } from './party-years';

/**
 * The dates of a 预备期 worked from the day of admission the asker gives (a full day, or one with its year said
 * relative to now): the 预备期's end, and the day 转正 and the 党龄 start. A month told without its day is read by
 * admitted-month.ts.
 */

/** A fact that dates the 预备期 (one year from the 支部大会's vote), 转正 (the day it ends) or the 党龄 (from 转正). */
export const PROBATION_DATES = /预备期为一年|转为正式党员之日|转正时间是预备期满之日/;
/** The day someone became a 预备党员, as the asker writes it: 2022年9月15日, 2022.9.15, 2022-09-15. */
const ADMITTED_DAY = /(\d{4})\s*(?:年|\.|-|\/)\s*(\d{1,2})\s*(?:月|\.|-|\/)\s*(\d{1,2})\s*[日号]?/;

/**
 * The worked dates for a 预备党员 admitted on the day the question gives: the 预备期 ends, and 转正 and the 党龄
 * start, one year later. Only when the question says the day was the admission and no extension is in play
 * (an extended 预备期 ends later, and the asker must say by how much).
 */
export function admittedOn(question: string): string | undefined {
  if (!/预备|接收|通过|入党|入的党|入了党/.test(question) || /延长|延期|推迟|不按期/.test(question)) return undefined;
  const m = ADMITTED_DAY.exec(question);
  if (!m) return admittedOnRelative(question) ?? admittedInMonth(question);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || (mo === 2 && d === 29)) return undefined;
  const next = `${y + 1}年${mo}月${d}日`;
  let out = `按你说的${y}年${mo}月${d}日（支部大会通过为预备党员之日）算，预备期到${next}期满；按期转正的，转正和党龄都从${next}算起。`;
  // "哪年够五十年", "50年纪念章哪年能拿": the day a 党龄 of so many years is reached, counted from 转正.
  const n = partyYearsAsked(question);
  if (n) out += `党龄满${n}年是${y + 1 + n}年${mo}月${d}日。`;
  return out;
}

/** A day with a year said relative to now ("去年4月15号", "前年9月1日"), and the year one later in the same words. */
const RELATIVE_DAY = /(前年|去年|今年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/;
const YEAR_AFTER: Record<string, string> = { 前年: '去年', 去年: '今年', 今年: '明年' };

/**
 * "去年4月15号支部大会通过的": the day of admission with its year said relative to now. The layer keeps no clock, and
 * needs none: one year on is said in the same words (今年4月15日), which the asker reads against their own calendar.
 */
function admittedOnRelative(question: string): string | undefined {
  const m = RELATIVE_DAY.exec(question);
  if (!m) return undefined;
  const [mo, d] = [Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || (mo === 2 && d === 29)) return undefined;
  const next = `${YEAR_AFTER[m[1]!]}${mo}月${d}日`;
  return `按你说的${m[1]}${mo}月${d}日（支部大会通过为预备党员之日）算，预备期到${next}期满；按期转正的，转正和党龄都从${next}算起。`;
}
