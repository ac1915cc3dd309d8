import { statementOf } from './false-statement';
import { contentWordsOf, numbersWithUnits } from './option-score';
import { parsePasted } from './paste';
import type { PasteOutcome } from './suggest';

/**
 * A statement opening with who it is about (党员对处分不服提出申诉的，申诉期间不停止对原处分决定的执行): the opening
 * "…的" clause only sets the scene the rule clause speaks in, and the handbook says the two in sentences of their
 * own (党员对……处分不服的，有权提出申诉。…… 申诉期间，不停止……的执行。). Where the whole finds nothing, the rule
 * clause is judged alone, as a 判断 pasted alone is, when the opening names the rule's topic (申诉 in both) and a
 * sentence of the passage giving the verdict says the opening's words (all but one in five: 处分决定不服 for 处分不服). An opening naming a kind of member,
 * body or 处分, a number or a condition word is a condition of the rule, not its scene: 受警告处分的党员 and
 * 受严重警告处分的党员 have rules of their own.
 */

const KINDS =
  /严重警告|警告|撤销党内职务|留党察看|开除党籍|预备党员|正式党员|积极分子|发展对象|流动党员|离退休|学生|农民|党员大会|支部委员会|支委会|党小组|党委|总支|基层委员会/;
const CONDITION = /如果|若|只要|只有|除非|凡是?|没有|不[能得]/;

const OPENING_SAID = 0.8;

/** The rule clause and the opening's words, when the statement is an opening "…的" clause and one rule clause. */
export function leadAndRule(raw: string): { rule: string; lead: string[]; truth: ReturnType<typeof statementOf> } | undefined {
  const read = statementOf(raw);
  // A statement with no options and no blank inside is one to judge, asked or not (……的执行。（ ）).
  if (!read || (!read.asksTruth && parsePasted(raw).options.length > 0)) return undefined;
  const statement = read.statement.replace(/[（(]\s*[)）]/g, '').replace(/[。.！!]+$/, '');
  const parts = statement.split(/[，,]/);
  if (parts.length !== 2 || /[；;。]/.test(statement)) return undefined;
  const [lead, rule] = parts as [string, string];
  if (!/的$/.test(lead) || KINDS.test(lead) || CONDITION.test(lead) || numbersWithUnits(lead).length > 0) return undefined;
  const leadWords = contentWordsOf(lead);
  const ruleWords = contentWordsOf(rule);
  if (leadWords.length < 2 || ruleWords.length < 2 || !leadWords.some((w) => ruleWords.includes(w))) return undefined;
  return { rule, lead: leadWords, truth: read };
}

/** The rule clause's verdict, as the paste's, when the passage it rests on says the opening too. */
export async function byLeadClause(raw: string, resolve: (statement: string) => Promise<PasteOutcome>): Promise<PasteOutcome | undefined> {
  const read = leadAndRule(raw);
  if (!read) return undefined;
  const outcome = await resolve(`【判断】${read.rule}。`);
  if (outcome.kind !== 'hedged' || outcome.answerTexts.length !== 1) return undefined;
  const verdict = outcome.answerTexts[0];
  if (verdict !== '正确' && verdict !== '错误') return undefined;
  const opened = outcome.passage.text
    .split(/(?<=[。！？\n])/)
    .some((s) => read.lead.filter((w) => s.includes(w)).length >= read.lead.length * OPENING_SAID);
  if (!opened) return undefined;
  const truth = read.truth?.truth;
  return { ...outcome, choice: truth ? ['ABCDEF'[verdict === '正确' ? truth.true : truth.false]!] : [] };
}
