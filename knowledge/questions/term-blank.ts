import { alignable } from './cloze';
import { parsePasted } from './paste';
import { sectionLine } from './sorted-options';
import type { HandbookSuggestion } from './suggest';
import { ASKS_TERM, OTHER_TERM_ASK, usualTermFor } from './term-length';

/**
 * A blank for how long one body's term is (支部委员会一般每届任期____年, 社区党委（ ）年一届). The handbook (branch.term)
 * answers a 村 or 社区 body with 5 years, and any other body, where the stem says 一般 or cites the 2018 意见, with its
 * usual length (支部 3, 基层党委 5). A stem citing the 党章 asks for its range, and one saying neither may mean either:
 * those are left unanswered — not filled from the sentence on the old 党章 (两年或三年) that the search also finds.
 */

/** The blank where the term's length goes: after 任期 (…任期一般为____年) or before 年一届. */
const TERM_BLANK = /任期[^，,。；;（(_＿]{0,4}(?:[（(]\s*[)）]|[_＿]{2,})\s*(年)?|(?:[（(]\s*[)）]|[_＿]{2,})\s*(年)一届/;
const BLANKS = /[（(]\s*[)）]|[_＿]{2,}/g;

export function suggestByTermBlank(raw: string): HandbookSuggestion | undefined {
  const pasted = parsePasted(raw);
  if (pasted.options.length > 0 || (pasted.declaredType && pasted.declaredType !== '填空')) return undefined;
  const stem = pasted.stem;
  if ((stem.match(BLANKS) ?? []).length !== 1) return undefined;
  const blank = TERM_BLANK.exec(stem);
  if (!blank || !ASKS_TERM.test(stem) || OTHER_TERM_ASK.test(stem)) return undefined;
  const usual = usualTermFor(alignable(stem));
  const village = usual === '5' && /村|社区/.test(stem);
  const charter = /党章/.test(stem);
  const opinion = /意见|2018|中办|中共中央办公厅/.test(stem) || /一般|通常/.test(stem);
  if (!usual || charter || !(village || opinion)) return { kind: 'abstain' };
  const rule = sectionLine('branch.term', (l) => l.startsWith('党的基层委员会、总支部委员会和支部委员会，每届任期'));
  if (!rule) return undefined;
  // The stem's own 年 after the blank is not filled in again.
  const unit = blank[1] || blank[2] ? '' : '年';
  return {
    kind: 'hedged',
    choice: [],
    answerTexts: [`${usual}${unit}`],
    sentence: rule.sentence,
    passage: rule.passage,
    basis: 'handbook',
  };
}
