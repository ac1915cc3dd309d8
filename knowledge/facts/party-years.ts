/**
 * How many years of 党龄 a question asks to be worked out from the day it gives: said outright ("哪年够五十年",
 * "满30年是哪天"), or by naming the award that marks them ("光荣在党50年纪念章他今年能拿到吗", "五十年纪念章哪年能领"),
 * which asks the same day as "哪年够五十年".
 */

const PARTY_YEARS = /(?:够|满|达到|到)\s*(\d{1,2}|十|二十|三十|四十|五十|六十|七十)\s*(?:周)?年/;
/** The 光荣在党50年 award named: by its title, or as the 50-year 纪念章. */
const MEDAL_NAMED = /光荣在党\s*(?:50|五十)\s*(?:周)?年|(?:50|五十)\s*(?:周)?年(?:的)?纪念章/;
const HAN_TENS: Record<string, number> = { 十: 10, 二十: 20, 三十: 30, 四十: 40, 五十: 50, 六十: 60, 七十: 70 };

/** The years of 党龄 asked for (1–80), or undefined when the question asks for none. */
export function partyYearsAsked(question: string): number | undefined {
  const years = PARTY_YEARS.exec(question);
  const n = years ? (/^\d+$/.test(years[1]!) ? Number(years[1]) : (HAN_TENS[years[1]!] ?? 0)) : MEDAL_NAMED.test(question) ? 50 : 0;
  return n >= 1 && n <= 80 ? n : undefined;
}
