import type { FactMatch } from './facts';

/**
 * The topic of a message of several parts: the subject words said in its earlier parts. People say the topic once
 * ("换届选举候选人差额要多少 到会人数要多少才能选", "预备期最长可以延长多久？延长要哪个批") and ask the later part of
 * it without naming it again; the fact the earlier part found names only some of those words (候选人, 延长), and the
 * later part read with those alone finds a neighbour (the quorum of any vote, not of an election) or nothing.
 */

/**
 * The subject words said in the earlier parts and not in this one, the one said last first (the nearest is what a
 * later part is most often asked of: "…才能定成发展对象？定了以后集中培训要几天"). A word inside a longer one said
 * there (预备 in 预备期) is that one.
 */
export function topicWords(earlier: readonly string[], clause: string, words: readonly string[]): string[] {
  const said = earlier.join('，');
  const found: Array<{ w: string; at: number }> = [];
  for (const w of words) {
    if (w.length < 2 || clause.includes(w)) continue;
    const at = said.lastIndexOf(w);
    if (at < 0 || found.some((f) => f.w.includes(w))) continue;
    // "交不交党费": a word opening on the 不 of an A-not-A (不交党费) is how the part asked, not its topic (党费 is).
    if (/^[不没]/.test(w) && at > 0 && said[at - 1] === w[1]) continue;
    found.push({ w, at: at + w.length });
  }
  return found.sort((a, b) => b.at - a.at || b.w.length - a.w.length).map((f) => f.w);
}

/**
 * Whether a fact found for a part sets aside a topic word of the message: its record excludes it (the rule on any vote
 * is written not to answer a question about 选举 or 换届). Such a fact answers another question than the one asked.
 */
export const setsAsideTopic = (m: FactMatch, topic: readonly string[]) => !!m.fact.none?.some((w) => topic.includes(w));

/**
 * A part that reads back the answer before as a condition with the subject in it ("算了流动党员以后是归哪边管",
 * "定成发展对象以后…"): the condition is the earlier question answered, the subject is what this part asks of. Read as
 * the subject and what follows ("流动党员是归哪边管"); a part with no such opening is returned as it is.
 */
export function withoutAnsweredCondition(clause: string, words: readonly string[]): string {
  const m = /^(?:如果|要是|若)?[\u4e00-\u9fff]{1,3}?(?:了|成|为)([\u4e00-\u9fff]{2,8}?)(?:以后|之后)(?=[\u4e00-\u9fff]{2})/.exec(clause);
  if (!m || !words.some((w) => w.length >= 2 && m[1] === w)) return clause;
  return `${m[1]}${clause.slice(m[0].length)}`;
}
