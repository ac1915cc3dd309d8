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
  if (items.length < 2) return oneDroppedDuty(read, hits);
  if (said.length === 0) return undefined;
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

/** Words saying a thing is done on its own (单独落实, 另外开, 分别召开): the statement's and the sentence's alike. */
const APART = /^(?:单独|另外|另行|分别|各自|专门|单另)$/;
const STILL_ONE = new RegExp(STILL.source);
/** Time words qualifying the subject (当月的, 每月的): not what is said need not be done. */
const WHEN = /^(?:当月|本月|每月|当年|本年|每年|当季|本季度|每季度)$/;

/**
 * One duty (the 三会一课, 组织生活会) said not to need doing after something else was (开展了主题党日，当月的三会一课
 * 就可以不用再单独落实了; 开了主题党日就不用再单独落实三会一课的频次要求): false where one clause of a handbook
 * sentence says that duty must still be done (三会一课……仍然要分别落实) and the sentence names what the statement's
 * other clauses say was done (主题党日). Every word the statement says of the duty, but for those saying "apart",
 * is in that clause.
 */
function oneDroppedDuty(
  read: NonNullable<ReturnType<typeof statementOf>>,
  hits: PassageHit[],
): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  // Words as written (三会一课: alignable writes its numerals as digits, which no word is made of).
  const clauses = read.statement.replace(/[“”"‘’「」]/g, '').split(/[，,；;。]/);
  const at = clauses.findIndex((c) => DROPS.test(c));
  if (at < 0) return undefined;
  const clause = clauses[at]!;
  const drop = DROPS.exec(clause)!;
  const subject = clause
    .slice(0, drop.index)
    .replace(/^.*的/, '')
    .replace(/(?:[也都就便则还]|可以|就可以)+$/, '');
  const object = clause.slice(drop.index + drop[0].length).replace(/[了啦的吧呀]+$/, '');
  // The duty is named after the denial (不用再单独落实三会一课的频次要求) or, where only a verb follows, before it.
  const plain = (text: string) => wordsOf(text).filter((w) => !APART.test(w) && !WHEN.test(w));
  const named = plain(object).length >= 2;
  const said = named ? plain(object) : plain(`${subject}，${object}`);
  // What was done instead: the other clauses' words (主题党日), or the words before the denial where the duty is
  // named after it (开了主题党日就不用再…), one of which the sentence must name.
  const elsewhere = clauses.filter((_, k) => k !== at).join('，');
  const done = wordsOf(named ? `${elsewhere}，${subject}` : elsewhere).filter((w) => !WHEN.test(w) && !said.includes(w));
  if (said.length < 2 || done.length === 0) return undefined;
  for (const { hit, sentence } of handbookSentences(hits)) {
    const text = sentence.replace(/[“”"‘’「」]/g, '');
    if (!done.some((w) => text.includes(w))) continue;
    const kept = text.split(/[，,；;。]/).filter((c) => STILL_ONE.test(c) && said.every((w) => c.includes(w)));
    if (kept.length === 0) continue;
    return falseBy(read.truth, sentence, hit);
  }
  return undefined;
}
