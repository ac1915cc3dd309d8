import { parsePasted, truthOptions } from './paste';
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

/** The handbook sentence stating the rule (both steps), among the passages found for the stem. */
function ruleSentence(hits: PassageHit[]): { sentence: string; hit: PassageHit } | undefined {
  for (const hit of hits)
    for (const sentence of hit.text.split(/(?<=[。！？\n])/).map((s) => s.trim()))
      if (RULE.test(sentence) && /中级/.test(sentence) && /高级/.test(sentence))
        return { sentence: sentence.replace(/^\d+\.\s*/, ''), hit };
  return undefined;
}
