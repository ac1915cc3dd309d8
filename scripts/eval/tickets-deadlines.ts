/**
 * Runs the deadline-phrase generator (tests/helpers/deadline-generator.ts) through the recording parser and judges the
 * promised date only. `printDeadlineFigures` gives the tickets eval its two lines (the tuning half, the half kept
 * apart); run alone (`node bin/run-ts.js scripts/eval/tickets-deadlines.ts [count] [seed]`) it lists the tuning
 * half's figures by class and its misses (TOTALS=1: only the eval's two lines). The kept-apart half is never listed: only its totals are printed.
 */
import { parseTicket } from '../../bot/features/tickets/parse';
import { DEADLINE_CLASSES, type GeneratedDeadline, generateDeadlines } from '../../tests/helpers/deadline-generator';

const CONTEXT = { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' };

interface Tally {
  all: number;
  right: number;
  /** Of the phrases that promise no day: how many were read as none. */
  noDate: number;
  noDateRight: number;
}

function tally(items: GeneratedDeadline[], misses?: Map<string, string[]>): { total: Tally; byKind: Map<string, Tally> } {
  const empty = (): Tally => ({ all: 0, right: 0, noDate: 0, noDateRight: 0 });
  const total = empty();
  const byKind = new Map(DEADLINE_CLASSES.map((c) => [c.kind, empty()]));
  for (const item of items) {
    const due = parseTicket(item.text, CONTEXT).due;
    const right = due === item.expected;
    for (const t of [total, byKind.get(item.kind)!]) {
      t.all++;
      if (right) t.right++;
      if (item.expected === undefined) {
        t.noDate++;
        if (right) t.noDateRight++;
      }
    }
    if (!right && misses) {
      const list = misses.get(item.kind) ?? [];
      list.push(`    ${item.phrase} → ${due ?? '无'}（应为 ${item.expected ?? '无'}）：${item.text.replace(/\n/g, ' / ')}`);
      misses.set(item.kind, list);
    }
  }
  return { total, byKind };
}

const pct = (a: number, b: number) => `${((a / Math.max(b, 1)) * 100).toFixed(1)}%`;
const line = (t: Tally) => `due 对 ${t.right}/${t.all}（${pct(t.right, t.all)}），其中不该有日期的 ${t.noDateRight}/${t.noDate} 没读成日期`;

export const DEADLINE_COUNT = 2000;

/** The eval's two lines: the tuning half and the half kept apart. */
export function printDeadlineFigures(): void {
  for (const [label, half, seed] of [
    ['调参的一半', 'tuning', 1],
    ['留出的一半，从未据以修改', 'kept', 2],
  ] as const) {
    const { total } = tally(generateDeadlines(DEADLINE_COUNT, seed, half));
    console.log(`生成的期限说法（${label}，seed ${seed}）：${total.all} 条，${line(total)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}` && process.env.TOTALS) printDeadlineFigures();
else if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? DEADLINE_COUNT);
  const seed = Number(process.argv[3] ?? 1);
  const misses = new Map<string, string[]>();
  const { total, byKind } = tally(generateDeadlines(count, seed, 'tuning'), misses);
  console.log(`调参的一半：${line(total)}`);
  for (const [kind, t] of byKind) {
    console.log(`  ${kind}：${line(t)}`);
    const list = misses.get(kind) ?? [];
    // One example per phrase: the misses of a phrase differ by frame only.
    const seen = new Set<string>();
    for (const miss of list) {
      const key = miss.split(' → ')[0]!;
      if (seen.has(key)) continue;
      seen.add(key);
      console.log(`${miss}  (×${list.filter((m) => m.startsWith(`${key} → `)).length})`);
    }
  }
}
