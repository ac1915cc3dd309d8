import { tokenize } from '../search/tokenize';
import { alignable } from './cloze';
import { falseBy, handbookSentences, statementOf } from './false-statement';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * A statement that gives a rule's step the other term of a pair a rule names one of: "退党…须经上级党组织批准" where
 * the handbook says "党员本人要求退党的，…并报上级党组织备案"; "15个自然日" for "15个工作日"; "实际到会" for "应到会".
 * Strangers tell the case in their own words, so the statement is not aligned to the sentence (suggest.ts contrastOf
 * reads that): it shares the sentence's matter (most of the words around the term, and a word of the sentence's
 * opening clause, which names whom the rule is about) and affirms only the other term. False, with that sentence
 * as 依据.
 */

/** Pairs of terms a rule names one of (also what a statement stated true must name as its sentence does). */
export const PAIRS: RegExp[] = [/批准|审批|报批|备案/g, /工作日|自然日/g, /流出地|流入地/g, /应到会|实到会|实际到会/g];
const SAME: Record<string, string> = { 审批: '批准', 报批: '批准', 实际到会: '实到会' };
/** A term named only to be denied (不是15个自然日, 而非流入地) is not one the text states. */
const DENIED_BEFORE = /(?:不是|并非|而非|不按|不需要?|无需|不用|不必)[\d零一二两三四五六七八九十个上级党组织]*$/;

function affirmed(text: string, pattern: RegExp): string[] {
  const t = alignable(text);
  return [
    ...new Set(
      [...t.matchAll(pattern)]
        .filter((m) => !DENIED_BEFORE.test(t.slice(Math.max(0, m.index - 10), m.index)))
        .map((m) => SAME[m[0]] ?? m[0]),
    ),
  ];
}
const named = (text: string, pattern: RegExp) => [...new Set([...alignable(text).matchAll(pattern)].map((m) => SAME[m[0]] ?? m[0]))];

const GENERIC = /^(?:党员|党组织|党支部|支部|可以|应当|必须|一般|规定|要求|按照|需要|进行)$/;
function wordsOf(text: string): string[] {
  const words = [...new Set(tokenize(text))].filter((w) => w.length >= 2 && /\p{Script=Han}/u.test(w) && !GENERIC.test(w));
  return words.filter((w) => !words.some((o) => o !== w && o.includes(w)));
}
const numbersOf = (text: string): string[] => alignable(text).match(/\d+/g) ?? [];

/** Of the rule's words, and of those of its clause around the term, how many the statement must hold. */
const RULE_HELD = 0.5;

export function suggestBySwappedTerm(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const read = statementOf(raw);
  if (!read) return undefined;
  const { statement, truth } = read;
  // Asking for oneself is said many ways (自己提出, 自愿申请): as the rules say it, 本人要求.
  const own = alignable(statement)
    .replace(/(?:主动|自己|自愿)(?=[^，,。]{0,2}(?:提出|要求|申请))/g, '本人')
    .replace(/提出来?|申请/g, '要求');
  const share = (text: string) => {
    const words = wordsOf(text);
    return words.length ? words.filter((w) => own.includes(alignable(w))).length / words.length : 0;
  };
  const rules = [...handbookSentences(hits)].flatMap(({ hit, sentence }) =>
    sentence.split(/(?<=[；;])/).map((rule) => ({ hit, rule: rule.trim() })),
  );
  for (const pattern of PAIRS) {
    const mine = affirmed(statement, pattern);
    if (mine.length !== 1) continue;
    let against: { hit: PassageHit; rule: string; held: number } | undefined;
    let agreeing = 0;
    for (const { hit, rule } of rules) {
      const theirs = affirmed(rule, pattern);
      if (theirs.length !== 1 || numbersOf(statement).some((n) => !numbersOf(rule).includes(n))) continue;
      const held = share(rule.replace(pattern, ''));
      // A rule naming the statement's own term for the same matter (除名…报上级党组织批准): the statement may be that one's.
      if (theirs[0] === mine[0]) {
        agreeing = Math.max(agreeing, held);
        continue;
      }
      if (named(rule, pattern).includes(mine[0]!) || held < RULE_HELD) continue;
      const around = rule.split(/[，,。；;：:]/).find((c) => affirmed(c, pattern).length > 0) ?? rule;
      if (share(around.replace(pattern, '')) < RULE_HELD) continue;
      // Whom the rule is about, in its opening clause (党员本人要求退党的): the statement's too.
      const opening = rule.split(/[，,。；;：:]/)[0] ?? '';
      if (opening !== around && share(opening) <= RULE_HELD) continue;
      if (!against || held > against.held) against = { hit, rule, held };
    }
    if (against && against.held > agreeing) return falseBy(truth, against.rule, against.hit);
  }
  return undefined;
}
