/**
 * The tuning writers' two-in-one questions (style `two-in-one`) through the real answer path, with each miss's whole
 * reply and the parts the part reader cut (`node bin/run-ts.js scripts/eval/two-in-one-writers.ts [out.json]`). A
 * run's verdicts written to the file given let a run before a change be compared with one after.
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
const rows: Array<{ writer: string; q: string; verdict: string }> = [];
const tally: Record<string, number> = { right: 0, refused: 0, wrong: 0 };
for (const writer of TUNING_WRITERS.filter(hasSet)) {
  for (const item of readSet(writer)) {
    if (item.outOfScope || item.unanswerable || item.style !== 'two-in-one') continue;
    const q = normalizeInput(item.q);
    const result = await answerQuestion(answerers, q, { userKey: 'eval:user', chatKey: 'eval:chat' });
    const verdict = judge(item, result);
    tally[verdict]!++;
    rows.push({ writer, q: item.q, verdict });
    if (verdict === 'right' && !process.env.ALL) continue;
    console.log(`\n[${verdict}] ${writer}: ${item.q}`);
    console.log(`  parts: ${askingParts(cleanQuestion(q)).join(' | ')}`);
    console.log(`  keys: ${(item.facts ?? []).map((f) => f.join('/')).join(' + ')}`);
    console.log(`  ${result.kind}: ${result.answer.replace(/\n/g, '\n  ')}`);
  }
}
console.log(`\ntwo-in-one, tuning writers: right ${tally.right} refused ${tally.refused} wrong ${tally.wrong}`);
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(rows, null, 1));
process.exit(0);
