import { handbookSentences } from './false-statement';
import { hasInnerBlank, parsePasted } from './paste';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * paste31: the rate of one 党费 band asked as a blank (工资收入在5000元以上至10000元（含10000元）的，交纳月工资收入的
 * （ ）; 离退休费在5000元以下的，交纳（ ）): the handbook lists the bands one by one (…以上至…的，交纳1.5%), and the
 * blank is the rate of the band that holds the asked one (the same bounds, or narrower) — read from the band's own clause, whatever words lead into the
 * rate in the stem. Only when the stem names one band, the clause names the same, and both are of the same members
 * (离退休 or not: their bands differ).
 */

/** A band's bounds (以下: from 0; 以上 with no upper bound: to Infinity), from the words of one band. */
interface Band {
  low: number;
  high: number;
}

const BAND = /(\d+)元以上至(\d+)元|(\d+)元以下|(\d+)元以上/g;
const bandsIn = (text: string): Band[] =>
  [...text.replace(/[（(]含\d+元[)）]/g, '').matchAll(BAND)].map((m) =>
    m[1] ? { low: Number(m[1]), high: Number(m[2]) } : m[3] ? { low: 0, high: Number(m[3]) } : { low: Number(m[4]), high: Infinity },
  );
const RETIRED = /离退休|退休/;
const RATE = /交纳?(?:[^，,。；;\d]{0,10}的)?\s*(\d+(?:\.\d+)?%)/;

export function suggestByBandRate(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const { stem, options, declaredType } = parsePasted(raw);
  if (options.length > 0 || (declaredType && declaredType !== '填空') || !hasInnerBlank(stem)) return undefined;
  // The blank is the rate: after 交纳 (交纳月工资收入的（ ）), with one band before it and no other amount in the stem.
  // (…总额的____%作为党费。: the words naming what the sum is for may follow the blank.)
  if (
    !/交纳?[^，,。；;]{0,12}(?:[（(]\s*[)）]|[_＿]{2,})\s*%?\s*(?:作为党费|的党费)?\s*[。；;]?\s*$/.test(stem) ||
    !/收入|工资|离退休费|退休费|党费/.test(stem)
  )
    return undefined;
  const asked = bandsIn(stem);
  if (asked.length !== 1) return undefined;
  const [band] = asked as [Band];
  const retired = RETIRED.test(stem);
  for (const { hit, sentence } of handbookSentences(hits)) {
    if (RETIRED.test(sentence) !== retired || !/交纳/.test(sentence)) continue;
    // Each band's clause (a list item, or a clause parted by ； in one sentence): its band and its rate.
    for (const clause of sentence.split(/(?<=[；;])/)) {
      const bands = bandsIn(clause);
      const rate = RATE.exec(clause);
      // The asked band lies within the clause's (离退休费10000元以上 within 5000元以上): the whole of it pays that rate.
      if (bands.length !== 1 || !rate || band.low < bands[0]!.low || band.high > bands[0]!.high) continue;
      const quote = sentence.replace(/^[-*]\s*/, '').trim();
      return { kind: 'hedged', choice: [], answerTexts: [rate[1]!], sentence: quote, passage: hit, basis: 'handbook' };
    }
  }
  return undefined;
}
