import { normalizeInput } from '../text/normalize';
import { escapeRegExp } from '../text/regexp';
import { alignable, alignCloze, clozeOf } from './cloze';
import { handbookSentences } from './false-statement';
import { saidOfOtherKind } from './kinds';
import { parsePasted, squash } from './paste';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * A 填空 whose blanks sit in a clause a handbook sentence states, though the rest of the stem is a stranger's case
 * (社区支部的组织委员3月份调走了，…，所在党组织要在____个工作日内把这个变动报给组织部门): the whole stem shares too
 * little with any sentence for the alignment of the whole to count, so each clause holding blanks (with the clause
 * before it when it is too short to say what it is about) is aligned alone, and answered only when every sentence
 * as well aligned puts the same words in its blanks. The stem's words for a bound (最少要, 至少, 得攒够) are read as
 * the sentence's (不少于), so that the bound is not taken into the blank.
 */

const BLANK = /（\s*）|\(\s*\)|_{2,}|＿{2,}/g;
const CLAUSE_END = /[，,。；;！!？?]/;
/** Bounds written either way, each as one mark the alignment matches. */
const AT_LEAST = /不少于|不低于|不能低于|不能少于|最少要?|至少要?|起码要?|最低要?|得?攒够/g;
const AT_MOST = /不超过|不得超过|不能超过|最多|最长|至多/g;
const LEAST = '\u3410';
const MOST = '\u3411';
/** A range's two ends joined either way (半年到一年, 0.2元至1元, （）元到（）元): as 至. */
const RANGE_WORD = /(?<=[\d一二两三四五六七八九十半元年月天个名人%）)])\s*(?:到|～|~)\s*(?=[\d一二两三四五六七八九十半（(])/g;
const bounded = (text: string) => text.replace(AT_LEAST, LEAST).replace(AT_MOST, MOST).replace(RANGE_WORD, '至');
/** A clause asking both ends of a range (在（）到（）之间): its blanks are the range's ends, not halves of one. */
const BOTH_ENDS = /[（(]\s*[)）]\s*[元年月天次人名个%]?\s*(?:至|到|—|-|～|~)\s*[（(]\s*[)）]/;
/** Words that begin the clause after the blank's (方可选举, 才能通过): never the blank's. */
const TRAILING = /(?:方可|方能|才能|才可以?|即可|就可以?|可以|应当|须)$/;
/** The bodies a rule is about (see suggest.ts fillsFor): a sentence of another body states another rule. */
const ORGANS = /总支部委员会|支部委员会|支委会|基层委员会|基层党委|党员大会|党小组/g;
const organsOf = (text: string) =>
  (alignable(text).match(ORGANS) ?? []).map((o) => o.replace('支委会', '支部委员会').replace('基层党委', '基层委员会'));

/** Roles a rule may set apart (书记和班子成员 56学时, 党员 32学时): a clause naming one is answered by that one's rule. */
export const LEADER = /书记|班子成员/;
const ORDINARY = /普通党员|一般党员|其他党员/;
export function roleOf(clause: string): 'leader' | 'member' | undefined {
  const leader = LEADER.test(clause.replace(ORDINARY, ''));
  const member = ORDINARY.test(clause);
  return leader === member ? undefined : leader ? 'leader' : 'member';
}

/** A blank's answer this reader gives: a value (15, 五年, 半年, 五分之四, 0.5%), as aligned. */
const VALUE =
  /^(?:(?:\d+(?:\.\d+)?|半)(?:%|[年月日天次名人个届岁元周倍]|个月|个工作日|个学时|学时|分之\d+)?|\d+(?:至|到|～|~)\d+[名人个]?|半数)$|^\d{4}年\d{1,2}月(?:\d{1,2}日)?$/;
/** A day or month a rule names (自2024年1月1日起施行): longer than other values. */
const DATE = /^\d{4}年\d{1,2}月(?:\d{1,2}日)?$/;
const EXAMPLE = /例如|比如|假如|如果|假设/;

const VILLAGE = (text: string) => /村|社区/.test(text) && !/以外|除外|非村|非社区|不是村/.test(text);

/** How much of the clause the sentence must match, and the fewest characters matched right around each blank. */
const CLAUSE_SHARE = 0.45;
const NEAR = 4;
const MAX_FILL = 8;

/** The stem's clauses holding blanks, each with the clause before when it says little alone. */
function blankClauses(stem: string): string[] {
  const marked = normalizeInput(stem).replace(BLANK, '\u0000');
  const clauses = marked.split(new RegExp(`(?<=${CLAUSE_END.source})`));
  const out: string[] = [];
  clauses.forEach((clause, k) => {
    if (!clause.includes('\u0000')) return;
    const words = clause.replace(/\u0000/g, '').replace(CLAUSE_END, '');
    const whole = words.length < 8 && k > 0 && !clauses[k - 1]!.includes('\u0000') ? `${clauses[k - 1]}${clause}` : clause;
    out.push(whole.replace(/[，,。；;！!？?]$/, '').replace(/\u0000/g, '（）'));
  });
  return out;
}

export interface Found {
  fills: string[];
  /** Whether the sentence had a bound of its own in each fill (不少于半年 for the stem's 可以是（）). */
  bounded: boolean[];
  near: number;
  matched: number;
  sentence: string;
  hit: PassageHit;
}

export function fillsOf(clause: string, stem: string, hits: PassageHit[]): Found | undefined {
  const cloze = clozeOf(bounded(clause), false);
  if (!cloze) return undefined;
  const numbers: string[] = alignable(clause.replace(BLANK, '')).match(/\d+/g) ?? [];
  // Amounts and head counts the stem gives anywhere (工资7000元, 党员40人) are for a calculation, not a rule's value.
  numbers.push(...[...alignable(stem.replace(BLANK, '')).matchAll(/(\d+(?:\.\d+)?)\s*(?:元|人|名)/g)].map((m) => m[1]!));
  const mine = organsOf(clause);
  const found: Found[] = [];
  const role = roleOf(clause);
  // Each rule of a sentence alone too (党员…32学时；书记和班子成员…56学时): the clause of the role asked is the answer.
  const candidates = [...handbookSentences(hits)].flatMap(({ hit, sentence }) => {
    const pieces = sentence.split(/(?<=[；;])/).filter((p) => p.length >= 6);
    return pieces.length > 1
      ? [{ hit, sentence, whole: false }, ...pieces.map((text) => ({ hit, sentence: text, whole: true }))]
      : [{ hit, sentence, whole: true }];
  });
  for (const { hit, sentence, whole } of candidates) {
    // An example's numbers are its own case's (例如支部有20名党员…11人).
    if (sentence.length < 6 || EXAMPLE.test(sentence)) continue;
    // Asked of a role, a sentence of several rules is read rule by rule.
    if (role && (LEADER.test(sentence) !== (role === 'leader') || !whole)) continue;
    const digits: string[] = alignable(sentence).match(/\d+/g) ?? [];
    if (numbers.some((n) => !digits.includes(n))) continue;
    const a = alignCloze(cloze, bounded(sentence));
    // A range's two blanks share the word joining them (（）元至（）元): each has a character less of its own.
    const near = BOTH_ENDS.test(clause) ? NEAR - 1 : NEAR;
    if (!a?.anchored || a.near < near || a.matched < Math.max(5, a.length * CLAUSE_SHARE)) continue;
    const fills = a.fills.map((f) =>
      f
        .replace(/[\u3410\u3411]/g, '')
        .replace(TRAILING, '')
        .trim(),
    );
    if (fills.some((f) => f.length === 0 || (f.length > MAX_FILL && !DATE.test(alignable(f))) || !VALUE.test(alignable(f)))) continue;
    // Not the first end of a range (0.2元至1元): the blank would hold half of it, and no other sentence says otherwise.
    const range =
      !BOTH_ENDS.test(clause) &&
      fills.some((f) => new RegExp(`${escapeRegExp(f)}\\s*[元年月天次人名个%]?\\s*(?:至|到|—|-|～|~)`).test(sentence));
    // Not a fill the sentence gives another body (基层委员会 5年 for 支部委员会) or another 处分.
    const theirs = organsOf(sentence);
    if (mine.length > 0 && theirs.length > 0 && !mine.some((o) => theirs.includes(o))) continue;
    // 村、社区的 bodies have rules of their own (任期5年).
    if (mine.length > 0 && VILLAGE(clause) !== VILLAGE(sentence)) continue;
    if (fills.some((f) => saidOfOtherKind(clause, sentence, f))) continue;
    const marked = a.fills.map((f) => /[\u3410\u3411]/.test(f));
    found.push({ fills: range ? fills.map((f) => `${f}～`) : fills, bounded: marked, near: a.near, matched: a.matched, sentence, hit });
  }
  found.sort((x, y) => y.near - x.near || y.matched - x.matched);
  const [best] = found;
  if (!best || best.fills.some((f) => f.endsWith('～'))) return undefined;
  // Every sentence as well aligned must say the same (3年 and 5年 for two bodies: not clear which).
  const same = (f: Found) => f.fills.every((w, k) => alignable(squash(w)) === alignable(squash(best.fills[k]!)));
  if (found.some((f) => f.near >= best.near - 1 && f.matched >= best.matched * 0.8 && !same(f))) return undefined;
  return best;
}

export function suggestByClauseCloze(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  if (pasted.options.length > 0 || pasted.declaredType === '判断' || pasted.declaredType === '单选' || pasted.declaredType === '多选')
    return undefined;
  const clauses = blankClauses(pasted.stem);
  if (clauses.length === 0) return undefined;
  const answers: string[] = [];
  let first: Found | undefined;
  for (const clause of clauses) {
    const found = fillsOf(clause, pasted.stem, hits);
    if (!found) return undefined;
    first ??= found;
    answers.push(...found.fills);
  }
  if (!first) return undefined;
  return { kind: 'hedged', choice: [], answerTexts: answers, sentence: first.sentence, passage: first.hit, basis: 'handbook' };
}
