import { chineseNumber } from '../text/numerals';

/**
 * A 持证上岗 certificate told as obtained in a year said back from this one ("初级证是去年6月拿的", "前年考的中级"): the
 * earliest time of the next level, each level held a full year first. The layer keeps no clock, and needs none: the
 * year one later is said in the same words (去年 → 今年), which the asker reads against their own calendar, as the
 * 预备期 told from "去年4月15号" is (probation-dates.ts). Years told in figures are certYears' (age-and-certificates.ts).
 */

/** The year one later, in the words the asker used. */
const YEAR_AFTER: Record<string, string> = { 前年: '去年', 去年: '今年', 今年: '明年' };

/** A year back from this one, with its month if told, before the level obtained (within the clause). */
const OBTAINED_BACK =
  /(前年|去年|今年)\s*(?:(\d{1,2}|十[一二]|[一二三四五六七八九十])\s*月份?)?[^，,。？?；;\s]{0,10}?(?<!申请|申报|升)(初级|中级)|(初级|中级)[^，,。？?；;\s\d]{0,6}?(?:是|在)?(前年|去年|今年)\s*(?:(\d{1,2}|十[一二]|[一二三四五六七八九十])\s*月份?)?[^，,。？?；;]{0,3}?(?:拿|取得|考|发|领|获得|评|通过)/;

/** The worked earliest time of the next level for a certificate obtained in a year said back from this one. */
export function certYearsBack(question: string): string | undefined {
  const m = OBTAINED_BACK.exec(question);
  if (!m) return undefined;
  const [back, monthSaid, level] = m[1] ? [m[1], m[2], m[3]!] : [m[5]!, m[6], m[4]!];
  const month = monthSaid === undefined ? undefined : /^\d+$/.test(monthSaid) ? Number(monthSaid) : chineseNumber(monthSaid);
  if (month !== undefined && (!month || month < 1 || month > 12)) return undefined;
  const told = `${back}${month ? `${month}月` : ''}`;
  const full = `${YEAR_AFTER[back]}${month ? `${month}月` : ''}`;
  const next = level === '初级' ? '中级' : '高级';
  // Held since 前年: the year was full by 去年, so the next level may be applied for now.
  const when = back === '前年' ? `到${full}已满一年，现在就可以申请${next}` : `到${full}满一年，${full}以后才可申请${next}`;
  const then = level === '初级' ? '；取得中级后再满一年，才可申请高级' : '';
  return `按你说的${told}取得${level}证书算，${when}${then}（具体以当地当年的通知为准）。`;
}
