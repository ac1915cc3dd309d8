/**
 * Runs the everyday-question generator (tests/helpers/fact-question-generator.ts) through the fact layer
 * (matchParts, as the answer path calls it) and prints right / wrong / none overall and per rewrite kind, then the
 * failures grouped by rewrite detail with examples: the weaknesses to fix.
 * `node bin/run-ts.js scripts/eval/facts-generated.ts [count] [seed]`; APART=1 uses the vocabulary kept apart;
 * FRESH=1 the typos written after the first fixes (FRESH_TYPOS).
 */
import { createFactIndex, loadFacts, matchParts } from '../../knowledge';
import {
  type GeneratedVerdict,
  generateFactQuestions,
  generateSituations,
  generateUnanswerable,
  generateWideSituations,
  judgeGenerated,
  REWRITE_KINDS,
} from '../../tests/helpers/fact-question-generator';

const count = Number(process.argv[2] ?? 3000);
const seed = Number(process.argv[3] ?? 1);
const vocab = process.env.APART !== undefined ? 'apart' : 'tune';
const facts = loadFacts();
const index = createFactIndex(facts);
// Situations told (a tenth as many, apart from 'all' so the rewrite kinds stay comparable with earlier runs).
const items = [
  ...generateFactQuestions(facts, count, seed, vocab, process.env.FRESH !== undefined),
  ...generateSituations(Math.round(count / 10), seed, vocab),
  // The widened situations (many more rules, told from independent parts), as many again.
  ...generateWideSituations(Math.round(count / 10), seed, vocab),
  // Near-but-unanswerable: a fact's question with one part swapped for what the handbook does not hold (right = nothing).
  ...generateUnanswerable(facts, Math.round(count / 3), seed, vocab),
];
const tally = (m: Map<string, Record<GeneratedVerdict, number>>, k: string, v: GeneratedVerdict) => {
  const t = m.get(k) ?? { right: 0, wrong: 0, none: 0 };
  t[v]++;
  m.set(k, t);
};
const byKind = new Map<string, Record<GeneratedVerdict, number>>();
const byDetail = new Map<string, Record<GeneratedVerdict, number>>();
const examples: string[] = [];
const extras = new Map<string, number>();
const show = process.env.SHOW ?? '';
for (const item of items) {
  const matched = matchParts(index, item.text).map((m) => m.fact);
  const { verdict: v, extra } = judgeGenerated(item, facts, matched);
  if (extra) extras.set(item.kind, (extras.get(item.kind) ?? 0) + 1);
  if (extra) extras.set('all', (extras.get('all') ?? 0) + 1);
  if (item.kind !== 'situation' && item.kind !== 'wide' && item.kind !== 'near') tally(byKind, 'all', v);
  tally(byKind, item.kind, v);
  tally(byDetail, `${item.kind} ${item.detail}`, v);
  if ((v !== 'right' || (extra && process.env.EXTRA)) && (!show || show === item.kind))
    examples.push(
      `  [${v}] ${item.kind} ${JSON.stringify(item.text)} ← ${item.facts.join('+')}; got ${matched.map((f) => f.id).join('+') || '—'}`,
    );
}
const pct = (t: Record<GeneratedVerdict, number>) => {
  const n = t.right + t.wrong + t.none;
  return `${((100 * t.right) / n).toFixed(1)}% right, ${((100 * t.wrong) / n).toFixed(1)}% wrong, ${((100 * t.none) / n).toFixed(1)}% none (n=${n})`;
};
console.log(`generated everyday questions: ${items.length}, seed ${seed}, vocabulary ${vocab}`);
for (const k of ['all', ...REWRITE_KINDS, 'situation', 'wide', 'near'])
  if (byKind.has(k)) console.log(`  ${k.padEnd(12)} ${pct(byKind.get(k)!)}; right with an answer not asked added: ${extras.get(k) ?? 0}`);
console.log('\nworst details (failures ≥ 3):');
[...byDetail]
  .filter(([, t]) => t.wrong + t.none >= 3)
  .sort((a, b) => b[1].wrong + b[1].none - (a[1].wrong + a[1].none))
  .slice(0, 30)
  .forEach(([k, t]) => console.log(`  ${k.padEnd(28)} wrong ${t.wrong} none ${t.none} of ${t.right + t.wrong + t.none}`));
if (process.env.EXAMPLES) console.log(`\n${examples.slice(0, Number(process.env.EXAMPLES)).join('\n')}`);
