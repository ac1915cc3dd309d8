import { alignable } from './cloze';
import { falseBy, handbookSentences, statementOf } from './false-statement';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * A 党费 statement that works an income out band by band — 3000元按0.5%、2000元按1%、1000元按1.5%，再相加; 分段计算;
 * 超额累进 — as income tax is. The rates are not progressive: the whole income falls in one band and that band's
 * rate applies to all of it, which the handbook says in so many words (不分段累进). Such a statement is false, with
 * that sentence as 依据. Only an affirmative statement (one denying nothing: 不分段累进 is the rule said right), and
 * only where a passage found says the rule.
 */

/** Parts of the income each at its own rate, then added up; or the words for a progressive reckoning. */
const BANDED = /分段|累进|逐档|(?:分别|各自|各)[^。；;]{0,12}(?:相加|加起来|加在一起|累加|合计|加总|求和)/;
const NEGATED = /不|并非|而非|没有|无需|无须/;
/** The handbook's own words for the rule: no progressive reckoning. */
const RULE = /不(?:分段|累进)/;

const distinctRates = (text: string) => new Set(alignable(text).match(/\d+(?:\.\d+)?%/g) ?? []).size;
const amounts = (text: string) => (alignable(text).match(/\d+(?:\.\d+)?(?=元)/g) ?? []).map(Number);

/** Whether the statement splits one income into parts (the parts add up to it) at two rates or more. */
function splitsIncome(statement: string): boolean {
  if (distinctRates(statement) < 2) return false;
  const all = amounts(statement);
  const whole = Math.max(...all);
  const parts = all.filter((n) => n < whole);
  return parts.length >= 2 && parts.reduce((a, n) => a + n, 0) === whole;
}

export function suggestByBandedDues(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const read = statementOf(raw);
  if (!read) return undefined;
  const { statement, truth } = read;
  // 不同 (按不同比例) says the rates differ, and denies nothing.
  if (!/党费/.test(statement) || NEGATED.test(statement.replace(/不足|不满|不超过|不低于|不同/g, ''))) return undefined;
  if (!BANDED.test(statement) && !splitsIncome(statement)) return undefined;
  for (const { hit, sentence } of handbookSentences(hits))
    if (RULE.test(sentence)) return falseBy(truth, sentence.replace(/^[-*]\s*/, ''), hit);
  return undefined;
}
