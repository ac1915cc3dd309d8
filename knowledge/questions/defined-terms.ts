/**
 * A sentence defining several quoted terms one after another ("“三会”是支部党员大会、支委会和党小组会，“一课”是党课"):
 * asked of one of them, only its own clause says what it holds. Read whole, the other term's items (党课) pass for
 * the asked term's, and a 多选 on "三会" takes all four.
 */

/** A quoted term opening its definition: “三会”是, 「一课」指, "两学"即. */
const DEFINED = /[“"「『]([^”"」』]{1,8})[”"」』](?:是|指|即|就是|系指)/g;

/**
 * The clause of `sentence` defining the one quoted term the stem asks of, up to the next term's definition; the
 * sentence as it is where it defines fewer than two terms, or the stem names none or more than one of them.
 */
export function clauseOfAskedTerm(stem: string, sentence: string): string {
  const defined = [...sentence.matchAll(DEFINED)].map((m) => ({ term: m[1]!, at: m.index }));
  if (defined.length < 2) return sentence;
  const asked = defined.filter((d) => stem.includes(d.term));
  if (asked.length !== 1 || defined.filter((d) => d.term === asked[0]!.term).length !== 1) return sentence;
  const start = asked[0]!.at;
  const next = defined.find((d) => d.at > start);
  return sentence.slice(start, next ? next.at : undefined).replace(/[，,；;、\s]+$/, '');
}
