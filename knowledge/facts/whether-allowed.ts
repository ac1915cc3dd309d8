import { askedText } from './clauses';
import type { Fact } from './facts';
import { usesJudged } from './money-uses';

/**
 * Whether one may, answered first where the rule settles it: a body or post asked whether it may decide, by a rule
 * that gives the decision to others; a use of money asked of, by a rule that lists what it may and may not be used for.
 */

/**
 * Bodies and posts that decide things, each with the other names the facts give it: a question whether one of them may
 * decide ("党小组能自己定给谁处分吗") is answered no by a rule that gives the decision to others and never names it.
 */
const DOERS: ReadonlyArray<readonly string[]> = [
  ['党小组', '党小组长', '党小组组长'],
  ['支委会', '支部委员会', '委员会'],
  ['支部书记', '书记'],
  ['支部大会', '党员大会', '支部党员大会'],
  ['党委', '上级党委', '基层党委', '上级党组织'],
  ['组织部', '组织部门'],
  ['纪委', '纪检'],
  ['村委会', '居委会', '村委'],
];
/** The doer named, then whether it may decide (能, 可以, 有权…, 自己 or 直接 between), then a verb of deciding. */
const DOER_NAMES = DOERS.flat()
  .sort((a, b) => b.length - a.length)
  .join('|');
const MAY_DECIDE = new RegExp(
  `(${DOER_NAMES})(?:自己|自个儿?|单独|直接|就)?(?:能不能|可不可以|能否|能|可以|有权|有没有权)(?:自己|单独|直接|就)?(?:决定|定|批准|批|审批|处分|开除|任命|指定|确定)`,
);
/** A rule that says who decides: 由 … 决定 / 批准 / 确定 … */
const SAYS_WHO_DECIDES = /由[^，；。]{2,24}?(?:讨论决定|讨论通过|决定|批准|审批|确定|指定|选举产生)/;

/**
 * "党小组能自己定给谁处分吗": asked whether a body or post may decide, by a rule that gives the decision to others and
 * never names the one asked of (nor any other name of it), the answer is no, said first. Only a rule of who decides.
 */
export function othersDecide(fact: Fact, question: string): string | undefined {
  if (!fact.kinds.includes('who') || !SAYS_WHO_DECIDES.test(fact.a)) return undefined;
  const m = MAY_DECIDE.exec(askedText(question));
  if (!m) return undefined;
  const names = DOERS.find((g) => g.includes(m[1]!)) ?? [m[1]!];
  return names.some((n) => fact.a.includes(n)) ? undefined : '不能。';
}

/** A rule that lists what a thing may be used for, then what it may not ("必须用于…：A、B；不得用于X、Y"). */
const USE_LISTS = /用于[^：:；;。]*[：:]([^；;。]+)[；;]不得用于([^。；;]+)/;
/** Whether asked ("能不能拿来补助…", "好拿来…伐", "可以发奖金吗"). */
const ASKS_WHETHER = /能不能|可不可以|能否|可否|行不行|好不好|(?:能|可以|好|准)[^，,。？?]{0,16}(?:吗|么|不)[？?]?$/;

/**
 * Whether a use the question names is one the rule lists, answered first: "党费能拿来补助生活困难的老党员吗" is
 * "可以。" (补助生活困难党员 is listed), "党费能发奖金吗" is "不可以。" (奖金 is named as not allowed). An item is
 * known by its first word (its verb or noun, a leading 发 left out); a question naming both or neither gets no
 * yes or no, only the rule.
 */
export function listedUse(answer: string, question: string): string | undefined {
  const lists = USE_LISTS.exec(answer);
  if (!lists) return undefined;
  // Each ask named by its everyday thing (书, 过节费, 米面油) judged on its own (money-uses.ts): taken where the rule's
  // own words give no verdict, or where several asks get one each.
  const judged = usesJudged(question);
  const own = byRuleWords(lists, question);
  return own && !judged?.includes('；') ? own : (judged ?? own);
}

/** The verdict on a use the question names in the rule's own words (an item known by its first two characters). */
function byRuleWords(lists: RegExpExecArray, question: string): string | undefined {
  if (!ASKS_WHETHER.test(question)) return undefined;
  const names = (list: string) =>
    list
      .split(/、|和/)
      .map((item) => item.replace(/^(?:发|用于)/, '').slice(0, 2))
      .some((key) => key.length === 2 && question.includes(key));
  const allowed = names(lists[1]!);
  const forbidden = names(lists[2]!);
  if (allowed === forbidden) return undefined;
  return allowed ? '可以。' : '不可以。';
}
