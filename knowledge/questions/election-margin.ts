import { alignable } from './cloze';
import { parsePasted, truthOptions } from './paste';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * The least number of candidates (or the least 差额) for an election the stem tells by its seats: 委员候选人的差额不少于
 * 应选人数的20% — a head count is whole, so the 差额 is the share rounded up (应选7名: 1.4 → 2,候选人至少9名). Worked
 * out only when a passage found for the stem states the rule, with the stem's percentage if it names one.
 */

// The seats are a head count (应选支部委员7名), never the percentage after 应选人数.
const SEATS = /应选(?:支部委员会?委员|支部委员|支委会?委员|委员|支委|人数)?(?:为|是|有)?(\d+)[名人个位]/;
const PERCENT = /(\d+(?:\.\d+)?)%/;
const BLANK = String.raw`(?:[（(]\s*[)）]|_+)`;
/** What the blank asks: the candidates (候选人至少应为（）名) or the 差额 itself (差额至少（）名). */
const ASKS_CANDIDATES = new RegExp(`候选人[^，,。；;]{0,10}?(?:至少|最少|不少于|起码|不能少于)[^，,。；;]{0,6}?${BLANK}`);
const ASKS_MARGIN = new RegExp(`差额[^，,。；;]{0,10}?(?:至少|最少|不少于|起码|不能少于)[^，,。；;]{0,6}?${BLANK}`);
const RULE = /差额不少于应选人数的(\d+(?:\.\d+)?)%/;
const LETTERS = 'ABCDEFGH';

export function suggestByMargin(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  if (truthOptions(pasted.options) || pasted.declaredType === '判断' || pasted.declaredType === '多选') return undefined;
  const stem = alignable(pasted.stem);
  if (!/差额/.test(stem)) return undefined;
  const seats = SEATS.exec(stem);
  const asksCandidates = ASKS_CANDIDATES.test(stem);
  if (!seats || (!asksCandidates && !ASKS_MARGIN.test(stem))) return undefined;
  const rule = ruleSentence(hits);
  if (!rule) return undefined;
  const percent = Number(PERCENT.exec(stem.replace(/^[^差]*/, ''))?.[1] ?? rule.percent);
  if (percent !== rule.percent) return undefined;
  const n = Number(seats[1]);
  if (!(n >= 1 && n <= 50)) return undefined;
  // Whole people: at least the share, rounded up (1.4 → 2); in hundredths, so 5 × 20% is 1 exactly.
  const margin = Math.ceil((n * percent) / 100 - 1e-9);
  const value = asksCandidates ? n + margin : margin;
  const sentence = `${rule.sentence.replace(/[，,].*$/, '')}：应选${n}名，${n}×${percent}%=${Math.round(n * percent) / 100}，人数不能是小数、不足一人按一人计，差额至少${margin}名，候选人至少${n + margin}名。`;
  const passage = { ...rule.hit, text: sentence, coverage: 1, title: '差额计算' };
  if (pasted.options.length >= 2) {
    const named = pasted.options.flatMap((o, i) => ((alignable(o).match(/\d+/g) ?? []).map(Number).join() === String(value) ? [i] : []));
    if (named.length !== 1) return undefined;
    const [i] = named as [number];
    return { kind: 'hedged', choice: [LETTERS[i]!], answerTexts: [pasted.options[i]!], sentence, passage, basis: 'calculation' };
  }
  return { kind: 'hedged', choice: [], answerTexts: [String(value)], sentence, passage, basis: 'calculation' };
}

/** The handbook sentence stating the rule, among the passages found for the stem. */
function ruleSentence(hits: PassageHit[]): { sentence: string; percent: number; hit: PassageHit } | undefined {
  for (const hit of hits)
    for (const sentence of hit.text.split(/(?<=[。；！？\n])/).map((s) => s.trim())) {
      const m = RULE.exec(alignable(sentence));
      if (m) return { sentence, percent: Number(m[1]), hit };
    }
  return undefined;
}
