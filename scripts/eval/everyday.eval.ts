/**
 * End-to-end evaluation of everyday questions (`npm run eval -- everyday`): each question goes through the real
 * answer path (runtime, answerers, handbook index on a temporary database, no model) and is judged
 *   right    — answered, and the answer holds every key fact (one of each fact's alternatives);
 *   refused  — "not found" or "outside Party work" for a question the handbook answers;
 *   wrong    — answered without a key fact.
 * Out-of-scope questions are right only when declined (not answered, not recorded as a gap).
 *
 * Two halves: eval/sets/everyday-tuning.jsonl is the one thresholds and vocabulary are tuned on;
 * eval/sets/everyday-heldout.jsonl is never looked at while tuning and shows what to expect on unseen wording.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnswerResult } from '../../bot/answering';
import { loadConfig } from '../../bot/config';
import { answerQuestion, createAnswerers } from '../../bot/features/ask/answerers';
import { silentLogger } from '../../bot/logger';
import { createRuntime } from '../../bot/runtime';
import { normalizeInput } from '../../knowledge';
import { backends } from './backends';

export interface EverydayItem {
  q: string;
  /** Key facts: every fact must appear, as any one of its alternatives. */
  facts?: string[][];
  outOfScope?: boolean;
  /** About Party work but not in the handbook: right only when the bot says it does not know (a gap). */
  unanswerable?: boolean;
  style: string;
}

export type Verdict = 'right' | 'refused' | 'wrong';

const SETS_DIR = resolve(import.meta.dirname, '../../eval/sets');

export function readSet(name: 'tuning' | 'heldout'): EverydayItem[] {
  return readFileSync(join(SETS_DIR, `everyday-${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EverydayItem);
}

/** The answer's own text: what comes before its citation lines. */
const body = (answer: string) => answer.split(/\n(?:出处|来源)[:：]/)[0]!;

export function judge(item: EverydayItem, result: AnswerResult): Verdict {
  const declined = result.kind === 'declined' || result.kind === 'unknown' || result.kind === 'chitchat';
  if (item.outOfScope) return result.kind === 'declined' ? 'right' : declined ? 'refused' : 'wrong';
  if (item.unanswerable) return declined ? 'right' : 'wrong';
  if (declined) return 'refused';
  const text = normalizeInput(body(result.answer));
  return (item.facts ?? []).every((alternatives) => alternatives.some((a) => text.includes(normalizeInput(a)))) ? 'right' : 'wrong';
}

export interface HalfReport {
  name: string;
  inScope: Record<Verdict, number>;
  outOfScope: { declined: number; total: number };
  unanswerable: { refused: number; total: number };
  failures: string[];
}

export async function evaluate(items: EverydayItem[], name: string, answer: (q: string) => Promise<AnswerResult>): Promise<HalfReport> {
  const report: HalfReport = {
    name,
    inScope: { right: 0, refused: 0, wrong: 0 },
    outOfScope: { declined: 0, total: 0 },
    unanswerable: { refused: 0, total: 0 },
    failures: [],
  };
  for (const item of items) {
    const result = await answer(item.q);
    const verdict = judge(item, result);
    if (item.outOfScope) {
      report.outOfScope.total++;
      if (verdict === 'right') report.outOfScope.declined++;
    } else if (item.unanswerable) {
      report.unanswerable.total++;
      if (verdict === 'right') report.unanswerable.refused++;
    } else report.inScope[verdict]++;
    if (verdict !== 'right') {
      const first = result.answer.split('\n')[0]!.slice(0, 50);
      report.failures.push(
        `[${verdict}] ${item.q} → ${result.kind}：${first}${item.facts ? `（应含 ${item.facts.map((f) => f.join('/')).join(' + ')}）` : ''}`,
      );
    }
  }
  return report;
}

/** Both halves on each backend (SQLite, and PostgreSQL when a server answers): the figures must agree. */
async function main(): Promise<void> {
  for (const backend of await backends('eval_everyday')) {
    console.log(`\n--- ${backend.name} ---`);
    try {
      await runOn(backend.url);
    } finally {
      await backend.drop();
    }
  }
}

async function runOn(db: string): Promise<void> {
  const runtime = await createRuntime({ config: loadConfig({ DANGWU_DB: db }), log: silentLogger() });
  try {
    const answerers = createAnswerers(runtime.app.services);
    const asker = { userKey: 'eval:user', chatKey: 'eval:chat' };
    const answer = (q: string) => answerQuestion(answerers, normalizeInput(q), asker);
    const reports = [
      await evaluate(readSet('tuning'), '调参集 tuning', answer),
      await evaluate(readSet('heldout'), '留出集 held-out', answer),
    ];
    console.log(['', '党务内问题', '答对', '拒答', '答错', '答对率', '范围外拒绝', '手册没有的不乱答'].join('\t'));
    for (const r of reports) {
      const n = r.inScope.right + r.inScope.refused + r.inScope.wrong;
      console.log(
        [
          r.name,
          n,
          r.inScope.right,
          r.inScope.refused,
          r.inScope.wrong,
          `${((100 * r.inScope.right) / n).toFixed(1)}%`,
          `${r.outOfScope.declined}/${r.outOfScope.total}`,
          `${r.unanswerable.refused}/${r.unanswerable.total}`,
        ].join('\t'),
      );
    }
    // Only the tuning half's failures are shown: looking at the held-out ones would be tuning on them.
    const shown = process.env.EVAL_SHOW_HELDOUT === '1' ? reports : reports.slice(0, 1);
    for (const r of shown) if (r.failures.length > 0) console.log(`\n${r.name} 未答对：\n${r.failures.map((f) => `  ${f}`).join('\n')}`);
  } finally {
    await runtime.close();
  }
}

/** Part of `npm run eval` (scripts/eval/index.ts). */
export const run = main;
