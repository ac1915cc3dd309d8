import { tokenize } from '../search/tokenize';
import { alignable } from './cloze';
import { falseBy, handbookSentences, statementOf } from './false-statement';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * A statement affirming what a handbook sentence denies: "预备党员可以作入党介绍人" where the handbook says
 * "预备党员不能当入党介绍人", "申诉期间原处分暂停执行" where it says "申诉期间，不停止对原处分决定的执行", "党小组可以
 * 决定接收预备党员" where "党小组没有决定接收党员…的权力". Strangers write the rule's subject and predicate in their own
 * words but drop (or never knew) its negation; the order and wording differ too much for a statement aligned to the
 * sentence. Read clause by clause: the handbook's clause is SUBJECT + negation + PREDICATE; the statement holds most
 * of the subject's words and of the predicate's, with no negation of its own beyond those the subject has
 * (尚未恢复党员权利) — then it says the predicate holds, which the handbook denies: false, with that sentence as 依据.
 */

/** A clause's negation before its predicate: 不能, 不得, 没有, 不 + verb; not 不是 (不是X而是Y contrasts, see denied-claim). */
const NEGATION = /不能|不得|不可以|不可|不准|不应当?|不宜|不再|没有|无权|不(?=[\p{Script=Han}])(?![是])/u;
/** Words with a negating character that are no negation of the predicate: amounts, 不服 (a 申诉's reason). */
const LEXICAL = /不(?:满|足|到|服|超过|少于|低于|合格|正当)|未满|勿服|没有正当理由|不履行/g;
const NEGATING = /[不非无未没否勿禁]/g;
/** Words written either way, as the rule's (暂停执行 is 停止执行; 算在里头 is 计入). */
const SAME: [RegExp, string][] = [
  [/(?:暂停|暂缓|中止)(?=执行)/g, '停止'],
  [/(?:暂不|先不|不再|不)(?=执行)/g, '停止'],
  [/(?:算进去|算进|算在|算入|计算在内|包括在内)/g, '计入'],
  // Going on as before (照样执行, 继续执行) is not stopping it: the rule's 不停止执行 in other words, not its opposite.
  [/(?:照样|照常|照旧|继续|仍然|依然|仍旧|仍|还是)(?=执行)/g, '不停止'],
];
const plain = (text: string) => SAME.reduce((t, [from, to]) => t.replace(from, to), alignable(text));
/** Rights named as what one may do: 没有表决权 denies 表决, 没有决定…的权力 denies 决定…. */
const RIGHT = /(?:等事项)?的?权力?$|(?<=[\p{Script=Han}]{2})权(?=、|和|$)/gu;

/** A statement that only holds under a condition, or one that asks: nothing to flip. */
const CONDITIONAL = /只有|除非|才|否则|[?？吗]/;
const ASKS_TRUTH = /对不对|对吗|对还是错|是否正确|对否/;

/** The words of a text that carry its content (two characters or more; a word and its parts: the word). */
function wordsOf(text: string): string[] {
  const words = [...new Set(tokenize(text))].filter((w) => w.length >= 2 && /\p{Script=Han}/u.test(w));
  return words.filter((w) => !words.some((o) => o !== w && o.includes(w)));
}
const held = (words: string[], text: string) => (words.length ? words.filter((w) => text.includes(w)).length / words.length : 0);
/** Words that name nearly every rule's subject: a subject held only by them is not the statement's. */
const GENERIC = /^(?:党员|党组织|党支部|支部|可以|应当|必须|一般|规定|要求)$/;
const PUNISHMENTS = (text: string) => (alignable(text).match(/严重警告|警告|撤销党内职务|留党察看|开除党籍/g) ?? []).join('|');
const numbersOf = (text: string): string[] => alignable(text).match(/\d+/g) ?? [];
const negations = (text: string) => (text.replace(LEXICAL, '').match(NEGATING) ?? []).length;

/** A clause that opens with what its subject may or must do, naming no subject of its own. */
const DOES = /^(?:但|也|还|并|或者|可以|可|能|应当|应|要|须|必须|只能)/;
/**
 * Saying a right may be used: 可以参加举手表决, 享有表决权, or taking part in it outright (…，并参加表决, 也参与
 * 选举), the clause's 并 carrying the 可以 of the clause before; not 有选举权 alone, which names whom a rule is about
 * as often as it grants (到会有表决权的党员, 已恢复党员权利的党员…有选举权), nor a right naming a kind (享有表决权的党员).
 * 也有/还有 (…有发表意见的权利，也有表决权) adds it to what the subject may do: a grant.
 */
const USES = (right: string) =>
  new RegExp(`(?:(?:可以|能够?|有权|享有|具有|拥有|行使|(?<=[也还都又])有)[^，,。；;]{0,10}|(?:参加|参与)(?:举手|投票)?)${right}(?!权?的)`);

/** Saying an act may be done: 可以（视情况）扣压, 允许扣压. */
const ALLOWS = (act: string) => new RegExp(`(?:可以|可|能够?|允许|有权)[^，,。；;不]{0,4}${act}`);

/** Whether the statement names a subject's word before any word of the predicates. */
function subjectFirst(about: string[], predicates: string[], text: string): boolean {
  const first = (words: string[]) => Math.min(...words.map((w) => text.indexOf(w)).filter((i) => i >= 0), Number.POSITIVE_INFINITY);
  const said = predicates.flatMap((p) => wordsOf(plain(p))).filter((w) => !about.includes(w));
  return first(about) < first(said);
}

/** Of the predicate's words, of the subject's words, how much the statement must hold. */
const PREDICATE_HELD = 0.6;
const SUBJECT_HELD = 0.5;

/** The denied claims of a sentence: each negated clause's subject (with the clause before, when short) and predicates. */
function deniedClaims(
  sentence: string,
): { subject: string; predicates: string[]; rights: string[]; head?: string; lent: boolean; uncut?: string }[] {
  // Asides in brackets (（不设委员会的由党员大会选举）) are rules of their own.
  const clauses = sentence.replace(/[（(][^（）()]*[)）]/g, '').split(/[，,；;。：:]/);
  const out: { subject: string; predicates: string[]; rights: string[]; head?: string; lent: boolean; uncut?: string }[] = [];
  clauses.forEach((clause, k) => {
    const m = NEGATION.exec(clause.replace(LEXICAL, (w) => '\u3000'.repeat(w.length)));
    if (!m) return;
    const predicate = clause.slice(m.index + m[0].length);
    // A condition (仍不转变的), a kind named by what it lacks (不设委员会的党支部) or an amount (不少于32学时) is not a
    // claim denied; nor a case the next clause says what to do about (预备党员长期不交纳党费，说明…；因故不能参加的，应当请假).
    if (/的$|^[^，,的、]{1,6}的/.test(predicate) || /\d|[一二两三四五六七八九十]+[年月天次人个]/.test(alignable(predicate))) return;
    if (/^(?:说明|就|则|应当?|要|须|必须|可以|由)/.test(clauses[k + 1] ?? '')) return;
    let subject = clause.slice(0, m.index).replace(/[也还都就却]$/, '');
    // The clause before may itself say what its subject may do (预备党员参加党员大会，可以发表意见，但没有表决权):
    // the subject is in the clause that opens the run, whose first word the statement must then hold.
    let opening = k - 1;
    while (opening > 0 && DOES.test(clauses[opening]!)) opening--;
    const head = opening < k - 1 ? wordsOf(plain(clauses[opening]!)).find((w) => !GENERIC.test(w)) : undefined;
    // A clause before that says what its subject is not (党小组不是一级党组织，不能代替…作决定) lends only its subject; one
    // naming it by what it lacks (尚未恢复党员权利的党员) lends all of it.
    const lent = clauses[opening] ?? '';
    const own = /不是|并非|不属于/.exec(lent);
    const borrowed = wordsOf(subject).length < 2 && k > 0;
    const uncut = borrowed && own ? `${lent}${subject}` : undefined;
    if (borrowed) subject = `${own ? lent.slice(0, own.index) : lent}${subject}`;
    // A list of denied things is denied item by item (没有表决权、选举权和被选举权).
    const items = predicate
      .replace(RIGHT, '')
      .split(/、|和|及|或/)
      .map((p) => p.replace(RIGHT, ''))
      .filter((p) => p.length >= 2);
    if (wordsOf(subject).length === 0 || items.length === 0) return;
    // Rights denied (没有表决权): doing what each names.
    const rights = /权/.test(predicate) ? items.filter((p) => !/[^\p{Script=Han}]/u.test(p)) : [];
    const predicates = items.length > 1 ? [predicate.replace(RIGHT, ''), ...items] : items;
    out.push({
      subject,
      predicates,
      rights,
      lent: borrowed && own !== null,
      ...(uncut ? { uncut } : {}),
      ...(head && wordsOf(subject).length >= 2 ? { head } : {}),
    });
  });
  return out;
}

export function suggestByFlippedClaim(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const read = statementOf(raw);
  if (!read) return undefined;
  const { statement, truth } = read;
  const declared = read.asksTruth || ASKS_TRUTH.test(statement);
  if (!declared && /[?？吗]/.test(statement)) return undefined;
  if (CONDITIONAL.test(statement.replace(/[?？]|对吗|对不对/g, ''))) return undefined;
  // How the writer asks (对不对) is no part of the claim.
  const own = plain(statement.replace(new RegExp(ASKS_TRUTH.source, 'g'), ''));
  // Where the subject is named only inside a clause of time (被介绍人成为预备党员后，…), the claim is made of someone
  // else; a clause of time that begins with it (党小组开会讨论后，…) still speaks of it.
  const clausesOwn = own.split(/(?<=[，,；;。])/);
  const mainFor = (about: string[]) =>
    clausesOwn.filter((c) => !/(?:后|以后|之后|时)[，,；;。]?$/.test(c) || about.some((w) => c.startsWith(w))).join('');
  for (const { hit, sentence } of handbookSentences(hits))
    for (const { subject, predicates, rights, head, lent, uncut } of deniedClaims(sentence)) {
      const about = wordsOf(plain(subject)).filter((w) => !GENERIC.test(w));
      if (head && !own.includes(head)) continue;
      // A subject that is a time (申诉期间) is what a clause of time says.
      const where = /(?:期间|以后|之后|后|时)$/.test(subject) ? own : mainFor(about);
      if (about.length === 0 || held(about, where) < SUBJECT_HELD) continue;
      // Two words of the predicate at least (不赞成票 is a vote, not a denial of 赞成票).
      const said = (p: string) => wordsOf(plain(p)).filter((w) => own.includes(w)).length;
      // Or one right the statement says may be used (可以参加举手表决, 可以投票选举).
      const used = rights.some((r) => USES(r).test(own));
      // A subject cut from the clause before is held to the whole predicate: an item split off it (支部委员会作决定 of
      // 不能代替支部党员大会或支部委员会作决定) has lost what it denies (代替).
      const weighed = lent ? predicates.slice(0, 1) : predicates;
      // Or the one act a clause forbids outright (不得扣压) said to be allowed (可以视情况扣压).
      const allowed = weighed.some((p) => {
        const words = wordsOf(plain(p));
        return words.length === 1 && plain(p) === words[0] && ALLOWS(words[0]!).test(own);
      });
      if (!used && !allowed && !weighed.some((p) => said(p) >= 2 && held(wordsOf(plain(p)), own) >= PREDICATE_HELD)) continue;
      // A subject cut from the clause before is the statement's subject only where it comes before what is denied
      // (党支部可以代替党小组作决定 names 党小组 as the one replaced).
      if (lent && !subjectFirst(about, predicates, own)) continue;
      // A statement naming another as the doer (…由支部委员会研究决定) makes its claim of that one.
      const doer = /由([^，,。；;由]{2,10}?)(?:研究|讨论|集体)?(?:决定|批准|作出)/.exec(own)?.[1];
      if (doer && !about.some((w) => doer.includes(w))) continue;
      // The same 处分 and numbers as the subject (二年内 of 撤销党内职务 is not said of 留党察看).
      if (PUNISHMENTS(subject) && PUNISHMENTS(subject) !== PUNISHMENTS(statement)) continue;
      if (numbersOf(subject).some((n) => !numbersOf(statement).includes(n))) continue;
      // The statement denies no more than the subject does: it affirms the predicate.
      // A statement may grant what the clause before says (虽然还不是党员，但也要交纳党费): its negations count too.
      if (negations(own) !== negations(plain(subject)) && !(uncut && negations(own) === negations(plain(uncut)))) continue;
      return falseBy(truth, sentence, hit);
    }
  return undefined;
}
