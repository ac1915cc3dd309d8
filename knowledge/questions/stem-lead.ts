import { alignable } from './cloze';
import { parsePasted } from './paste';
import type { PasteOutcome } from './suggest';

/**
 * A blank's words without what the paste already writes right before the blank: a bank question asking
 * 一般（ ）召开1次 is answered 每月, but a paste asking 一般每（ ）召开1次 has the 每 and wants 月. Only a lead of
 * the answer's own first characters, and never the whole answer.
 */

const BLANK = /[（(]\s*[)）]|[_＿]{2,}/;

function withoutLead(text: string, before: string): string {
  const words = alignable(text);
  const lead = alignable(before).replace(/\s+$/, '');
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const head = words.slice(0, k);
    // The characters as the answer writes them (alignable keeps one character for one).
    if (lead.endsWith(head) && !/[\d.]/.test(head)) return [...text].slice(k).join('');
  }
  return text;
}

export function withoutStemLead(raw: string, outcome: PasteOutcome): PasteOutcome {
  if (outcome.kind === 'abstain' || outcome.kind === 'answer-missing' || outcome.choice.length > 0) return outcome;
  const { stem, options } = parsePasted(raw);
  if (options.length > 0) return outcome;
  const pieces = stem.split(BLANK);
  if (pieces.length - 1 !== outcome.answerTexts.length) return outcome;
  const answerTexts = outcome.answerTexts.map((text, i) =>
    text
      .split('/')
      .map((v) => withoutLead(v, pieces[i] ?? ''))
      .join('/'),
  );
  return answerTexts.every((t, i) => t === outcome.answerTexts[i]) ? outcome : { ...outcome, answerTexts };
}
