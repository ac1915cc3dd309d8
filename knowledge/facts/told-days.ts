import { chineseNumber } from '../text/numerals';

/**
 * Days the asker tells in words other than digits, read as digits before a rule's dates are worked on them
 * (worked-answer.ts): "三月十五日", "二〇二五年五月八日", and a year said both ways ("去年（2025年）三月", "2025年
 * （去年）"), where the year in digits is the one meant. Matching and working only: the answer quotes the day read.
 */

/** A year in Chinese digits (二〇二五年, 二零二四年). */
const HAN_YEAR = /([一二三四五六七八九〇零]{4})\s*年/g;
const DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** A month and day in Chinese numerals (三月十五日, 十二月一号); the day may be left out (三月份 is not read). */
const HAN_MONTH_DAY = /(?<![\d一二三四五六七八九十])([一二三四五六七八九十]{1,2})\s*月\s*(?:([一二三四五六七八九十]{1,3})\s*([日号]))?/g;
/** A year said relative to now with the year in digits beside it, in brackets, either way round. */
const YEAR_BOTH =
  /(?:前年|去年|今年|明年)\s*[（(]\s*((?:19|20)\d{2})\s*年?\s*[)）]|((?:19|20)\d{2})\s*年\s*[（(]\s*(?:前年|去年|今年|明年)\s*[)）]/g;

export function toldDaysInDigits(text: string): string {
  return text
    .replace(YEAR_BOTH, (_m, a?: string, b?: string) => `${a ?? b}年`)
    .replace(HAN_YEAR, (_m, y: string) => `${[...y].map((c) => DIGIT[c]).join('')}年`)
    .replace(HAN_MONTH_DAY, (whole, mo: string, d?: string, unit?: string) => {
      const month = chineseNumber(mo);
      if (month === undefined || month < 1 || month > 12) return whole;
      if (!d) return `${month}月`;
      const day = chineseNumber(d);
      return day === undefined || day < 1 || day > 31 ? whole : `${month}月${day}${unit}`;
    });
}
