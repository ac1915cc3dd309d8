import { alignable } from './cloze';
import { parsePasted } from './paste';
import { sectionLine } from './sorted-options';
import type { HandbookSuggestion } from './suggest';

/**
 * A cloze of how often meetings are held (支部党员大会一般每（ ）召开一次，党小组会一般每（ ）召开一次): each blank after
 * 每 and before 召开一次 asks the interval of the one meeting its own clause names, which the handbook states line by
 * line (支部党员大会 每季度, 支委会 and 党小组会 每月, 主题党日 每月, 组织生活会 每年). Two meetings in one clause are
 * filled only when both have that interval (支委会和党小组会 每月). A blank so placed whose clause names no such
 * meeting, or two of different intervals, or 党课 (whose 每季度 is common practice rather than the rule), is not
 * filled by any reading: words of another meeting's line put there (月 for 党课) would be a guess.
 */

type Hedged = Extract<HandbookSuggestion, { kind: 'hedged' }>;

const MEETINGS: { name: RegExp; interval: string; section: string; line: string }[] = [
  { name: /(?:支部)?党员大会|支部大会/g, interval: '季度', section: 'life.overview', line: '- 支部党员大会' },
  { name: /支部委员会(?:会议)?|支委会/g, interval: '月', section: 'life.overview', line: '- 支部委员会会议' },
  { name: /党小组会(?:议)?/g, interval: '月', section: 'life.overview', line: '- 党小组会' },
  { name: /主题党日/g, interval: '月', section: 'life.theme-day', line: '主题党日是党支部每月' },
  { name: /组织生活会/g, interval: '年', section: 'life.review-meeting', line: '组织生活会是党支部' },
];
const OTHER_MEETING = /党课|民主生活会|民主评议|谈心谈话/;
const BLANK = /[（(]\s*[)）]|_{2,}/g;
/** What stands right before the blank: 每, with 一般 or 要 before it. */
const EVERY_BEFORE = /每\s*$/;
/** What follows it: the meeting held once (召开一次, 开1次, 举行一次). */
const ONCE_AFTER = /^\s*(?:召开|开|举行|开展|组织)\s*(?:1|一)\s*次/;

export function suggestByMeetingCloze(raw: string): Hedged | Extract<HandbookSuggestion, { kind: 'abstain' }> | undefined {
  const pasted = parsePasted(raw);
  if (pasted.options.length > 0 || (pasted.declaredType && pasted.declaredType !== '填空')) return undefined;
  const stem = alignable(pasted.stem);
  const blanks = [...pasted.stem.matchAll(BLANK)];
  if (blanks.length === 0 || blanks.length !== [...stem.matchAll(BLANK)].length) return undefined;
  const fills: { interval: string; section: string; line: string }[] = [];
  let from = 0;
  for (const blank of stem.matchAll(BLANK)) {
    const before = stem.slice(from, blank.index);
    const after = stem.slice(blank.index! + blank[0].length);
    from = blank.index! + blank[0].length;
    if (!EVERY_BEFORE.test(before) || !ONCE_AFTER.test(after)) return undefined;
    // The blank's own clause: from the last clause mark before it.
    const clause = before.split(/[，,。；;]/).at(-1)!;
    const named = MEETINGS.filter((m) => [...clause.matchAll(m.name)].length > 0);
    if (OTHER_MEETING.test(clause) || (named.length > 0 && named.some((m) => m.interval !== named[0]!.interval)))
      return { kind: 'abstain' };
    if (named.length === 0) return undefined;
    fills.push(named[0]!);
  }
  const lines = fills.map((f) => sectionLine(f.section, (l) => l.startsWith(f.line)));
  if (lines.some((l) => !l)) return undefined;
  const [first, ...rest] = lines.map((l) => l!);
  return {
    kind: 'hedged',
    choice: [],
    answerTexts: fills.map((f) => f.interval),
    sentence: first!.sentence,
    passage: first!.passage,
    basis: 'handbook',
    ...(rest.length > 0 ? { more: rest.map((l) => ({ sentence: l.sentence, passage: l.passage, basis: 'handbook' as const })) } : {}),
  };
}
