import { normalizeForIndex, tokenize } from '../search/tokenize';
import { alignable } from './cloze';
import { negationsOf, squash } from './paste';

/**
 * A graded score for how well a source sentence states a pasted question's answer, so that a suggestion can be
 * made where the strict rules find none, at a confidence measured on a large set (the built-in bank answered as if
 * absent), not tuned to one writer's wording. Every score is in 0..1:
 *   - relevance: the share of the stem's content words (jieba, two characters or more) the sentence has;
 *   - presence: the share of an option's distinguishing words (those no other option has) the sentence has, a
 *     number only with its value (3 is not 13, 5年 not 5个月), and not negated there when the option is not;
 *   - an option's score: the best relevance × presence over the sentences; the margin: the best option's score
 *     less the next option's. A sentence that names two options (3年 for 支部, 5年 for 基层党委) gives no margin.
 *   - a statement's score: the share of its content words that one sentence has, with the same numbers, the same
 *     negations and no clause left out (the least-covered clause counts, not the average).
 * The thresholds on these scores live with the rules that use them (suggest.ts), chosen from the measured curve.
 */

/** A source sentence with what it came from. */
export interface Scored<T> {
  score: number;
  at?: T;
}

/** Content words of a text: jieba tokens of two characters or more, whole words only (not the parts search mode adds). */
export function contentWordsOf(text: string): string[] {
  const words = [...new Set(tokenize(text).map((w) => w.replace(/^[要应可就都也还再]/, '')))].filter((w) => w.length >= 2);
  return words.filter((w) => !words.some((o) => o !== w && o.includes(w)));
}

/** Numbers with the unit that follows them (5年, 3个月, 80%), numerals as digits. */
export function numbersWithUnits(text: string): string[] {
  return [...alignable(text).matchAll(/(\d+(?:\.\d+)?)(%|个工作日|个月|学时|小时|周年|[年月日天次人名个岁元票周届项条种级倍])?/g)].map(
    (m) => `${m[1]}${m[2] === '个月' ? '月' : (m[2] ?? '')}`,
  );
}

/** Whether a number (with its unit, if it has one) is in the text, not as part of a larger number. */
function numberIn(value: string, text: string): boolean {
  const [, digits, unit] = /^(\d+(?:\.\d+)?)(.*)$/.exec(value) ?? [];
  if (!digits) return false;
  const found = numbersWithUnits(text);
  return found.some((f) => f === value || (!unit && f.startsWith(digits) && !/\d/.test(f.slice(digits.length, digits.length + 1))));
}

/** The negations right before a word in a text (不得 in 不得参加): whether the text says the word negated. */
const NEGATED_LEAD = /(?:不是|并非|而非|没有|不[得能要准许宜必再可应]?|[非无未没勿禁])[从在由按以对把向于参用]?$/;
function negatedIn(word: string, text: string): boolean {
  const at = text.indexOf(word);
  return at > 0 && NEGATED_LEAD.test(text.slice(Math.max(0, at - 4), at));
}

/** The share of a stem's content words a sentence has. */
export function relevance(stemWords: readonly string[], sentence: string): number {
  if (stemWords.length === 0) return 0;
  const text = normalizeForIndex(sentence);
  return stemWords.filter((w) => text.includes(w)).length / stemWords.length;
}

/** What tells an option from the others: its numbers, and its words no other option has (or its text, if short). */
export function distinguishing(options: readonly string[]): string[][] {
  const words = options.map((o) => contentWordsOf(o));
  return options.map((o, i) => {
    const numbers = numbersWithUnits(o).map((n) => `#${n}`);
    const own = words[i]!.filter((w) => !/\d/.test(w) && !words.some((other, k) => k !== i && other.includes(w)));
    if (numbers.length > 0 || own.length > 0) return [...numbers, ...own];
    // A short option (党委, 半年) cut into no word of its own: the option as a whole.
    const whole = normalizeForIndex(squash(o));
    return whole.length >= 1 ? [whole] : [];
  });
}

/** The share of an option's distinguishing words a sentence says, each as the option says it (negated or not). */
export function presence(own: readonly string[], option: string, sentence: string): number {
  if (own.length === 0) return 0;
  const text = normalizeForIndex(sentence);
  const optionNegated = negationsOf(option).length > 0;
  const found = own.filter((w) => {
    if (w.startsWith('#')) return numberIn(w.slice(1), sentence);
    return text.includes(w) && negatedIn(w, text) === optionNegated;
  });
  return found.length / own.length;
}

/** Each option's score against the sentences, the best option (its index and score) and its margin over the next. */
export function scoreOptions<T extends { text: string }>(
  stemWords: readonly string[],
  stemNumbers: readonly string[],
  options: readonly string[],
  sentences: readonly T[],
): { scores: Scored<T>[]; best: number; top: number; margin: number } {
  const own = distinguishing(options);
  // A sentence on another case (不足3人 for a stem's 不足7人, 第一种 for 第三种) is not about the stem.
  const rel = sentences.map((s) => (stemNumbers.every((n) => numberIn(n, s.text)) ? relevance(stemWords, s.text) : 0));
  const scores = options.map((o, i) => {
    let best: Scored<T> = { score: 0 };
    sentences.forEach((s, k) => {
      const score = rel[k]! * presence(own[i]!, o, s.text);
      if (score > best.score) best = { score, at: s };
    });
    return best;
  });
  const order = scores.map((s, i) => ({ s: s.score, i })).sort((a, b) => b.s - a.s);
  const best = order[0]?.i ?? -1;
  const top = order[0]?.s ?? 0;
  return { scores, best, top, margin: order.length > 1 ? top - order[1]!.s : top };
}

/**
 * How fully one sentence states a statement: for each of its clauses the share of its content words the sentence
 * has, the least of them (a clause the sentence does not say is not stated); 0 when a number of the statement is
 * not the sentence's, or a word the statement says plainly the sentence says negated (不能用会议通知代替), or the
 * other way round.
 */
export function statedShare(statement: string, sentence: string): number {
  const numbers = numbersWithUnits(statement);
  if (numbers.some((n) => !numberIn(n, sentence))) return 0;
  const text = normalizeForIndex(sentence);
  const own = normalizeForIndex(statement);
  const clauses = statement
    .split(/[，,。；;！!？?]/)
    .map((c) => contentWordsOf(c))
    .filter((w) => w.length > 0);
  if (clauses.length === 0) return 0;
  const words = clauses.flat();
  if (words.some((w) => text.includes(w) && negatedIn(w, text) !== negatedIn(w, own))) return 0;
  // Each clause of the sentence that says a word of the statement negates as often as the statement: 还不是党员，
  // 不交纳党费 and 也不能用会议通知代替 deny what they name.
  const parity = negationsOf(statement).length % 2;
  const saying = text.split(/[，,。；;：:]/).filter((c) => words.some((w) => c.includes(w)));
  if (saying.length === 0 || saying.some((c) => negationsOf(c).length % 2 !== parity)) return 0;
  return Math.min(...clauses.map((c) => c.filter((w) => text.includes(w)).length / c.length));
}
