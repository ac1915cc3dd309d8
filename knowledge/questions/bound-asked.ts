/**
 * A choice asking a bound (察看期限最长为（）, 最多是（）, 一般不超过（）人, 至少要提（）名): the value a handbook
 * sentence on the stem's subject states with a bound of the same way (留党察看期限分为一年和二年两种，最长不超过二年).
 * The whole-stem alignment reads such a stem's blank after 为/是 and finds the sentence's other values there (一年和
 * 二年两种); here the bound is the anchor: the sentence's value right after its bound word is the one asked, and only
 * when every sentence on the subject stating a bound that way states the same value.
 */
import { LEADER, roleOf } from './clause-cloze';
import { alignable, alignableMap } from './cloze';
import { saidOfOtherKind } from './kinds';
import { bigramCoverage, parsePasted } from './paste';
import { aboutOtherSubject } from './sentence-subject';
import type { HandbookSuggestion, PassageHit } from './suggest';

const HOLE = /（\s*）|\(\s*\)|_{2,}|＿{2,}/;
const MOST = /最长|最多|至多|最高|不超过|不得超过|不能超过|不应超过|不多于|不高于/;
const LEAST = /最短|最少|至少|最低|不少于|不得少于|不能少于|不应少于|不低于|起码/;
/** Words between a stem's bound and its blank (最长为（）, 最多可以是（）, 至少要（）): how it is asked, not what. */
const LINK = /^(?:可以|可|能|要|应当?|须|得|也|就|一般|只能)?(?:是|为|系|达到?|延长|提|有)?(?:多长时间|多久|多少|几)?$/;
/** A value as aligned (numerals as digits): 2年, 50人, 半年, 3分之2, 1.5%. */
const VALUE = /^(?:\d+(?:\.\d+)?|半)(?:分之\d+)?(?:%|个工作日|个月|个学时|学时|小时|周岁|[年月天日次名人个届岁元周])?/;
/** Words a sentence puts between its bound word and the value (最长不超过二年, 一般不少于, 最多为). */
const SENTENCE_LINK = /^(?:不超过|不得超过|不能超过|不少于|不得少于|不低于|一般|应当?|为|是|可|可以|延长|达到?|要|须|有)*/;
/** Share of the stem's subject (before its bound) a sentence must have to speak of it. */
const ON_SUBJECT = 0.3;
/** How much more a sentence stating another value must be about the subject for the answer to stand. */
const MARGIN = 0.15;

const EXAMPLE = /例如|比如|假如|如果|假设|譬如/;
const digitsIn = (text: string): string[] => alignable(text).match(/\d+(?:\.\d+)?/g) ?? [];

type Way = 'most' | 'least';
const wayOf = (word: string): Way | undefined => (MOST.test(word) ? 'most' : LEAST.test(word) ? 'least' : undefined);

/** The stem's asked bound: its way and the subject before it, when its one blank follows the bound word. */
export function boundAsked(stem: string): Asked | undefined {
  const all = boundsAsked(stem);
  return all?.length === 1 ? all[0] : undefined;
}

interface Asked {
  way: Way;
  subject: string;
  near: string;
  unit?: string;
}

/** The bound each blank of a stem asks (延长时间最短为（），最长为（）), or undefined unless every blank asks one. */
export function boundsAsked(stem: string): Asked[] | undefined {
  const t = stem.replace(/\s+/g, '');
  const holes = [...t.matchAll(new RegExp(HOLE.source, 'g'))];
  if (holes.length === 0) return undefined;
  const out: Asked[] = [];
  for (const hole of holes) {
    // The words before this blank, earlier blanks left out (最短为（），最长为 → 最短为，最长为).
    const before = t.slice(0, hole.index).replace(new RegExp(HOLE.source, 'g'), '');
    const bound = new RegExp(`(${MOST.source}|${LEAST.source})([^，,。；;？?]{0,6})$`).exec(before);
    if (!bound || !LINK.test(bound[2]!)) return undefined;
    const way = wayOf(bound[1]!);
    if (!way) return undefined;
    // The clauses right before the bound say whose it is (那么他的留党察看期限总共最长为): a long case before them does not.
    const subject = before.slice(0, bound.index);
    const clauses = subject.split(/[，,。；;]/).filter((c) => c.length > 0);
    const near = clauses.slice(-1)[0] ?? '';
    const unit = unitAfter(t.slice(hole.index + hole[0].length));
    out.push({
      way,
      subject,
      near: near.length >= 6 || clauses.length < 2 ? near : clauses.slice(-2).join('，'),
      ...(unit ? { unit } : {}),
    });
  }
  return out;
}

/** The unit the stem writes after its blank (（）个学时, （）人), if any. */
function unitAfter(text: string): string | undefined {
  return /^(个工作日|个月|个学时|学时|小时|周岁|[年月天日次名人个届岁元周%])/.exec(alignable(text))?.[1];
}

/** Each value a text states right after a bound word of the given way (最长不超过二年 → 2年), as aligned. */
export function boundValues(text: string, way: Way): string[] {
  return boundValuesWritten(text, way).map((v) => v.aligned);
}

/** The values a text bounds (see boundValues), each as aligned (2年) and as the text writes it (二年). */
export function boundValuesWritten(text: string, way: Way): { aligned: string; written: string }[] {
  // An aside in brackets (不少于3天（或不少于24个学时）) states a bound too: read, not dropped as alignable drops it.
  const map = alignableMap(text.replace(/[（(](?!\s*[)）])/g, '，').replace(/(?<![（(]\s*)[)）]/g, '，'));
  const t = map.chars.join('');
  const words = new RegExp(way === 'most' ? MOST.source : LEAST.source, 'g');
  const out: { aligned: string; written: string }[] = [];
  let read = 0;
  for (const m of t.matchAll(words)) {
    // A bound word inside the words leading to the last value read (最长不超过二年: 不超过 after 最长) is that value's.
    if (m.index < read) continue;
    const rest = t.slice(m.index + m[0].length);
    const link = SENTENCE_LINK.exec(rest)![0];
    read = m.index + m[0].length + link.length;
    // A bound of the other way right after (最长不少于) is not this one's.
    if (wayOf(link) && wayOf(link) !== way) continue;
    const value = VALUE.exec(rest.slice(link.length));
    if (!value || value[0] === '半') continue;
    const at = read;
    const end = at + value[0].length;
    out.push({ aligned: value[0], written: map.source.slice(map.from[at], map.to[end - 1]) });
  }
  return out;
}

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[。；;！!？?\n])/)
    .map((s) => s.replace(/^[#>*\-\s]+/, '').trim())
    .filter((s) => s.length >= 4);

/** An option's value as aligned, compared with a value a sentence bounds (二年 and 两年 alike; 2 for 2人 where the stem gives the unit). */
const sameValue = (option: string, value: string) => {
  const o = alignable(option).replace(/\s+/g, '');
  return o === value || o === value.replace(/[^\d.%半分之]+$/, '');
};

/** The value the sentences on the asked subject bound the asked way, when they agree (see the module's note). */
function boundValueFor(
  asked: Asked,
  stem: string,
  options: readonly string[],
  hits: PassageHit[],
): { value: string; written: string; sentence: string; hit: PassageHit } | undefined {
  if (asked.subject.length < 4) return undefined;
  const numbers = digitsIn(asked.subject);
  const role = roleOf(asked.subject);
  const found = hits
    .filter((h) => h.coverage >= 0.5)
    .slice(0, 5)
    .flatMap((hit) =>
      sentencesOf(hit.text).flatMap((sentence, k, pieces) => {
        // An example's numbers are its own case's (例如应选5名委员，候选人至少6名); a case's numbers (支委职数定为4名)
        // ask a value worked out from them, which a sentence on other numbers does not give.
        if (EXAMPLE.test(sentence) || !numbers.every((n) => digitsIn(sentence).includes(n))) return [];
        // Asked of a role (书记, 班子成员, 普通党员), a sentence of the other role's rule is not the answer (32学时 for a 书记).
        if (role && LEADER.test(sentence) !== (role === 'leader')) return [];
        // Where the stem writes the unit after its blank (（）个学时), only values in that unit (not 3天 beside 24个学时).
        // 个学时 and 学时, 个月 and 月 are one unit: the counter 个 is how it is said, not what is counted.
        const unit = asked.unit?.replace(/^个(?=学时|月)/, '');
        const all = boundValuesWritten(sentence, asked.way).filter((v) => !unit || v.aligned.endsWith(unit));
        if (new Set(all.map((v) => v.aligned)).size !== 1) return [];
        const value = all[0]!.aligned;
        const written = all[0]!.written;
        // A rule's piece may leave its subject to the pieces before (延长预备期的时限有两个来源：…“最长不超过一年”；).
        const context = `${pieces[k - 2] ?? ''}${pieces[k - 1] ?? ''}${sentence}`;
        if (aboutOtherSubject(stem, context, options) || saidOfOtherKind(stem, sentence, value)) return [];
        const share = Math.max(bigramCoverage(asked.subject, context), bigramCoverage(asked.near, context));
        return share >= ON_SUBJECT ? [{ sentence, hit, value, written, share }] : [];
      }),
    );
  found.sort((a, b) => b.share - a.share);
  const [best] = found;
  if (!best || found.some((f) => f.value !== best.value && f.share >= best.share - MARGIN)) return undefined;
  return best;
}

export function suggestByBoundAsked(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  if (pasted.options.length < 2 || pasted.declaredType === '多选' || pasted.declaredType === '判断') return undefined;
  const asked = boundAsked(pasted.stem);
  if (!asked) return undefined;
  // Every option a value: the question asks how much, not which rule.
  if (!pasted.options.every((o) => VALUE.test(alignable(o).replace(/\s+/g, '')) && alignable(o).length <= 8)) return undefined;
  const best = boundValueFor(asked, pasted.stem, pasted.options, hits);
  if (!best) return undefined;
  const picked = pasted.options.flatMap((o, i) => (sameValue(o, best.value) ? [i] : []));
  if (picked.length !== 1) return undefined;
  return {
    kind: 'hedged',
    choice: ['ABCDEF'[picked[0]!]!],
    answerTexts: [pasted.options[picked[0]!]!],
    sentence: best.sentence,
    passage: best.hit,
    basis: 'handbook',
  };
}

/**
 * A 填空 whose every blank asks a bound (延长时间最短为（），最长为（）; 至少要（）天，或者至少（）个学时): each blank is
 * filled with the value the sentences bound that way, without the unit the stem writes after it.
 */
export function suggestByBoundFill(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  if (pasted.options.length > 0 || pasted.declaredType === '判断' || pasted.declaredType === '单选' || pasted.declaredType === '多选')
    return undefined;
  const asked = boundsAsked(pasted.stem);
  if (!asked) return undefined;
  const found = asked.map((a) => boundValueFor(a, pasted.stem, [], hits));
  if (found.some((f) => !f)) return undefined;
  // As the sentence writes it (一年, 二十四), without the unit the stem writes after the blank.
  const fills = found.map((f, k) => {
    const unit = asked[k]!.unit;
    const written = f!.written.trim();
    const tail = unit && [unit, unit.replace(/^个/, '')].find((u) => written.endsWith(u) && written.length > u.length);
    return tail ? written.slice(0, -tail.length) : written;
  });
  return { kind: 'hedged', choice: [], answerTexts: fills, sentence: found[0]!.sentence, passage: found[0]!.hit, basis: 'handbook' };
}
