import { normalizeForIndex, tokenize } from '../search/tokenize';
import { alignable } from './cloze';
import { handbookSentences, statementOf, trueBy } from './false-statement';
import { boundsIn, negationsOf } from './paste';
import type { HandbookSuggestion, PassageHit } from './suggest';
import { PAIRS as SWAPPED_TERMS } from './swapped-term';

/**
 * A statement true by a handbook sentence that says its claim, where the case it is said of is told in the
 * sentences just before: "党员对处分决定提出申诉，申诉期间不停止原处分决定的执行" is "申诉期间，不停止对原处理、处分决定
 * 的执行" after "党员对…处分不服的，有权提出申诉"; "受留党察看处分的党员，在察看期间仍然要参加组织生活" is "察看期间，党员
 * 仍然要参加组织生活…" a few sentences after "受留党察看处分的党员…". The claim (the statement's last clause) has every
 * word in that one sentence, its numbers, its terms of each kind and as many negations; the setting (the clauses
 * before) denies nothing, names no number and has every word in the sentence or the six before it in its passage. Only true: a
 * word missing proves nothing.
 */

/** Sentences before the claim's that may tell its case. */
const SETTING_SPAN = 6;
/** The fewest words a claim must have to be told apart from another. */
const CLAIM_WORDS = 3;

/** The words of a text that carry its content (two characters or more; a word and its parts: the word). */
function contentWords(text: string): string[] {
  const words = [...new Set(tokenize(text).map((w) => w.replace(/^[要应可就都也还再]/, '')))].filter((w) => w.length >= 2);
  return words.filter((w) => !words.some((o) => o !== w && o.includes(w)));
}
const numbersIn = (text: string): string[] => alignable(text).match(/\d+(?:\.\d+)?/g) ?? [];
const termsIn = (text: string) => SWAPPED_TERMS.flatMap((pattern) => alignable(text).match(pattern) ?? []);

export function suggestByStatedWithSetting(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const read = statementOf(raw);
  // Asked as true or false, or a plain statement (…交纳党费。（ ）): not a question.
  if (!read || (!read.asksTruth && /[?？吗呢]|什么|多少|哪|几/.test(read.statement))) return undefined;
  const { statement, truth } = read;
  const clauses = statement
    .replace(/[。.！!]$/, '')
    .split(/[，,；;]/)
    .filter((c) => c.length > 0);
  if (clauses.length < 2) return undefined;
  const claim = clauses.at(-1)!;
  const setting = clauses.slice(0, -1).join('，');
  const claimWords = contentWords(claim);
  // A setting that denies or asks (没有正当理由的, 是否) may be what is wrong: only a plain case is read.
  // Nor one with a number (村党支部…3年): the number is what the claim's sentence would not vouch for.
  if (claimWords.length < CLAIM_WORDS || negationsOf(setting).length > 0 || numbersIn(setting).length > 0) return undefined;
  const byPassage = new Map<PassageHit, string[]>();
  for (const { hit, sentence } of handbookSentences(hits)) {
    if (!sentence) continue;
    const before = byPassage.get(hit) ?? [];
    byPassage.set(hit, [...before, sentence]);
    const text = normalizeForIndex(sentence);
    if (!claimWords.every((w) => text.includes(w))) continue;
    if (negationsOf(claim).length !== negationsOf(sentence).length) continue;
    const told = normalizeForIndex([...before.slice(-SETTING_SPAN), sentence].join(''));
    if (!contentWords(setting).every((w) => told.includes(w))) continue;
    // Its numbers, bounds and terms (批准, 工作日…) are theirs: another number or term is another rule.
    if (numbersIn(claim).some((n) => !numbersIn(sentence).includes(n))) continue;
    if (boundsIn(statement).some((b) => !boundsIn(told).includes(b))) continue;
    if (termsIn(statement).some((t) => !termsIn(sentence).includes(t))) continue;
    return trueBy(truth, sentence, hit);
  }
  return undefined;
}
