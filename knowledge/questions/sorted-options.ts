import { handbookSection } from '../facts/facts';
import type { HandbookSuggestion } from './suggest';

/**
 * What the readers that sort a choice question's options by one handbook rule share (discipline-kind, dues-use,
 * election-claims, meeting-frequency, member-cases): which options they pick, and the rule's line as the 依据.
 */

export type Hedged = Extract<HandbookSuggestion, { kind: 'hedged' }>;
export type RuleLine = { sentence: string; passage: Hedged['passage'] };

/**
 * Whether the options picked fit the type the paste declares: one for a 单选, several for a 多选. Picking none or
 * every option is no answer either: a rule that places all alike is more likely about something else.
 */
export function fitsDeclaredType(declared: string | undefined, picked: number[], optionCount: number): boolean {
  if (picked.length === 0 || picked.length === optionCount) return false;
  if (declared === '单选') return picked.length === 1;
  if (declared === '多选') return picked.length >= 2;
  return true;
}

/** The options on the side the stem asks for (the other side when it asks which are not), if they fit its type. */
export function pickSide(onAskedSide: boolean[], negative: boolean, declared: string | undefined): number[] | undefined {
  const picked = onAskedSide.flatMap((side, i) => (side !== negative ? [i] : []));
  return fitsDeclaredType(declared, picked, onAskedSide.length) ? picked : undefined;
}

/** The line of a handbook section the rule is read from, with the section as its passage. */
export function sectionLine(sectionId: string, isLine: (line: string) => boolean): RuleLine | undefined {
  const section = handbookSection(sectionId);
  const sentence = section?.text.split('\n').find(isLine);
  if (!section || !sentence) return undefined;
  return {
    sentence: sentence.replace(/^[-*\s]+/, '').trim(),
    passage: { text: section.text, coverage: 1, source: section.source, title: section.title },
  };
}

/** The picked options as a hedged answer resting on the rule's line. */
export function hedgedChoice(options: string[], picked: number[], rule: RuleLine): Hedged {
  return {
    kind: 'hedged',
    choice: picked.map((i) => 'ABCDEF'[i]!),
    answerTexts: picked.map((i) => options[i]!),
    sentence: rule.sentence,
    passage: rule.passage,
    basis: 'handbook',
  };
}
