import { alignable } from './cloze';
import { NEGATIVE_CHOICE, parsePasted, truthOptions } from './paste';
import { hedgedChoice, pickSide, sectionLine } from './sorted-options';
import type { HandbookSuggestion } from './suggest';

/**
 * Which meetings are held at a given interval (下列会议中一般每月召开一次的有): each option a meeting whose interval the
 * handbook states — the 三会一课 list (支部党员大会 每季度, 支委会 and 党小组会 每月, 党课 每季度 as commonly done),
 * 主题党日 每月, 组织生活会 每年. An option that is no such meeting leaves the question.
 */

type Hedged = Extract<HandbookSuggestion, { kind: 'hedged' }>;
type Interval = '月' | '季度' | '年';

/** Each meeting by the words an option names it with, the interval, and the section and line that state it. */
const MEETINGS: { name: RegExp; interval: Interval; section: string; line: string }[] = [
  { name: /^(?:支部)?党员大会$|^支部大会$/, interval: '季度', section: 'life.overview', line: '- 支部党员大会' },
  { name: /^(?:支部委员会|支委会)(?:会议)?$/, interval: '月', section: 'life.overview', line: '- 支部委员会会议' },
  { name: /^党小组会(?:议)?$/, interval: '月', section: 'life.overview', line: '- 党小组会' },
  { name: /^(?:上)?党课$/, interval: '季度', section: 'life.overview', line: '- 党课' },
  { name: /^主题党日(?:活动)?$/, interval: '月', section: 'life.theme-day', line: '主题党日是党支部每月' },
  { name: /^组织生活会$/, interval: '年', section: 'life.review-meeting', line: '组织生活会是党支部' },
];

const ASKED = /每(月|季度|年)(?:召开|开|举行|安排|开展)?(?:1|一)次/;

export function suggestByMeetingFrequency(raw: string): Hedged | undefined {
  const pasted = parsePasted(raw);
  const { options } = pasted;
  const stem = alignable(pasted.stem);
  const asked = ASKED.exec(stem)?.[1] as Interval | undefined;
  if (!asked || options.length < 3 || truthOptions(options) || !/会议|会|哪些|的有|的是/.test(stem)) return undefined;
  const placed = options.map((o) => MEETINGS.find((m) => m.name.test(alignable(o).replace(/[“”"（）()]/g, ''))));
  if (placed.some((m) => m === undefined)) return undefined;
  const negative = NEGATIVE_CHOICE.test(pasted.stem);
  const picked = pickSide(
    placed.map((m) => m!.interval === asked),
    negative,
    pasted.declaredType,
  );
  if (!picked) return undefined;
  const by = placed[picked[0]!]!;
  const rule = sectionLine(by.section, (l) => l.startsWith(by.line));
  return rule && hedgedChoice(options, picked, rule);
}
