/**
 * A second question run on that opens by saying done what the first asked of (issue 22): "能不能保留党籍保留了党籍还要
 * 交党费吗", "预备期可以延长吗延长了还能按期转正吗", "书记能不能撤换撤换了还算支委吗". The verb the first part asks
 * whether may be done is said again with 了, and what follows asks what holds once it is: a question of its own, which
 * the first part's fact does not answer (the rule on whether, or how long, is no rule on what follows).
 */

/**
 * A verb said done at the start of a piece: two characters and 了 before more words (保留了党籍, 撤换了还…), or one
 * character and 了 before a word that goes on to what follows (免了还要…, 批了就能…). The optional 那 is the asker's.
 */
export const SAYS_DONE =
  /^(?:那|那么)?(?:([\u4e00-\u9fff])了(?=还|就|也|又|以后|之后|的话)|([\u4e00-\u9fff]{2})了(?=[\u4e00-\u9fff])(?![吗么没]))/;

/**
 * A verb of two characters said as settled at the start of a piece by what follows it rather than by 了: "延长以后还能
 * 按期转正吗", "撤销之后党员归谁管", "延长后还算预备党员吗", "调走的话还要交党费吗".
 */
const SAYS_AFTER = /^(?:那|那么)?([\u4e00-\u9fff]{2})(?:以后|之后|后|的话)(?=[\u4e00-\u9fff])/;

/** The verb a piece opens by saying done (SAYS_DONE) or settled (SAYS_AFTER), if any. */
export function verbSaidDone(piece: string): string | undefined {
  const m = SAYS_DONE.exec(piece);
  if (m) return m[1] ?? m[2];
  return SAYS_AFTER.exec(piece)?.[1];
}

/** Words that ask: a question word, an A-not-A verb, a modal asked of. */
const ASKS =
  /吗|呢|么|是不是|是否|能否|可否|([\u4e00-\u9fff])不\1|哪|谁|几|多少|多久|多长|怎|咋|啥|什么|如何|何时|能不能|可不可以|要不要|有没有|(?:行|能|可以|要|得|算|对|够|中|成)不$/;

/**
 * Where, in one run with no mark, a second question begins by saying done a verb the words before it ask of: the
 * index of the verb, or 0 when there is none. Both sides must ask on their own (the words before with a question word
 * or modal, the rest as well), so a story ("受了处分处分了还能评优吗": nothing asked before) is not cut.
 */
export function doneAgainAt(clause: string): number {
  for (let at = 3; at < clause.length - 4; at++) {
    const verb = verbSaidDone(clause.slice(at));
    if (!verb) continue;
    const before = clause.slice(0, at);
    const rest = clause.slice(at);
    // The verb as asked before: 保留 in "能不能保留党籍"; a verb of one character only where it is asked of right
    // before the run goes on ("党费能不能免交免了…": 免 in 免交).
    if (!before.includes(verb)) continue;
    if (verb.length === 1 && !new RegExp(`${verb}[\\u4e00-\\u9fff]?$`).test(before)) continue;
    if (!ASKS.test(before) || !ASKS.test(rest.slice(verb.length))) continue;
    return at;
  }
  return 0;
}
