import { parsePasted } from './paste';
import type { PasteOutcome } from './suggest';

/**
 * A blank's words without a bound the stem already writes right after the blank (经过____以上的培养 filled 一年, not
 * 一年以上): a bank's option or a sentence's words carry the bound, but what goes into the blank is what the stem leaves
 * out. Only these bound words, and only where the stem has one blank and the fill says more than the bound.
 */
const BOUNDS = ['以上', '以下', '以内', '之内', '以前', '之前', '以后', '之后', '左右'];
const BLANK = /[（(]\s*[)）]|_{2,}/g;

export function withoutStemTail(raw: string, outcome: PasteOutcome): PasteOutcome {
  if (outcome.kind === 'abstain' || outcome.kind === 'answer-missing' || outcome.choice.length > 0) return outcome;
  const { stem, options } = parsePasted(raw);
  const blanks = [...stem.matchAll(BLANK)];
  if (options.length > 0 || blanks.length !== 1 || outcome.answerTexts.length !== 1) return outcome;
  const after = stem.slice(blanks[0]!.index + blanks[0]![0].length).trimStart();
  const bound = BOUNDS.find((b) => after.startsWith(b));
  const [text] = outcome.answerTexts as [string];
  if (!bound || !text.endsWith(bound) || text.length <= bound.length) return outcome;
  // Each variant (一年以上/1年以上) loses the bound.
  const answer = text
    .split('/')
    .map((v) => (v.endsWith(bound) ? v.slice(0, -bound.length) : v))
    .join('/');
  return { ...outcome, answerTexts: [answer] };
}
