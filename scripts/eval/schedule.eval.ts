/**
 * Schedule phrase evaluation (`npm run eval -- schedule`): each phrase a secretary or member might type goes
 * through the rule parser (no model) with the clock set to the item's `from`, and its next dates (北京时间) are
 * compared with the expected ones. Judged as
 *   right   — parsed, and the next dates are exactly the expected ones (or refused with the expected reason);
 *   refused — not parsed, where dates were expected (the user is asked to say it again: annoying, not harmful);
 *   wrong   — parsed into other dates, or a phrase that should be refused was accepted (harmful: a reminder at
 *             the wrong time).
 *
 * Two halves: eval/sets/schedule-tuning.jsonl is the one the parser is tuned on; eval/sets/schedule-heldout.jsonl
 * is never looked at while tuning and only its totals are printed (EVAL_SHOW_HELDOUT=1 lists its misses).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { occurrencesAfter, parseSchedule } from '../../bot/scheduler/parse';
import { hm, isoDate, wallOf } from '../../bot/time';

/** One line of eval/sets/schedule-*.jsonl. */
export interface ScheduleItem {
  phrase: string;
  /** "Now", ISO 8601 with its offset (+08:00). */
  from: string;
  /** The next 1–3 occurrences, `YYYY-MM-DD HH:MM` 北京时间. */
  expected?: string[];
  /** Weekend and holiday dates move to the next working day (a branch that asked for it). */
  holidays?: boolean;
  /** The phrase must be refused, with a reason containing this word. */
  refused?: string;
  note?: string;
}

export type Verdict = 'right' | 'refused' | 'wrong';

const ZONE = 'Asia/Shanghai';
const SETS_DIR = resolve(import.meta.dirname, '../../eval/sets');

export function readSet(name: 'tuning' | 'heldout'): ScheduleItem[] {
  return readFileSync(join(SETS_DIR, `schedule-${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ScheduleItem);
}

const wallText = (at: Date) => {
  const w = wallOf(at, ZONE);
  return `${isoDate(w)} ${hm(w)}`;
};

/** The verdict, and what the parser gave (dates or its reason) for the list of misses. */
export function judge(item: ScheduleItem): { verdict: Verdict; got: string } {
  const from = new Date(item.from);
  let parsed: ReturnType<typeof parseSchedule>;
  try {
    parsed = parseSchedule(item.phrase, { from, zone: ZONE });
  } catch (error) {
    return { verdict: 'wrong', got: `崩溃：${(error as Error).message}` };
  }
  if (!parsed.ok) {
    if (item.refused !== undefined) return { verdict: parsed.reason.includes(item.refused) ? 'right' : 'wrong', got: parsed.reason };
    return { verdict: 'refused', got: parsed.reason };
  }
  const count = item.expected?.length ?? 1;
  const got = occurrencesAfter(parsed.schedule, from, count, { zone: ZONE, holidays: item.holidays ?? false }).map((o) => wallText(o.at));
  const text = `${parsed.schedule.description} → ${got.join('；') || '（没有下一次）'}`;
  if (item.refused !== undefined) return { verdict: 'wrong', got: text };
  const right = got.length === item.expected!.length && got.every((g, i) => g === item.expected![i]);
  return { verdict: right ? 'right' : 'wrong', got: text };
}

export interface HalfReport {
  name: string;
  counts: Record<Verdict, number>;
  misses: string[];
}

export function evaluate(items: ScheduleItem[], name: string): HalfReport {
  const report: HalfReport = { name, counts: { right: 0, refused: 0, wrong: 0 }, misses: [] };
  for (const item of items) {
    const { verdict, got } = judge(item);
    report.counts[verdict]++;
    if (verdict !== 'right') {
      const want = item.refused !== undefined ? `拒绝，理由含“${item.refused}”` : item.expected!.join('；');
      report.misses.push(
        `[${verdict}] ${item.phrase}（${item.from.slice(0, 16)}${item.holidays ? '，顺延' : ''}）→ ${got}\n      应为 ${want}`,
      );
    }
  }
  return report;
}

async function main(): Promise<void> {
  const reports = [evaluate(readSet('tuning'), '调参集 tuning'), evaluate(readSet('heldout'), '留出集 held-out')];
  console.log(['', '说法', '答对', '拒答', '答错', '答对率'].join('\t'));
  for (const r of reports) {
    const n = r.counts.right + r.counts.refused + r.counts.wrong;
    console.log([r.name, n, r.counts.right, r.counts.refused, r.counts.wrong, `${((100 * r.counts.right) / n).toFixed(1)}%`].join('\t'));
  }
  // Only the tuning half's misses are shown: looking at the held-out ones would be tuning on them.
  const shown = process.env.EVAL_SHOW_HELDOUT === '1' ? reports : reports.slice(0, 1);
  for (const r of shown) if (r.misses.length > 0) console.log(`\n${r.name} 未答对：\n${r.misses.map((m) => `  ${m}`).join('\n')}`);
}

/** Part of `npm run eval` (scripts/eval/index.ts). */
export const run = main;
