import { alignable } from './cloze';
import { hasInnerBlank, parsePasted, truthOptions } from './paste';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * "受警告处分8个月后又受严重警告处分，新的影响期为（）": a 处分 within the influence period of an earlier one has, as
 * its influence period, what was left of the earlier one plus its own (纪律处分条例 总则; the handbook's
 * discipline.influence-period). Worked out only when a passage found for the stem states that rule, for the 处分 whose
 * period is one fixed length (警告 一年, 严重警告 一年半, 撤销党内职务 二年), and answered only as the one option (or
 * the blank) naming that length.
 */

const MONTHS: Record<string, number> = { 严重警告: 18, 警告: 12, 撤销党内职务: 24 };
const KIND = '严重警告|警告|撤销党内职务|留党察看|开除党籍';
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUMBER = String.raw`\d{1,3}|[零〇一二两三四五六七八九十]{1,3}|半`;

/** A small number written in digits or Chinese (八, 十, 十一, 二十二), or 半 as one half. */
export function smallNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '半') return 0.5;
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (m && (m[1] || m[2] || m[3])) {
    if (!m[2]) return m[3] ? undefined : DIGITS[m[1]!];
    return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
  }
  return undefined;
}

/** A length of time in months (一年十个月, 2年6个月, 一年半, 二十二个月, 半年), or undefined when the text is not one. */
export function monthsIn(text: string): number | undefined {
  const t = text.replace(/\s/g, '').replace(/[。.，,]$/, '');
  const m = new RegExp(`^(?:(${NUMBER})年(半)?)?(?:(${NUMBER})个?月)?$`).exec(t);
  if (!m || (!m[1] && !m[3])) return undefined;
  const years = m[1] ? smallNumber(m[1]) : 0;
  const months = m[3] ? smallNumber(m[3]) : 0;
  if (years === undefined || months === undefined) return undefined;
  return years * 12 + (m[2] ? 6 : 0) + months;
}

/** A length in months written as an answer is: 一年十个月, 二年, 一年半. */
function written(months: number): string {
  const cn = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
  const y = Math.floor(months / 12);
  const m = months % 12;
  const years = y > 0 ? `${cn[y]}年` : '';
  if (m === 0) return years;
  if (m === 6 && y > 0) return `${years}半`;
  return `${years}${cn[m]}个月`;
}

const CASE = new RegExp(
  `受(?:到)?(?:了)?(${KIND})处分[，,]?(?:满了?|已经?|过了|又过了|经过了?)?(${NUMBER})个?(月|年)(?:后|时|以后|之后|的时候)?[^。？?]{0,16}?又[^。？?]{0,16}?受(?:到)?(?:了)?(${KIND})处分`,
);
const RULE = /影响期内又受到党纪处分的[^。]*之和/;

export function suggestByInfluencePeriod(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  if (truthOptions(pasted.options) || pasted.declaredType === '判断' || pasted.declaredType === '多选') return undefined;
  const stem = pasted.stem.replace(/\s/g, '');
  if (!/影响期/.test(stem)) return undefined;
  const c = CASE.exec(stem);
  if (!c) return undefined;
  const first = MONTHS[c[1]!];
  const next = MONTHS[c[4]!];
  const elapsedN = smallNumber(c[2]!);
  if (first === undefined || next === undefined || elapsedN === undefined) return undefined;
  const elapsed = c[3] === '年' ? elapsedN * 12 : elapsedN;
  // Only within the earlier period: after it, the new 处分 has its own period alone, and that is not this rule.
  if (!(elapsed > 0 && elapsed < first)) return undefined;
  const rule = ruleSentence(hits);
  if (!rule) return undefined;
  const total = first - elapsed + next;
  const sentence = `${rule.sentence}${c[1]}处分的影响期${written(first)}，${written(elapsed) || `${elapsed}个月`}后还剩${written(first - elapsed)}，加上${c[4]}处分的${written(next)}，新的影响期为${written(total)}。`;
  const passage = { ...rule.hit, text: sentence, coverage: 1, title: '影响期计算' };
  if (pasted.options.length >= 2) {
    const named = pasted.options.flatMap((o, i) => (monthsIn(o) === total ? [i] : []));
    if (named.length !== 1) return undefined;
    const [i] = named as [number];
    return { kind: 'hedged', choice: ['ABCDEF'[i]!], answerTexts: [pasted.options[i]!], sentence, passage, basis: 'calculation' };
  }
  if (!hasInnerBlank(pasted.stem)) return undefined;
  return { kind: 'hedged', choice: [], answerTexts: [written(total)], sentence, passage, basis: 'calculation' };
}

/** The handbook sentence stating the rule, among the passages found for the stem. */
function ruleSentence(hits: PassageHit[]): { sentence: string; hit: PassageHit } | undefined {
  for (const hit of hits)
    for (const sentence of hit.text.split(/(?<=[。！？\n])/).map((s) => s.trim()))
      if (RULE.test(alignable(sentence)) || RULE.test(sentence)) return { sentence, hit };
  return undefined;
}
