/**
 * Rows for the second-reader experiment (scripts/eval/second-reader.ts, issue 22): every question of the tuning
 * writers' everyday sets run through the real answer path once, with what the experiment needs to replay a gate or a
 * fallback without running the path again:
 *   verdict, kind and answerer of the real answer; the facts the fact layer answered with (ruleFacts);
 *   label — the one fact it answered with when the eval judges that answer right (no label otherwise);
 *   passage — the verdict of the passage answer alone, for a fact answer a gate would hand to the passages;
 *   rightFacts — the facts whose answer sentence holds every key fact (how a reader's pick is judged).
 * Held-out writers and the untouched set are never read. `node bin/run-ts.js scripts/eval/second-reader-rows.ts [out]`.
 */
import { writeFileSync } from 'node:fs';
import type { AnswerResult } from '../../bot/answering';
import { loadConfig } from '../../bot/config';
import { answerQuestion, createAnswerers } from '../../bot/features/ask/answerers';
import { sharedFactIndex } from '../../bot/features/ask/facts-answerer';
import { silentLogger } from '../../bot/logger';
import { createRuntime } from '../../bot/runtime';
import { matchParts, normalizeInput } from '../../knowledge';
import { backends } from './backends';
import { type EverydayItem, hasSet, judge, readSet, TUNING_WRITERS, type Verdict } from './everyday.eval';

export interface ReaderRow {
  writer: string;
  q: string;
  outOfScope?: boolean;
  unanswerable?: boolean;
  verdict: Verdict;
  kind: AnswerResult['kind'];
  /** fact, passage, dues, exam …: which answerer gave the reply. */
  by: string;
  ruleFacts: string[];
  label?: string;
  passage?: Verdict;
  rightFacts: string[];
}

export const DEFAULT_ROWS = '/tmp/dangwu-second-reader-rows.jsonl';

function answeredBy(result: AnswerResult): string {
  if (result.kind !== 'handbook') return result.kind;
  return /\n(?:手册原文：|手册的一般规定：)/.test(result.answer) || /^本单位规定：/.test(result.answer) ? 'fact' : 'passage';
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? DEFAULT_ROWS;
  const [backend] = await backends('second_reader_rows');
  if (!backend) throw new Error('no SQLite backend');
  const runtime = await createRuntime({ config: loadConfig({ DANGWU_DB: backend.url }), log: silentLogger() });
  const facts = sharedFactIndex();
  const rows: ReaderRow[] = [];
  try {
    const answerers = createAnswerers(runtime.app.services);
    const handbook = answerers.at(-1)!;
    const asker = { userKey: 'eval:user', chatKey: 'eval:chat' };
    for (const writer of TUNING_WRITERS.filter(hasSet)) {
      for (const item of readSet(writer) as EverydayItem[]) {
        const text = normalizeInput(item.q);
        const result = await answerQuestion(answerers, text, asker);
        const verdict = judge(item, result);
        const by = answeredBy(result);
        // The facts the reply states: the fact layer's matches whose sentence is in it.
        const ruleFacts =
          by === 'fact'
            ? matchParts(facts, text, { weak: true })
                .filter((m) => result.answer.includes(m.answer) || result.answer.includes(m.fact.a.slice(0, 20)))
                .map((m) => m.fact.id)
            : [];
        const row: ReaderRow = { writer, q: text, verdict, kind: result.kind, by, ruleFacts, rightFacts: [] };
        if (item.outOfScope) row.outOfScope = true;
        if (item.unanswerable) row.unanswerable = true;
        if (verdict === 'right' && ruleFacts.length === 1 && !item.outOfScope && !item.unanswerable) row.label = ruleFacts[0];
        if (by === 'fact') {
          const alone = (await handbook.answer(text, asker)) ?? { kind: 'unknown' as const, answer: '', citations: [] };
          row.passage = judge(item, alone);
        }
        if (!item.outOfScope && !item.unanswerable)
          row.rightFacts = facts.facts
            .filter((f) => judge(item, { kind: 'handbook', answer: facts.workedAnswer(f, text), citations: [] }) === 'right')
            .map((f) => f.id);
        rows.push(row);
      }
    }
  } finally {
    await runtime.close();
    await backend.drop();
  }
  writeFileSync(out, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const count = (v: Verdict) => rows.filter((r) => !r.outOfScope && !r.unanswerable && r.verdict === v).length;
  console.log(
    `${rows.length} rows from ${new Set(rows.map((r) => r.writer)).size} writers → ${out}; in scope right/refused/wrong ${count('right')}/${count('refused')}/${count('wrong')}; labelled ${rows.filter((r) => r.label).length}`,
  );
}

// Run only as a script: the experiment imports the row type and path from here.
if (import.meta.filename === process.argv[1]) await main();
