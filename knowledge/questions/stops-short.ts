import { alignable } from './cloze';
import { falseBy, handbookSentences, statementOf } from './false-statement';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * A statement that stops a procedure short: "经党支部研究同意后即可免交，不需要再报批" where the rule goes on past that
 * step (经党支部研究同意，报上一级党委批准). Whoever wrote it named the step that is not enough as if it were: false,
 * with the rule's own sentence as 依据. Read only when the statement says so in words (即可, 就可以, 不需要再报批), and
 * the sentence found has the same step followed by an approval, and is about the same matter.
 */

/** The step the statement takes as enough: an organ's 同意/通过, then 即可 or 就可以, or "no 报批 needed". */
const ENOUGH =
  /(支部委员会|支委会|党支部|支部|党小组)[^，,。；;]{0,8}?(?:同意|通过|决定)(?:后|以后|之后)?[，,]?[^，,。；;]{0,4}?(?:即可|就可以|就可|便可|即能|就能)/;
const NO_APPROVAL = /(?:不需要|不用|无需|不必|不需|用不着)(?:再)?(?:往上|向上)?(?:报批|报[^，,。；;]{0,10}?批准|审批)/;
/** The rule's sentence: the same organ's 同意, then 报……批准. */
const GOES_ON = /(支部委员会|支委会|党支部|支部|党小组)[^，,。；;]{0,8}?(?:同意|通过)[，,]\s*(?:再|并)?报([^，,。；;]{1,12}?)(?:批准|审批)/;

const bigrams = (text: string) => {
  const t = alignable(text).replace(/[^\p{Script=Han}\d]/gu, '');
  return new Set(Array.from({ length: Math.max(0, t.length - 1) }, (_, k) => t.slice(k, k + 2)));
};
/** How much of the statement's matter the sentence shares, the procedure words aside. */
function shares(statement: string, sentence: string): number {
  const procedure = /同意|研究|批准|报批|审批|支部|党支|委员|不需|需要|即可|就可|可以/;
  const own = [...bigrams(statement)].filter((g) => !procedure.test(g));
  const theirs = bigrams(sentence);
  return own.length ? own.filter((g) => theirs.has(g)).length / own.length : 0;
}
const SHARED = 0.15;

export function suggestByStopsShort(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const read = statementOf(raw);
  if (!read) return undefined;
  const { statement, truth } = read;
  const enough = ENOUGH.exec(statement);
  if (!enough && !NO_APPROVAL.test(statement)) return undefined;
  // The branch's own step, whoever of it takes it (支部, 支委会): a 党小组 is not the branch.
  const organ = (o: string) => (o === '党小组' ? o : '支部');
  for (const { hit, sentence } of handbookSentences(hits)) {
    const rule = GOES_ON.exec(sentence);
    if (!rule || (enough && organ(enough[1]!) !== organ(rule[1]!))) continue;
    // The matter is the passage's (免交党费 in its first sentence, the procedure in the next).
    if (shares(statement.replace(NO_APPROVAL, ''), hit.text) < SHARED) continue;
    return falseBy(truth, sentence, hit);
  }
  return undefined;
}
