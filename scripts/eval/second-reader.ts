/**
 * The second-reader experiment (issue 22; write-up in scripts/eval/second-reader.md): a learned reader
 * (scripts/eval/second-reader-model.ts) measured by leave-writers-out cross-validation over the tuning writers, as
 *   (a) an agreement gate on the rule matcher's fact answers — refuse (or hand to the passages) where the reader
 *       reads another fact: rights lost vs wrongs saved;
 *   (b) a fallback where the whole path refuses — answer with the reader's fact when it is confident: refusals turned
 *       right vs turned wrong (and correct refusals of unanswerable questions turned wrong);
 * then on the generated questions whose halves the everyday eval prints (rewrites, near-but-unanswerable).
 * Rows come from scripts/eval/second-reader-rows.ts (run it first).
 * `node bin/run-ts.js scripts/eval/second-reader.ts [rows.jsonl]`.
 */
import { readFileSync } from 'node:fs';
import { createFactIndex, type Fact, loadFacts, matchParts } from '../../knowledge';
import { generateFactQuestions, generateUnanswerable, judgeGenerated } from '../../tests/helpers/fact-question-generator';
import { type ReaderExample, type SecondReader, trainCentroidReader, trainLogisticReader } from './second-reader-model';
import { DEFAULT_ROWS, type ReaderRow } from './second-reader-rows';

const FOLDS = 5;
const THRESHOLDS = [0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95];

const rows: ReaderRow[] = readFileSync(process.argv[2] ?? DEFAULT_ROWS, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as ReaderRow);
const facts = loadFacts();
const SECTION = new Map(facts.map((f) => [f.id, f.section || f.id]));
/** A fact's handbook section (the 党章 facts, which have none, stand alone). */
const sectionOf = (id: string) => SECTION.get(id) ?? id;

/** Each fact's own wordings (content only). */
function contentExamples(withAnswer = false): ReaderExample[] {
  return facts.flatMap((f) => [f.q, ...f.p, ...(withAnswer ? [f.a] : [])].map((text) => ({ text, label: f.id })));
}

/** Writers dealt into folds in a fixed shuffled order (by a hash of the name), so each fold mixes the rounds. */
const writers = [...new Set(rows.map((r) => r.writer))].sort((a, b) => hash(a) - hash(b));
const foldOf = (writer: string) => writers.indexOf(writer) % FOLDS;
function hash(s: string): number {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
}

interface Variant {
  name: string;
  train(examples: ReaderExample[]): SecondReader;
  /** Also train on the labelled rows of the other folds. */
  rows: boolean;
  withAnswer?: boolean;
}

const VARIANTS: Variant[] = [
  { name: 'centroid, facts q/p only', train: trainCentroidReader, rows: false },
  { name: 'centroid, facts + other folds', train: trainCentroidReader, rows: true },
  { name: 'logistic, facts q/p only', train: (e) => trainLogisticReader(e), rows: false },
  { name: 'logistic, facts + other folds', train: (e) => trainLogisticReader(e), rows: true },
  { name: 'logistic, facts q/p/a + other folds', train: (e) => trainLogisticReader(e), rows: true, withAnswer: true },
];

interface Held {
  row: ReaderRow;
  top: string;
  p: number;
  /** The reader's confidence in the best of the facts the rule matcher answered with, and that fact's rank. */
  pRule: number;
  rankRule: number;
  /** The reader's confidence summed over the facts of the rule's handbook sections, and its top fact's section. */
  pRuleSection: number;
  topSection: string;
}

/** Every row read by a reader trained without its writer's fold. */
function crossRead(variant: Variant): Held[] {
  const held: Held[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = contentExamples(variant.withAnswer);
    if (variant.rows) for (const r of rows) if (r.label && foldOf(r.writer) !== fold) train.push({ text: r.q, label: r.label });
    const reader = variant.train(train);
    for (const row of rows.filter((r) => foldOf(r.writer) === fold)) {
      const ranked = reader.read(row.q, Number.POSITIVE_INFINITY);
      const rankRule = ranked.findIndex((g) => row.ruleFacts.includes(g.id));
      const sections = new Set(row.ruleFacts.map(sectionOf));
      const pRuleSection = ranked.filter((g) => sections.has(sectionOf(g.id))).reduce((sum, g) => sum + g.p, 0);
      held.push({
        row,
        top: ranked[0]!.id,
        p: ranked[0]!.p,
        pRule: rankRule < 0 ? 0 : ranked[rankRule]!.p,
        rankRule,
        pRuleSection,
        topSection: sectionOf(ranked[0]!.id),
      });
    }
  }
  return held;
}

const inScope = (r: ReaderRow) => !r.outOfScope && !r.unanswerable;
/** The reader's fact given as the answer: right when its sentence holds the keys; any answer to the unanswerable is wrong. */
const readerVerdict = (h: Held) => (inScope(h.row) && h.row.rightFacts.includes(h.top) ? 'right' : 'wrong');

function report(variant: Variant, held: Held[]): void {
  const labelled = held.filter((h) => h.row.label);
  const top1 = labelled.filter((h) => h.top === h.row.label).length;
  const answerable = held.filter((h) => inScope(h.row) && h.row.rightFacts.length > 0);
  const holds = answerable.filter((h) => h.row.rightFacts.includes(h.top)).length;
  console.log(
    `\n## ${variant.name}\nheld-fold top-1 = the rule's right fact: ${top1}/${labelled.length} (${pct(top1, labelled.length)}); top-1 holds the keys: ${holds}/${answerable.length}`,
  );
  const ruled = held.filter((h) => h.row.by === 'fact');
  const before = tally(ruled.map((h) => h.row.verdict));
  console.log(`(a) gate on ${ruled.length} fact answers (right ${before.right}, wrong ${before.wrong}):`);
  console.log('    policy\tθ\tfired\tright→refused\twrong→refused\t| to passages: right→wrong\tright→refused\twrong→right\twrong→refused');
  for (const [policy, fires] of [
    ['disagree or p<θ', (h: Held, t: number) => !h.row.ruleFacts.includes(h.top) || h.p < t],
    ['disagree and p≥θ', (h: Held, t: number) => !h.row.ruleFacts.includes(h.top) && h.p >= t],
    ['p(rule fact)<θ', (h: Held, t: number) => h.pRule < t],
    ['other section and p≥θ', (h: Held, t: number) => !h.row.ruleFacts.some((id) => sectionOf(id) === h.topSection) && h.p >= t],
    ['p(rule section)<θ', (h: Held, t: number) => h.pRuleSection < t],
    ['rule fact not in top θ·10', (h: Held, t: number) => h.rankRule < 0 || h.rankRule >= Math.max(1, Math.round(t * 10))],
  ] as const) {
    for (const t of policy.startsWith('p(rule')
      ? [0.01, 0.02, 0.05, 0.1, 0.2, 0.3]
      : policy.startsWith('rule fact not')
        ? [0.2, 0.3, 0.5]
        : THRESHOLDS) {
      const fired = ruled.filter((h) => fires(h, t));
      const lost = fired.filter((h) => h.row.verdict === 'right').length;
      const saved = fired.filter((h) => h.row.verdict === 'wrong').length;
      const via = (from: string, to: string) => fired.filter((h) => h.row.verdict === from && h.row.passage === to).length;
      console.log(
        `    ${policy}\t${t}\t${fired.length}\t${lost}\t${saved}\t| ${via('right', 'wrong')}\t${via('right', 'refused')}\t${via('wrong', 'right')}\t${via('wrong', 'refused')}`,
      );
    }
  }
  const refused = held.filter((h) => h.row.kind === 'unknown');
  console.log(
    `(b) fallback on ${refused.length} refusals (${refused.filter((h) => inScope(h.row)).length} of answerable questions, ${refused.filter((h) => h.row.unanswerable).length} rightly refused unanswerable, ${refused.filter((h) => h.row.outOfScope).length} out of scope):`,
  );
  console.log('    θ\tanswered\trefused→right\trefused→wrong\tright refusal→wrong');
  for (const t of THRESHOLDS) {
    const answered = refused.filter((h) => h.p >= t);
    const toRight = answered.filter((h) => inScope(h.row) && readerVerdict(h) === 'right').length;
    const toWrong = answered.filter((h) => inScope(h.row) && readerVerdict(h) === 'wrong').length;
    const spoiled = answered.filter((h) => !inScope(h.row)).length;
    console.log(`    ${t}\t${answered.length}\t${toRight}\t${toWrong}\t${spoiled}`);
  }
}

/** The generated questions the everyday eval prints, in both halves, read by the rule matcher and by a reader trained on everything. */
function generated(variant: Variant): void {
  const train = contentExamples(variant.withAnswer);
  if (variant.rows) for (const r of rows) if (r.label) train.push({ text: r.q, label: r.label });
  const reader = variant.train(train);
  const index = createFactIndex(facts);
  const byId = new Map<string, Fact>(facts.map((f) => [f.id, f]));
  console.log(`\n## generated, ${variant.name} (trained on all tuning rows)`);
  for (const vocab of ['tune', 'apart'] as const) {
    for (const [label, items] of [
      ['rewrites', generateFactQuestions(facts, 3000, 1, vocab, false)],
      ['near-unanswerable', generateUnanswerable(facts, 1000, 1, vocab)],
    ] as const) {
      const read = items.map((item) => {
        const rule = matchParts(index, item.text).map((m) => m.fact);
        const [best] = reader.read(item.text, 1);
        return { item, rule, top: best!.id, p: best!.p, verdict: judgeGenerated(item, facts, rule).verdict };
      });
      const t0 = tally(read.map((r) => r.verdict));
      const parts = [`${vocab} ${label} (${items.length}; right/wrong/none ${t0.right}/${t0.wrong}/${t0.none})`];
      for (const t of [0, 0.5, 0.8, 0.9]) {
        const fired = read.filter((r) => r.rule.length > 0 && !r.rule.some((f) => f.id === r.top) && r.p >= t);
        const lost = fired.filter((r) => r.verdict === 'right').length;
        const saved = fired.filter((r) => r.verdict === 'wrong').length;
        const fallback = read.filter((r) => r.rule.length === 0 && r.p >= t);
        const fb = tally(fallback.map((r) => judgeGenerated(r.item, facts, [byId.get(r.top)!]).verdict));
        parts.push(
          `θ${t}: gate(disagree, p≥θ) right→none ${lost}, wrong→none ${saved}; fallback on none: →right ${fb.right}, →wrong ${fb.wrong}`,
        );
      }
      console.log(parts.join('\n    '));
    }
  }
}

function tally(verdicts: readonly string[]): Record<string, number> {
  const t: Record<string, number> = { right: 0, wrong: 0, refused: 0, none: 0 };
  for (const v of verdicts) t[v] = (t[v] ?? 0) + 1;
  return t;
}
const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;

console.log(
  `${rows.length} rows, ${writers.length} tuning writers in ${FOLDS} folds: ${Array.from({ length: FOLDS }, (_, f) => writers.filter((w) => foldOf(w) === f).length).join('/')} writers`,
);
const only = process.env.VARIANT;
for (const variant of VARIANTS.filter((v) => !only || v.name.includes(only))) {
  const started = Date.now();
  report(variant, crossRead(variant));
  if (process.env.GENERATED !== '0') generated(variant);
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
