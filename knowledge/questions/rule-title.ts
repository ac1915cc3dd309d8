/**
 * A rule's title naming where a list is laid down (《中国共产党纪律处分条例》规定的六项纪律包括, 按照《…工作条例》，
 * 支部的基本任务有哪些): the title says where, not what is asked, and its words (处分 in 纪律处分条例) are not the
 * question's. The list's name is looked up without it. Only a rule's title (…条例, …章程, …规定, …细则, …办法, …准则,
 * …意见, …规则, 党章): another title (《入党志愿书》) may be what is asked about.
 */
const RULE_TITLE =
  /(?:按照|根据|依据|依照|按)?\s*《[^《》]{0,40}?(?:条例|章程|规定|细则|办法|准则|意见|规则|党章)(?:[（(][^（()）]{1,6}[)）])?》\s*(?:中|里|里面)?(?:所)?(?:规定|明确|列出|提出|要求)?(?:的|，|,)?/g;

/** The stem without the titles of the rules it cites (see RULE_TITLE); the stem itself when none is cited. */
export function withoutRuleTitle(stem: string): string {
  const out = stem.replace(RULE_TITLE, '').trim();
  return out.length >= 4 ? out : stem;
}
