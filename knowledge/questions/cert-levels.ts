import { hasInnerBlank, parsePasted, truthOptions } from './paste';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * "2025年取得初级证书，最早哪年可以申请高级证书": the certificate grades go up one at a time, each after holding the one
 * below a full year (持初级证书满一年可申请中级，持中级证书满一年可申请高级), so 中级 is a year after 初级 at the
 * earliest and 高级 two. Worked out only when a passage found for the stem states that rule, and answered as the one
 * option (or the blank) naming that year (and month, when the stem gives one).
 */

const GRADES = ['初级', '中级', '高级'] as const;
const HELD = /(\d{4})年(?:(\d{1,2})月)?[^，,。；;？?]{0,20}?(?:取得|拿到|获得|考取|考到|拿了)(?:了)?(?:党务工作者)?(初级|中级)(?:证书|证)?/;
const ASKED = /(?:最早|最快|最少|至少|才能|才有|可以|可能)[^。？?]{0,24}?(?:申请|取得|拿到|晋升|晋级到?|考)(?:为)?(中级|高级)/;
const RULE = /持(初级|中级)证书满一年(?:的)?[^。；\n]{0,6}?申请(中级|高级)/;

export function suggestByCertLevel(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  if (truthOptions(pasted.options) || pasted.declaredType === '判断' || pasted.declaredType === '多选') return undefined;
  const stem = pasted.stem.replace(/\s/g, '');
  // The highest grade the case says was obtained, and when (2022年取得初级，2023年9月取得中级: 中级 in 2023年9月).
  const held = [...stem.matchAll(new RegExp(HELD.source, 'g'))]
    .sort((a, b) => GRADES.indexOf(a[3] as never) - GRADES.indexOf(b[3] as never))
    .at(-1);
  const asked = ASKED.exec(stem.slice(held ? held.index + held[0].length : 0));
  if (!held || !asked) return undefined;
  const steps = GRADES.indexOf(asked[1] as (typeof GRADES)[number]) - GRADES.indexOf(held[3] as (typeof GRADES)[number]);
  if (steps < 1) return undefined;
  const rule = ruleSentence(hits);
  if (!rule) return undefined;
  const year = Number(held[1]) + steps;
  const month = held[2] ? Number(held[2]) : undefined;
  const when = `${year}年${month ? `${month}月` : ''}`;
  const sentence = `${rule.sentence}${held[1]}年${month ? `${month}月` : ''}取得${held[3]}证书，逐级晋升、每级持证满一年，最早${when}可以申请${asked[1]}证书。`;
  const passage = { ...rule.hit, text: sentence, coverage: 1, title: '持证年限计算' };
  if (pasted.options.length >= 2) {
    const named = pasted.options.flatMap((o, i) => {
      const m = /^(\d{4})(?:年)?(?:(\d{1,2})月)?(?:份)?$/.exec(o.replace(/\s/g, ''));
      if (!m || Number(m[1]) !== year) return [];
      // An option with a month is the answer only for the month the stem gives; one without, only when it gives none.
      return (m[2] ? Number(m[2]) === month : month === undefined || pasted.options.every((x) => !/月/.test(x))) ? [i] : [];
    });
    if (named.length !== 1) return undefined;
    const [i] = named as [number];
    return { kind: 'hedged', choice: ['ABCDEF'[i]!], answerTexts: [pasted.options[i]!], sentence, passage, basis: 'calculation' };
  }
  if (!/[（(]\s*[)）]|_{2,}/.test(pasted.stem)) return undefined;
  return {
    kind: 'hedged',
    choice: [],
    answerTexts: [/[（(]\s*[)）]\s*年|_{2,}\s*年/.test(pasted.stem) ? String(year) : when],
    sentence,
    passage,
    basis: 'calculation',
  };
}

/** The grade the stem counts from, with no date (从取得初级证书起, 拿到初级证后). */
const HELD_SINCE = /(?:取得|拿到|获得|考取|持有|拿了)(?:了)?(?:党务工作者)?(初级|中级)(?:证书|证)?/;
/** How long is asked (最快多久, 至少几年, 多长时间), not which year. */
const HOW_LONG = /多久|多长时间|几年/;
/** An option that is a span of years (两年, 2年, 至少一年). */
const SPAN_OPTION = /^(?:至少|最少|最快|满)?(\d|[一二两三四五])年(?:以上|后|之后)?$/;

/**
 * "从取得初级证书起，最快多久才能取得高级证书": the same rule counted as a span, not a year: one full year a grade,
 * so 初级 to 高级 is two years at the least. Answered as the one option naming that many years, with the rule among
 * the passages found for the stem; a stem with a year of its own is suggestByCertLevel's.
 */
export function suggestByCertWait(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  if (pasted.options.length < 2 || truthOptions(pasted.options) || pasted.declaredType === '判断' || pasted.declaredType === '多选')
    return undefined;
  const stem = pasted.stem.replace(/\s/g, '');
  const held = HELD_SINCE.exec(stem);
  if (!held || /\d{4}年/.test(stem) || /不能|不可以|不得|无法/.test(stem)) return undefined;
  const rest = stem.slice(held.index + held[0].length);
  const asked = ASKED.exec(rest) ?? /(?:取得|拿到|申请|晋升|晋级到?|考)(?:到|为)?(中级|高级)/.exec(rest);
  if (!asked || !HOW_LONG.test(rest)) return undefined;
  const steps = GRADES.indexOf(asked[1] as (typeof GRADES)[number]) - GRADES.indexOf(held[1] as (typeof GRADES)[number]);
  if (steps < 1) return undefined;
  const rule = ruleSentence(hits);
  if (!rule) return undefined;
  const named = pasted.options.flatMap((o, i) => {
    const m = SPAN_OPTION.exec(o.replace(/\s/g, ''));
    return m && (YEARS[m[1]!] ?? Number(m[1])) === steps ? [i] : [];
  });
  if (named.length !== 1) return undefined;
  const [i] = named as [number];
  const sentence = `${rule.sentence}从取得${held[1]}证书起，逐级晋升、每级持证满一年，至少${steps}年才可能取得${asked[1]}证书。`;
  const passage = { ...rule.hit, text: sentence, coverage: 1, title: '持证年限计算' };
  return { kind: 'hedged', choice: ['ABCDEF'[i]!], answerTexts: [pasted.options[i]!], sentence, passage, basis: 'calculation' };
}

/** The handbook sentence stating the rule (both steps), among the passages found for the stem. */
function ruleSentence(hits: PassageHit[]): { sentence: string; hit: PassageHit } | undefined {
  for (const hit of hits)
    for (const sentence of hit.text.split(/(?<=[。！？\n])/).map((s) => s.trim()))
      if (RULE.test(sentence) && /中级/.test(sentence) && /高级/.test(sentence))
        return { sentence: sentence.replace(/^\d+\.\s*/, ''), hit };
  return undefined;
}

/** Going up: the grade applied for or obtained. */
const GOES_TO = /(?:申请|取得|拿到|考取|考到|晋升|晋级|考)(?:到|为)?(中级|高级)(?:证书|证)?/g;
/** A grade the statement says is held (持有中级证书, 取得初级证书, 拿到初级). */
const HOLDS = /(?:持有?|取得|拿到|获得|考取)(?:了)?(初级|中级)(?:证书|证)?/g;
const SKIPS = /直接|跳过|越级|跳级/;
const SHORT_OF_A_YEAR = /(?:未满|不满|不到|没满)(?:1|一)年/;
const A_FULL_YEAR = /满(?:1|一)年/;
const AT_LEAST_YEARS = /(?:至少|最少|最快|最早)[^，,。；;]{0,4}?(\d|[一二两三四])年/;
const YEARS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4 };

/**
 * A statement on going up a grade, judged by the rule (one grade at a time, each after holding the one below a full
 * year): skipping a grade (直接申请高级, 跳过中级) or applying short of a year (持中级未满一年…可以申请高级) is false;
 * a full year held for the next grade, or at least two years from 初级 to 高级, is true. Only for a statement that
 * asks one grade, with the rule among the passages found.
 */
export function judgeCertStep(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  const truth = truthOptions(pasted.options);
  if (pasted.options.length > 0 && !truth) return undefined;
  // A blank inside asks for words; the box a 判断 puts after its full stop (…高级证书。（ ）) does not.
  if (hasInnerBlank(pasted.stem) && pasted.declaredType !== '判断' && !truth) return undefined;
  const stem = pasted.stem.replace(/\s/g, '').replace(/[（(]\s*[)）]/g, '');
  const asked = [...stem.matchAll(GOES_TO)];
  if (asked.length !== 1 || /不能|不可以|不得|无法|不行/.test(stem)) return undefined;
  const rule = ruleSentence(hits);
  if (!rule) return undefined;
  const to = asked[0]!;
  const before = stem.slice(0, to.index);
  const held = [...before.matchAll(HOLDS)].map((m) => m[1]!).at(-1);
  const verdict = (right: boolean): Extract<HandbookSuggestion, { kind: 'hedged' }> => ({
    kind: 'hedged',
    choice: truth ? ['ABCDEF'[right ? truth.true : truth.false]!] : [],
    answerTexts: [right ? '正确' : '错误'],
    sentence: rule.sentence,
    passage: rule.hit,
    basis: 'handbook',
  });
  const steps = held ? GRADES.indexOf(to[1] as (typeof GRADES)[number]) - GRADES.indexOf(held as (typeof GRADES)[number]) : undefined;
  // 高级 straight away, or from 初级, without 中级 held between.
  if (to[1] === '高级' && held !== '中级' && SKIPS.test(before.slice(-12))) return verdict(false);
  if (steps === 1 && SHORT_OF_A_YEAR.test(before)) return verdict(false);
  if (steps === 1 && A_FULL_YEAR.test(before) && !SKIPS.test(before)) return verdict(true);
  const least = AT_LEAST_YEARS.exec(stem);
  if (steps === 2 && least) return verdict((YEARS[least[1]!] ?? Number(least[1])) === 2);
  return undefined;
}
