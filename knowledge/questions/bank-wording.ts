import { numeralValue } from './cloze';

/**
 * Whether a pasted text says what the bank's text says, up to a typo: the test a bank match must pass before its
 * answer is given as certain. Two stems a character apart are usually the same question with a typo (党记 for 党纪),
 * but not when that character carries the meaning: a number (三 / 五), a negation (不), a bound or a direction
 * (以上 / 以下, 至少 / 最多), a period (每年 / 每月), a level (省 / 县) or a role (书记 / 副书记, 党委 / 党组). Such a paste is
 * a near miss: the bank's answer is for another question, so it is at most a suggestion.
 */

/** Characters whose change changes the question (compared texts are squashed: no punctuation, lower case). */
const MEANING =
  /[0-9零〇一二两三四五六七八九十百千万半不非无未没否勿禁免上下前后内外多少高低大小长短满超足逾最至仅只均全年月日周天季时届次省市县区乡镇村街社央正副预总委组支团员男女新旧可应须必撤降留除被直间差严]/;
/** What a copy or a scan puts for a character it lost: it says nothing, so it changes nothing. */
const PLACEHOLDER = /^[某□■?？*＊○◯�]+$/;
/** Words that add no meaning of their own (的, 和, 及, 等…). */
const FILLER = /^[的了和及与或等之其并也都而个着地得所]+$/;
const NUMERAL = /^[0-9零〇一二两三四五六七八九十百千万]+$/;

/** The runs where two texts differ, after the longest common subsequence is taken out: [bank's run, paste's run]. */
export function differences(bank: string, pasted: string): [string, string][] {
  const n = bank.length;
  const m = pasted.length;
  // Suffix LCS lengths, then a walk from the start that gathers the unmatched runs in order.
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = bank[i] === pasted[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: [string, string][] = [];
  let i = 0;
  let j = 0;
  let a = '';
  let b = '';
  const flush = () => {
    if (a || b) out.push([a, b]);
    a = '';
    b = '';
  };
  while (i < n || j < m) {
    if (i < n && j < m && bank[i] === pasted[j]) {
      flush();
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) a += bank[i++];
    else b += pasted[j++];
  }
  flush();
  return out;
}

const countValue = (numeral: string) => (/^\d+$/.test(numeral) ? Number(numeral) : numeralValue(numeral));

/** Whether one run of differences is a typo or noise rather than another meaning (`typos`: a character put for another). */
function harmless([bank, pasted]: [string, string], typos: boolean): boolean {
  // A character lost in the copy (某 for 纪, 某五 for 十五): the paste names nothing else.
  if (pasted && PLACEHOLDER.test(pasted) && bank.length <= pasted.length) return true;
  // The same number in other figures (5 / 五, 十五 / 15).
  if (NUMERAL.test(bank) && NUMERAL.test(pasted)) return countValue(bank) === countValue(pasted);
  if (MEANING.test(bank) || MEANING.test(pasted)) return false;
  // A character left out or added (不交党费 / 不交纳党费), or small words (党的组织生活 / 党组织生活); a word put for
  // another only when it is one character (a typo). A word added is a qualifier (警告 / 严重警告): another meaning.
  if (!bank || !pasted) return (typos && (bank || pasted).length === 1) || FILLER.test(bank || pasted);
  return typos && bank.length === 1 && pasted.length === 1;
}

/**
 * Whether the pasted (squashed) text differs from the bank's (squashed) text by typos and noise only. Without `typos`,
 * only by noise (a lost character, small words, a number in other figures): for a statement to be judged, whose every
 * word carries its truth (批准 / 批示), a character put for another is already another statement.
 */
export function sameWording(bank: string, pasted: string, typos = true): boolean {
  if (bank === pasted) return true;
  const runs = differences(bank, pasted);
  // Words moved (红色、橙色 / 橙色、红色) are another order, which an option may be about: the same words, not the same text.
  const left = new Set(runs.filter(([b, p]) => b && !p).map(([b]) => b));
  if (runs.some(([b, p]) => !b && p.length >= 2 && left.has(p))) return false;
  return runs.every((run) => harmless(run, typos));
}
