import { orderedCoverage } from './cloze';
import { handbookSentences } from './false-statement';
import { bigramCoverage, NEGATIVE_CHOICE, parsePasted, truthOptions } from './paste';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * A 多选 of measures that are no 党纪处分, with one 党纪处分 among them as the trap: "对违纪的团组织，上级可以（ ）
 * A 责令书面检查 B 通报批评 C 改组 D 留党察看", "预备期满可以作出的决定有 A 按期转正 B 延长预备期 C 取消资格
 * D 给予警告处分". The handbook names the other options together in one sentence about the stem's matter — the
 * measures for an organisation, the outcomes of a probation, the ways of dealing with an unfit member — and never
 * that 处分 there (a 处分 is for a member's breach, given under the 纪律处分条例): the options the sentence names are
 * the answer. Only when exactly one option is a 处分, the stem asks about no 处分 itself, and every other option is
 * in that sentence; a question about 处分 (or asking what is not) is never read so.
 */

const PUNISHMENT = /严重警告|警告|撤销党内职务|留党察看|开除党籍/;
const MANY = /哪些|哪几|正确的有|的有\s*[（(]|包括|可以是/;
/** How much of an option the sentence must hold, in order (责令作出书面检查 in 责令其作出书面检查). */
const STATED = 0.75;
/** How much of the stem's character pairs the passage must hold: the sentence is about the stem's matter. */
const ABOUT = 0.35;

/**
 * Whether the sentence says the option: nearly all of it in order, or, for one with its condition first (严重违纪且
 * 不能自行纠正的，决定改组), the measure whole and the condition mostly, in the sentence's own words.
 */
function stated(option: string, sentence: string): boolean {
  if (orderedCoverage(option, sentence).share >= STATED) return true;
  const clauses = option.split(/[，,]/).filter((c) => c.trim());
  if (clauses.length < 2) return false;
  // The measure's own word whole (解散 of 决定解散 in 决定改组或者解散).
  const measure = clauses.at(-1)!.replace(/^(?:决定|给予|予以|作出|进行)/, '');
  return (
    measure.length >= 2 &&
    orderedCoverage(measure, sentence).share === 1 &&
    bigramCoverage(clauses.slice(0, -1).join(''), sentence) >= CONDITION_HELD
  );
}
const CONDITION_HELD = 0.4;

export function suggestByPunishmentOdd(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  const { stem, options } = pasted;
  const many = pasted.declaredType === '多选' || (pasted.declaredType !== '单选' && MANY.test(stem));
  if (!many || options.length < 3 || truthOptions(options) || NEGATIVE_CHOICE.test(stem)) return undefined;
  if (/处分|处罚|纪律/.test(stem.replace(/违犯党的纪律|违犯党纪|违反党纪|违纪/g, ''))) return undefined;
  const odd = options.flatMap((o, i) => (PUNISHMENT.test(o) ? [i] : []));
  if (odd.length !== 1) return undefined;
  const rest = options.flatMap((o, i) => (i === odd[0] ? [] : [{ o, i }]));
  for (const { hit, sentence } of handbookSentences(hits)) {
    if (PUNISHMENT.test(sentence) || bigramCoverage(stem, hit.text) < ABOUT) continue;
    if (!rest.every(({ o }) => stated(o, sentence))) continue;
    const picked = rest.map(({ i }) => i);
    return {
      kind: 'hedged',
      choice: picked.map((i) => 'ABCDEF'[i]!),
      answerTexts: picked.map((i) => options[i]!),
      sentence,
      passage: hit,
      basis: 'handbook',
    };
  }
  return undefined;
}
