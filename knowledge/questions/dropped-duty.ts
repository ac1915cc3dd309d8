import { tokenize } from '../search/tokenize';
import { alignable } from './cloze';
import { falseBy, handbookSentences, statementOf } from './false-statement';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * A statement dropping a duty the handbook says still holds: "开了主题党日，支部党员大会和党课就不用再分别召开了"
 * where the handbook says those things may be held together with it, but each "仍然要分别落实". The mirror of a
 * flipped claim (flipped-claim.ts, where the handbook denies and the statement affirms): here the handbook affirms,
 * after something that might seem to spare it (仍然, 照样, 还), and the statement denies in words (不用再, 不必, 无需).
 * Read only where the statement's subject is a list of two things or more, each named in the handbook's sentence,
 * and what it says need not be done is what that sentence says must still be done: false, with that sentence as 依据.
 */

/** The statement's denial of a duty: 不用再, 不必, 无需再, 可以不再; what it says need not be done follows. */
const DROPS = /(?:不用|不必|无需|无须|不需要|不需|用不着|可以不|没必要)再?/;
/** The handbook's duty kept despite what comes before: 仍然要, 仍须, 照样要, 还是要. */
const STILL = /(?:仍然|仍旧|依然|照样|照常|还是|仍)(?:要|须|需要|需|应当|应|必须|得)/g;
/** A statement holding under a condition, or one making a second denial, is not the plain dropped duty. */
const CONDITIONAL = /只有|除非|才|否则|如果|若/;
const OTHER_NEGATION = /不能|不得|不是|没有|不准|不可/;

/** The content words of a text (two characters or more; a word and its parts: the word). */
function wordsOf(text: string): string[] {
  const words = [...new Set(tokenize(text))].filter((w) => w.length >= 2 && /\p{Script=Han}/u.test(w));
  return words.filter((w) => !words.some((o) => o !== w && o.includes(w)));
}

/** The things a subject lists (当月的支部党员大会、党小组会和党课): each named without what qualifies the list. */
function listed(subject: string): string[] {
  const run = subject.split(/[，,；;]/).pop() ?? '';
  if (!/、|和|及|与/.test(run)) return [];
  return run
    .replace(/^.*的(?=[^、和及与]*[、和及与])/, '')
    .replace(/[也都就便则还]+$/, '')
    .split(/以及|、|和|及|与/)
    .map((item) => item.replace(/^(?:各项|各个|每个|每次)/, '').trim())
    .filter((item) => item.length >= 2);
}

/** Whether the sentence names the item (党员大会 is named by 支部党员大会). */
const names = (sentence: string, item: string) => sentence.includes(item) || sentence.includes(item.replace(/^(?:党支部|支部)/, ''));

export function suggestByDroppedDuty(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const read = statementOf(raw);
  if (!read?.asksTruth) return undefined;
  const statement = alignable(read.statement);
  if (CONDITIONAL.test(statement) || /[?？吗]/.test(statement.replace(/对吗|对不对/g, ''))) return undefined;
  const clauses = statement.split(/[，,；;。]/);
  const at = clauses.findIndex((c) => DROPS.test(c));
  if (at < 0 || clauses.some((c, k) => k !== at && (DROPS.test(c) || OTHER_NEGATION.test(c)))) return undefined;
  const clause = clauses[at]!;
  const drop = DROPS.exec(clause)!;
  if (OTHER_NEGATION.test(clause.replace(drop[0], ''))) return undefined;
  // A subject set off by a comma (集中学习的党小组会和党课，都不用再…) is the clause before's.
  const before = clause.slice(0, drop.index);
  const items = listed(/^[也都就便则还]*$/.test(before) && at > 0 ? clauses[at - 1]! : before);
  const said = wordsOf(clause.slice(drop.index + drop[0].length).replace(/[了啦的吧呀]+$/, ''));
  if (items.length < 2 || said.length === 0) return undefined;
  for (const { hit, sentence } of handbookSentences(hits)) {
    const plain = alignable(sentence);
    if (!items.every((item) => names(plain, item))) continue;
    // What the statement says need not be done is, word for word, what the sentence says must still be done.
    const kept = [...plain.matchAll(STILL)].map((m) => plain.slice(m.index + m[0].length).split(/[，,；;。]/)[0]!);
    if (!kept.some((duty) => said.every((w) => duty.includes(w)))) continue;
    return falseBy(read.truth, sentence, hit);
  }
  return undefined;
}
