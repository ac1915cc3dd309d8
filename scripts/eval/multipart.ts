/**
 * Questions of several parts among the tuning writers (`node bin/run-ts.js scripts/eval/multipart.ts [out.json]`):
 * how many ask two things or more (by the fact layer's part reader), and how many of those miss a key fact the
 * writer listed (a part left unanswered, or answered with a neighbour's fact). Per-question verdicts are written to
 * the file given, so a run before a change and one after can be compared on the same questions.
 */
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../../bot/config';
import { answerQuestion, createAnswerers } from '../../bot/features/ask/answerers';
import { silentLogger } from '../../bot/logger';
import { createRuntime } from '../../bot/runtime';
import { askingParts, cleanQuestion, normalizeInput } from '../../knowledge';
import { hasSet, judge, readSet, TUNING_WRITERS } from './everyday.eval';

const runtime = await createRuntime({ config: loadConfig({ DANGWU_DB: ':memory:' }), log: silentLogger() });
const answerers = createAnswerers(runtime.app.services);
const rows: Array<{ writer: string; q: string; parts: number; verdict: string; leftOpen: boolean }> = [];
for (const writer of TUNING_WRITERS.filter(hasSet)) {
  for (const item of readSet(writer)) {
    if (item.outOfScope || item.unanswerable) continue;
    const q = normalizeInput(item.q);
    const result = await answerQuestion(answerers, q, { userKey: 'eval:user', chatKey: 'eval:chat' });
    rows.push({
      writer,
      q: item.q,
      parts: askingParts(cleanQuestion(q)).length,
      verdict: judge(item, result),
      // The reply says a part is not in the handbook (strings.clauseOpen).
      leftOpen: result.answer.includes('你还问到'),
    });
  }
}
const multi = rows.filter((r) => r.parts >= 2);
const missing = multi.filter((r) => r.verdict !== 'right');
const open = multi.filter((r) => r.leftOpen).length;
console.log(
  `tuning writers: ${rows.length} in-scope questions, ${multi.length} of several parts, ${missing.length} of them missing a key fact, ${open} saying a part is not in the handbook`,
);
for (const r of missing) console.log(`  [${r.verdict}] ${r.writer}: ${r.q}`);
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(rows, null, 1));
process.exit(0);
