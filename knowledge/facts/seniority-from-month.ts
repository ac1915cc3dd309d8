/**
 * Whether a member's 党龄 is enough for a post that asks so many years of it (党支部书记: 1年以上), worked from the
 * month of 转正 the asker tells ("去年9月才转正", "2025年3月转的正"). The 党龄 starts at 转正, so the years are
 * reached in the same month that many years on. The layer keeps no clock: a month said relative to now (去年, 今年)
 * is answered in the same words (reached 今年9月: before it not yet, from it enough), which the asker reads against
 * their own calendar; an absolute year names the month it is reached.
 */

/** A month of 转正 told: with its year said relative to now or outright, 转正 or 转为正式 said just after it. */
const TURNED_FULL =
  /(前年|去年|今年|(?:19|20)\d{2}\s*年)\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:份)?(?!\s*[\d一二三四五六七八九十]+\s*[日号])[^，,。？?；;\d]{0,4}?(?:转正|转的正|转了正|转为正式|成为正式)/;
const HAN_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
/** The same relative year a number of years on, as far as it can be said in words. */
const YEARS_ON: Record<string, string[]> = {
  前年: ['前年', '去年', '今年', '明年', '后年'],
  去年: ['去年', '今年', '明年', '后年'],
  今年: ['今年', '明年', '后年'],
};

/** The rule of a post's least 党龄 ("一般应当具有1年以上党龄"): the years it asks. */
export const SENIORITY_RULE = /具有(\d)年以上党龄/;

/** The worked month the 党龄 a rule asks is reached, and what that means either side of it; undefined when no month of 转正 is told. */
export function seniorityFromMonth(rule: string, question: string): string | undefined {
  const years = Number(SENIORITY_RULE.exec(rule)?.[1] ?? 0);
  const m = TURNED_FULL.exec(question);
  if (!years || !m) return undefined;
  const month = /^\d+$/.test(m[2]!) ? Number(m[2]) : (HAN_MONTH[m[2]!] ?? 0);
  if (month < 1 || month > 12) return undefined;
  const said = m[1]!.replace(/\s/g, '');
  const relative = YEARS_ON[said];
  if (relative) {
    const reached = relative[years];
    if (!reached) return undefined;
    // Reached in a year already past: enough now, whatever the month.
    if (said === '前年' && years === 1) return `按你说的前年${month}月转正算，党龄到去年${month}月已满${years}年，这一条够了。`;
    return `按你说的${said}${month}月转正算，党龄到${reached}${month}月满${years}年：${reached}${month}月以前不满${years}年，还不够；从${reached}${month}月起就够了。`;
  }
  const y = Number(said.replace('年', ''));
  return `按你说的${y}年${month}月转正算，党龄到${y + years}年${month}月满${years}年：在那以前不满${years}年，还不够。`;
}
