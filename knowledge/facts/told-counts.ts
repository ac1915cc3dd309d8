/**
 * Counts a story tells with 几 in them ("党课请假好几次", "十几个党员", "几十年党龄", "这几天", "前几年"): 几 there is
 * "some", not "how many", and the clause asks nothing by it. Read as the plain words before a clause is tested for
 * whether it asks (clauses.ts asksSomething); "几个人到会", "十个里有几个" and "一年开了几次" still ask.
 */
const TOLD_COUNTS: Array<[RegExp, string]> = [
  [/好几/g, '好多'],
  [/(?<=[十百千])几(?=[个名位人次回年天月岁])/g, '多'],
  // 几十 tells (几十年党龄); 几百, 几千 may ask an amount ("一次要交几百").
  [/几(?=十)/g, '数'],
  [/(?<=[这那前近头])几(?=[天年次回个])/g, '些'],
  [/几乎/g, '差不多'],
  // Done some times and still so ("批评了几次还是不改", "找了几回都不来", "说了几遍了"): what was tried, not asked.
  [/(?<=了)几(?=[次回遍趟](?:还|都|也|仍|依然|照样|了))/g, '多'],
];

export function toldCountsPlain(clause: string): string {
  if (!clause.includes('几')) return clause;
  let out = clause;
  for (const [re, to] of TOLD_COUNTS) out = out.replace(re, to);
  return out;
}
