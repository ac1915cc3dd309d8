import { hasInnerBlank, parsePasted, truthOptions } from './paste';
import type { HandbookSuggestion, PassageHit } from './suggest';

type Hedged = Extract<HandbookSuggestion, { kind: 'hedged' }>;
type Truth = ReturnType<typeof truthOptions>;

/**
 * A pasted statement to judge true or false: its stem, and where the paste gave 正确/错误 options, which is which.
 * None when it has other options, or a blank inside that makes it a 填空 rather than a 判断.
 */
export function statementOf(raw: string): { statement: string; truth: Truth } | undefined {
  const pasted = parsePasted(raw);
  const truth = truthOptions(pasted.options);
  if ((pasted.options.length > 0 && !truth) || (hasInnerBlank(pasted.stem) && pasted.declaredType !== '判断')) return undefined;
  return { statement: pasted.stem, truth };
}

/** Each sentence of the handbook's passages among the hits, with its passage. */
export function* handbookSentences(hits: PassageHit[]): Generator<{ hit: PassageHit; sentence: string }> {
  for (const hit of hits) {
    if (!hit.source.startsWith('handbook:')) continue;
    for (const sentence of hit.text.split(/(?<=[。！？\n])/).map((s) => s.trim())) yield { hit, sentence };
  }
}

/** The statement judged false by one handbook sentence: hedged, that sentence its 依据. */
export const falseBy = (truth: Truth, sentence: string, passage: PassageHit): Hedged => ({
  kind: 'hedged',
  choice: truth ? ['ABCDEF'[truth.false]!] : [],
  answerTexts: ['错误'],
  sentence,
  passage,
  basis: 'handbook',
});
