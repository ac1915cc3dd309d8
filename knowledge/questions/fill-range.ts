import { escapeRegExp } from '../text/regexp';
import { alignable } from './cloze';
import { parsePasted } from './paste';
import type { PasteOutcome } from './suggest';

/**
 * A blank filled from a sentence with a number in a range (指定一至两名正式党员, 1～2名): the range is what goes in
 * the blank, not its last number (两) nor its first; and a blank filled up to a verb the paste says after the blank in
 * another word (每半年进行一次 for 每（ ）开展一次): the verb is the paste's, not the blank's.
 */

/** A blank in a stem (（ ）, ( ), ____). */
const BLANK = /[（(]\s*[)）]|[_＿]{2,}/;
const NUMBER = '[0-9零〇一二两三四五六七八九十百半]+';
const RANGE_MARK = '(?:至|到|～|~|－|-|—)';
/** Verbs a rule's sentence and a paste use for one another around a period (每半年进行一次, 每月开展一次). */
const HOLD_VERB = /(?:进行|开展|召开|举行|组织|举办|实施|落实)$/;
const HOLD_VERB_START = /^(?:进行|开展|召开|举行|组织|举办|实施|落实)/;

/** The fill widened to the range the sentence writes it in, when the sentence writes it in exactly one. */
function rangeOf(fill: string, sentence: string): string {
  if (!new RegExp(`^${NUMBER}$`).test(fill)) return fill;
  const around = new RegExp(
    `${NUMBER}\\s*${RANGE_MARK}\\s*${escapeRegExp(fill)}(?![0-9零〇一二两三四五六七八九十百])|(?<![0-9零〇一二两三四五六七八九十百])${escapeRegExp(fill)}\\s*${RANGE_MARK}\\s*${NUMBER}`,
    'g',
  );
  const found = [...sentence.matchAll(around)].map((m) => m[0].replace(/\s+/g, ''));
  return found.length === 1 ? found[0]! : fill;
}

/**
 * paste31: a fill cut at the unit the stem writes after its blank (（ ）元) where the sentence goes on to the range's other
 * end in that unit (农民党员每月交纳党费0.2元至1元): the range without the unit is what goes in, as the stem writes the
 * unit once. Only a number the sentence ranges so exactly once.
 */
function unitRangeOf(fill: string, sentence: string, after: string): string {
  const unit = /^[元人名个次天]/.exec(after)?.[0];
  // The stem's own range (（ ）元至（ ）元, ____元至1元): the blank is one end of it.
  if (!unit || !/^\d+(?:\.\d+)?$/.test(fill) || new RegExp(`^${unit}\\s*${RANGE_MARK}`).test(after)) return fill;
  const around = new RegExp(`(?<![0-9.])${escapeRegExp(fill)}${unit}\\s*${RANGE_MARK}\\s*(\\d+(?:\\.\\d+)?)${unit}`, 'g');
  const found = [...alignable(sentence).matchAll(around)];
  return found.length === 1 ? `${fill}至${found[0]![1]}` : fill;
}

export function tidiedFills(raw: string, outcome: PasteOutcome): PasteOutcome {
  if (outcome.kind !== 'hedged' || outcome.choice.length > 0) return outcome;
  const { stem, options } = parsePasted(raw);
  if (options.length > 0) return outcome;
  const pieces = stem.split(BLANK);
  if (pieces.length - 1 !== outcome.answerTexts.length) return outcome;
  const sentence = outcome.sentence;
  const answerTexts = outcome.answerTexts.map((text, i) => {
    const after = alignable(pieces[i + 1] ?? '').trim();
    const verb = HOLD_VERB.exec(text);
    const trimmed = verb && HOLD_VERB_START.test(after) && text.length > verb[0].length ? text.slice(0, -verb[0].length) : text;
    // A blank that is one end of the stem's own range (由（ ）至（ ）人组成) takes one number.
    const inRange = new RegExp(`^\\s*${RANGE_MARK}`).test(after) || new RegExp(`${RANGE_MARK}\\s*$`).test(pieces[i] ?? '');
    return inRange ? trimmed : unitRangeOf(rangeOf(trimmed, sentence), sentence, after);
  });
  return answerTexts.every((t, i) => t === outcome.answerTexts[i]) ? outcome : { ...outcome, answerTexts };
}
