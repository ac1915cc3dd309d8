import { asksNegatively, parsePasted, squash } from './paste';
import type { PasteOutcome } from './suggest';

/**
 * A handbook sentence may name, beside the rule, the wording it replaced (…的总要求是“甲、乙、丙”；以前常说的“丁、
 * 戊”方针已由这一总要求取代): an option found only in that clause is what is no longer so, not what the rule states.
 * (A whole sentence on a former rule is left out where evidence is gathered: sentence-subject.ts formerRule.)
 */

/** A clause saying what it names was replaced or is former (已由…取代, 已被…代替, 已废止, 不再使用, 以前常说的…). */
const SUPERSEDED =
  /已(?:经)?(?:由|被).{0,20}?(?:取代|代替|替代|废止)|已(?:经)?(?:废止|失效|停止执行|停止使用)|不再(?:使用|沿用|采用|提)|^(?:但|而)?(?:以前|过去|原来|原先|旧时?)(?:常说|提|讲|规定|的提法|的说法)/;
/** Clauses are parted by these; the list inside quotation marks (甲、乙) stays one clause. */
const CLAUSE_END = /[，,；;。！!？?]/;

function clauses(sentence: string): string[] {
  return sentence.split(CLAUSE_END).filter((c) => c.trim().length > 0);
}

/** Whether the stem's words (its options' left out) are more the former clauses' than the rest of the sentence's. */
function asksOfFormer(stem: string, options: string[], former: string[], current: string): boolean {
  const strip = (text: string) => options.reduce((t, o) => (squash(o) ? t.split(squash(o)).join('|') : t), text);
  const formerText = strip(former.join('|'));
  const currentText = strip(current);
  const words = squash(stem);
  let inFormer = 0;
  let inCurrent = 0;
  for (let i = 0; i + 2 <= words.length; i++) {
    const pair = words.slice(i, i + 2);
    if (formerText.includes(pair)) inFormer++;
    if (currentText.includes(pair)) inCurrent++;
  }
  return inFormer > inCurrent;
}

/**
 * A choice suggested from a sentence, without the options that sentence names only in a clause about a replaced
 * wording; nothing when none is left. A question asking what is not so, and other outcomes, as they are.
 */
export function withoutSupersededOptions(raw: string, outcome: PasteOutcome): PasteOutcome {
  if (outcome.kind !== 'hedged' || outcome.basis === 'calculation' || outcome.choice.length === 0) return outcome;
  const parts = clauses(outcome.sentence);
  const former = parts.filter((c) => SUPERSEDED.test(c.trim())).map(squash);
  if (former.length === 0) return outcome;
  const current = squash(parts.filter((c) => !SUPERSEDED.test(c.trim())).join('，'));
  const { stem, options } = parsePasted(raw);
  // Asked for what is not so (不属于…的是), or asked of the replaced wording itself (十六字方针包括 where the clause
  // names the 十六字方针), the replaced wording is what is asked for.
  if (asksNegatively(stem) || asksOfFormer(stem, options, former, current)) return outcome;
  const only = (letter: string) => {
    const option = squash(options['ABCDEF'.indexOf(letter)] ?? '');
    return option.length > 0 && former.some((c) => c.includes(option)) && !current.includes(option);
  };
  const kept = outcome.choice.filter((l) => !only(l));
  if (kept.length === outcome.choice.length) return outcome;
  if (kept.length === 0) return outcome.passage ? { kind: 'abstain', passage: outcome.passage } : { kind: 'abstain' };
  return { ...outcome, choice: kept, answerTexts: kept.map((l) => options['ABCDEF'.indexOf(l)]!) };
}
