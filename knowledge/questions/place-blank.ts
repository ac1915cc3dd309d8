/**
 * Blanks that ask which one, not how many or how long: an ordinal (党的第（ ）次全国代表大会, 第（ ）届) asks a place in a
 * sequence, and a year the stem says something happened in (这次大会（ ）年在延安召开, （ ）年印发) a point in time. A
 * rule's count (每五年举行一次) or period fills neither: a fact's value put there answers another question.
 */

/** Blank preceded by 第: an ordinal. */
const ORDINAL_BEFORE = /第\s*$/;
/** 年 after the blank, then a month or what happened that year (在…召开, 印发, 成立…): a calendar year. */
const YEAR_EVENT_AFTER =
  /^\s*年\s*(?:\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|在|召开|举行|成立|印发|颁布|发布|施行|实施|通过|修订|修改|制定|确立|提出)/;

/** Whether the blank between these words asks a place (an ordinal or a calendar year), not an amount. */
export function asksPlace(before: string, after: string): boolean {
  // 每（ ）年举行一次, 满（ ）年: a period however the sentence goes on.
  return ORDINAL_BEFORE.test(before) || (YEAR_EVENT_AFTER.test(after) && !/(?:每|隔|满|连续|经过)\s*$/.test(before));
}
