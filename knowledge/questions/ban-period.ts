import { alignable } from './cloze';
import { handbookSentences } from './false-statement';
import { smallNumber } from './influence-period';
import { parsePasted, truthOptions } from './paste';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * A 处分's ban, "受开除党籍处分的，五年内不得重新入党", asked the other way round: how long one must wait (被开除党籍的人
 * 想再次入党，至少得等（）年), until when (2023年3月受到开除党籍处分，在（）年3月之前不得重新入党), or whether a case
 * breaks it (2021年被开除党籍，2024年可以接收他重新入党). Worked out only from a sentence found for the stem that states
 * the ban for the 处分 the stem names, about what the stem says is done (入党 in 重新入党).
 */

const KIND = /开除党籍|撤销党内职务|严重警告|警告|留党察看/;
/** The ban: the 处分, how many years, and what is barred. */
const BAN =
  /受(开除党籍|撤销党内职务|严重警告|警告|留党察看)处分的[，,]?\s*([一二两三四五六七八九十\d]{1,3})年内[，,]?不得([^，,。；;、]{2,24})/;
const BLANK = /[（(]\s*[)）]|_{2,}/;
const YEAR = /(\d{4})年(?:(\d{1,2})月)?/g;

/** The words of what is barred the stem must say (入党 of 重新入党; 担任 of 在党内担任…). */
function barredIn(barred: string, stem: string): boolean {
  const core = barred.replace(/^(?:重新|在党内|再)/, '');
  return alignable(stem).includes(alignable(core.slice(0, 2)));
}

export function suggestByBanPeriod(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  const truth = truthOptions(pasted.options);
  if (pasted.options.length > 0 && !truth) return undefined;
  const stem = pasted.stem.replace(/\s/g, '').replace(/(?<=开除|撤销)了/g, '');
  const kind = KIND.exec(stem)?.[0];
  if (!kind) return undefined;
  for (const { hit, sentence } of handbookSentences(hits)) {
    const ban = BAN.exec(sentence);
    if (!ban || ban[1] !== kind || !barredIn(ban[3]!, stem)) continue;
    const years = smallNumber(ban[2]!);
    if (!years) continue;
    const hedged = (answerTexts: string[], choice: string[] = []): Extract<HandbookSuggestion, { kind: 'hedged' }> => ({
      kind: 'hedged',
      choice,
      answerTexts,
      sentence: sentence.replace(/^[-*\s]+/, ''),
      passage: hit,
      basis: 'handbook',
    });
    const dates = [...stem.matchAll(YEAR)];
    // A blank after the statement's end (重新入党。（ ）) is where 对 or 错 is marked, not a blank to fill.
    const blanks = stem.replace(/[。.！!？?]\s*[（(]\s*[)）]/g, '。').match(new RegExp(BLANK.source, 'g'))?.length ?? 0;
    if (blanks === 1 && !truth && pasted.declaredType !== '判断') {
      const at = stem.search(BLANK);
      const after = stem.slice(at).replace(BLANK, '');
      // Until when: the year of the 处分 plus the ban (在（）年3月之前).
      if (/^年(?:\d{1,2}月)?(?:之前|以前|前)/.test(after) && dates.length === 1 && dates[0]!.index! < at)
        return hedged([String(Number(dates[0]![1]) + years)]);
      // How long: a wait (等, 过, 隔) or the ban's own words, the blank followed by 年.
      if (/^年/.test(after) && dates.length === 0 && /(?:等|过|隔|满|要|得|经过|至少|最少|起码)$|^$/.test(stem.slice(0, at).slice(-2)))
        return hedged([ban[2]!]);
      if (/^年(?:内|以内|之内)/.test(after) && dates.length === 0) return hedged([ban[2]!]);
      return undefined;
    }
    // A case: the 处分's year and a later year in which it is said to be allowed, sooner than the ban ends.
    if (blanks === 0 || truth || pasted.declaredType === '判断') {
      if (dates.length !== 2 || !/可以|能够?|准予|允许/.test(stem) || /不(?:可以|能|得|准)/.test(stem)) return undefined;
      const gap = Number(dates[1]![1]) - Number(dates[0]![1]);
      if (gap < 0 || gap >= years) return undefined;
      return hedged(['错误'], truth ? ['ABCDEF'[truth.false]!] : []);
    }
  }
  return undefined;
}
