import { alignable } from './cloze';
import { falseBy, handbookSentences, statementOf } from './false-statement';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * A statement that hands a branch's decision to one person or a smaller body (支部书记可以直接宣布将其除名, 支委会商量好
 * 就可以直接决定处分, 党小组可以讨论决定接收预备党员, 不必经过党员大会选举) where a handbook
 * sentence on the same matter has the 党员大会 decide it (由支部大会作出除名决定, 委员必须经党员大会选举产生). Whoever
 * wrote it put the shortcut in to be found wrong: false, with the rule's own sentence as 依据. Read only when the
 * statement says the shortcut in words (直接, 自行, 一人, 不必经过党员大会…), and the sentence found is about its matter.
 */

/**
 * Who may be said to take the shortcut: one person, the committee or a 党小组. Not a body above the branch: many of
 * its decisions are its own (上级党委可以直接决定成立党支部), and what the branch's meeting decides is another matter.
 */
const ACTOR = '(?:党支部书记|支部书记|书记|支委会|支部委员会|党支部委员会|党小组长|党小组|组长|组织委员|组织部长)';
/** The actor deciding alone: 直接, 自行, 单独, 一人, 自己, then what it does. */
const ALONE = new RegExp(
  `${ACTOR}[^，,。；;]{0,12}?(?:直接|自行|单独|一人|个人|自己)[^，,。；;]{0,6}?(?:决定|宣布|任命|作出|签批|审批|批准|除名|处理|指定|定下)`,
);
/** A 党小组 or the committee deciding what the meeting decides (党小组可以讨论决定接收预备党员). */
const SMALLER_DECIDES = /(?:党小组|支委会|支部委员会)[^，,。；;]{0,6}?(?:讨论决定|作出[^，,。；;]{0,8}?决议|讨论通过)/;
/** The meeting said to be skipped (不必经过党员大会选举, 不需要开党员大会). */
const SKIPS_MEETING = /(?:不必|不需要|不需|无需|不用|用不着|无须)(?:再)?(?:经过|经|开|召开|提交|由)?(?:支部)?(?:党员)?大会/;
/** The rule: the matter is the 党员大会's (由支部大会作出除名决定, 必须经党员大会选举产生, 必须由支部党员大会讨论). */
const MEETING_DECIDES =
  /(?:由|经过?|须经|必须由|必须经过?|要经过?|提交)(?:党)?(?:支部)?(?:党员)?大会[^，,。；;]{0,8}?(?:讨论|选举|表决|作出|决定)/;

const HAN = /[^\p{Script=Han}]/gu;
const PROCEDURE =
  /直接|自行|单独|一人|个人|自己|可以|就可|决定|讨论|宣布|批准|报批|上级|不必|不需|无需|不用|经过|党员大会|支部大会|大会|书记|支委|委员会|党小组|小组/g;
/** The statement's matter: its words without who decides and how (除名, 纪律处分, 接收预备党员, 补任委员). */
const matterOf = (statement: string) => alignable(statement).replace(PROCEDURE, ' ').replace(HAN, ' ');
const bigrams = (text: string) =>
  new Set(
    text
      .split(/\s+/)
      .filter((w) => w.length >= 2)
      .flatMap((w) => Array.from({ length: w.length - 1 }, (_, k) => w.slice(k, k + 2))),
  );
/** Share of the matter's character pairs in the text. */
const shareIn = (matter: Set<string>, text: string) => {
  const t = alignable(text);
  return matter.size ? [...matter].filter((g) => t.includes(g)).length / matter.size : 0;
};
/** How much of its matter the rule's sentence, and its passage, must say. */
const IN_SENTENCE = 0.3;
const IN_PASSAGE = 0.5;

export function suggestByWhoDecides(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const read = statementOf(raw);
  if (!read) return undefined;
  const { statement, truth } = read;
  const said = alignable(statement);
  // The statement itself keeps the meeting (经支部大会讨论后由书记宣布): no shortcut is claimed.
  if (MEETING_DECIDES.test(said) && !SKIPS_MEETING.test(said)) return undefined;
  if (!ALONE.test(said) && !SMALLER_DECIDES.test(said) && !SKIPS_MEETING.test(said)) return undefined;
  const matter = bigrams(matterOf(statement));
  if (matter.size < 2) return undefined;
  for (const { hit, sentence } of handbookSentences(hits)) {
    if (!MEETING_DECIDES.test(alignable(sentence))) continue;
    if (shareIn(matter, sentence) < IN_SENTENCE || shareIn(matter, hit.text) < IN_PASSAGE) continue;
    return falseBy(truth, sentence, hit);
  }
  return undefined;
}
