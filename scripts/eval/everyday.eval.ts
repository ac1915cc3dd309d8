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
 *
 * Writer sets (eval/sets/everyday-<writer>.jsonl, issue 22): each written by one persona for a random half of
 * the facts, without seeing the others. Tuning writers may be read freely; held-out writers are reported by
 * total only (their misses are printed only with EVAL_SHOW_HELDOUT=1), with their mean; the untouched writer
 * is run only with EVAL_UNTOUCHED=1, once, at the end of the work.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnswerResult } from '../../bot/answering';
import { loadConfig } from '../../bot/config';
import { answerQuestion, createAnswerers } from '../../bot/features/ask/answerers';
import { silentLogger } from '../../bot/logger';
import { createRuntime } from '../../bot/runtime';
import { createFactIndex, loadFacts, normalizeInput } from '../../knowledge';
import { generateCases, tallyCases } from '../../tests/helpers/case-generator';
import { generateFactQuestions, generateUnanswerable, tallyGenerated } from '../../tests/helpers/fact-question-generator';
import { generateRunOn, generateTwoInOne, tallyTwoInOne } from '../../tests/helpers/two-in-one-generator';
import { generateYesNo, tallyYesNo } from '../../tests/helpers/yes-no-generator';
import { backends } from './backends';
import { HELD_OUT_SINCE_0040, ROTATED_WRITERS } from './writers';

/** n of a total as a percentage with one decimal, as every generated line reports it. */
const percentOf = (n: number, total: number) => `${((100 * n) / total).toFixed(1)}%`;

export interface EverydayItem {
  q: string;
  /** Key facts: every fact must appear, as any one of its alternatives. */
  facts?: string[][];
  outOfScope?: boolean;
  /** About Party work but not in the handbook: right only when the bot says it does not know (a gap). */
  unanswerable?: boolean;
  style: string;
  /** The handbook section the question is about (writer sets). */
  section?: string;
}

/** Writers whose questions the fact layer is tuned on. */
export const TUNING_WRITERS = [
  'laozhishu',
  'qingnian',
  // Held out until 2026-12-05 ~11:50 (right/refused/wrong then: zhuanzhi 34/1/5, fanti 36/1/3), read for general causes since.
  'zhuanzhi',
  'fanti',
  // Held out from 2026-12-05 ~12:00 until ~12:55 (right/refused/wrong before any tuning, then after the first round:
  // hongmei 27/8/5 → 27/7/6, shiqiang 30/6/4 → 31/5/4, yutong 23/8/9 → 32/2/6, xiulan 27/4/9 → 30/4/6), read since.
  'hongmei',
  'shiqiang',
  'yutong',
  'xiulan',
  // Held out until ~13:45 (right/refused/wrong when written → end of the second round: minghui 35/1/4 → 37/0/3,
  // chunhua 31/4/5 → 35/2/3, zhiyuan 28/4/8 → 32/3/5), read since; haiyan and wenbin were written to be held out.
  'minghui',
  'chunhua',
  'zhiyuan',
  // Written to be held out for the third round; held out until 2026-12-05 ~14:40 (right/refused/wrong then: haiyan
  // 34/3/3, wenbin 32/4/4), read since; lixia, guoqiang, meifang, wenjie and aili were written to be held out.
  'haiyan',
  'wenbin',
  // Written to be held out (~14:35); held out for one round (right/refused/wrong when written → after it: meifang
  // 28/8/4 → 28/8/4, aili 35/2/3 → 36/2/2), read since ~14:55.
  'meifang',
  'aili',
  // Held out until the session of 2026-12-05 ~17:45 (right/refused/wrong then: lixia 33/4/3, guoqiang 32/4/4,
  // wenjie 36/3/1, dongsheng 36/1/3, yanling 37/2/1, xiaoyu 37/2/1), read since; after the first round on them
  // (branch facts7, ~18:50): lixia 40/0/0, guoqiang 38/1/1, wenjie 37/3/0, dongsheng 40/0/0, yanling 38/1/1, xiaoyu 40/0/0.
  // Held out in their rounds, read since (figures in writers.ts and the titles below).
  ...ROTATED_WRITERS,
];
/** Writers never read while tuning: their totals are the figure to trust. */
export const HELDOUT_WRITERS: readonly string[] = HELD_OUT_SINCE_0040;
/** Kept untouched until the end and reported once (EVAL_UNTOUCHED=1). */
export const UNTOUCHED_WRITER = 'untouched';

export type Verdict = 'right' | 'refused' | 'wrong';

const SETS_DIR = resolve(import.meta.dirname, '../../eval/sets');

export function hasSet(name: string): boolean {
  return existsSync(join(SETS_DIR, `everyday-${name}.jsonl`));
}

export function readSet(name: string): EverydayItem[] {
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
  // "56 元/月" states 56元: a space between a figure and its unit is typography, not a different answer.
  const text = normalizeInput(body(result.answer)).replace(/(\d) (?=[元年月日天个名人])/g, '$1');
  return (item.facts ?? []).every((alternatives) => alternatives.some((a) => text.includes(normalizeInput(a)))) ? 'right' : 'wrong';
}

export interface HalfReport {
  name: string;
  inScope: Record<Verdict, number>;
  outOfScope: { declined: number; total: number };
  unanswerable: { refused: number; total: number };
  failures: string[];
  /** Wrong answers by the answerer that gave them (fact layer, passage, calculator): totals only, no questions. */
  wrongBy: Record<string, number>;
  /** In-scope verdicts by the writer's own style label (case, two-in-one, typo…): counts only. */
  byStyle: Record<string, Record<Verdict, number>>;
}

/** Which answerer gave an answer: the fact layer's replies carry the handbook paragraph or the local rule. */
function answeredBy(result: AnswerResult): string {
  if (result.kind !== 'handbook') return result.kind;
  return /\n(?:手册原文：|手册的一般规定：)/.test(result.answer) || /^本单位规定：/.test(result.answer) ? 'fact' : 'passage';
}

export async function evaluate(items: EverydayItem[], name: string, answer: (q: string) => Promise<AnswerResult>): Promise<HalfReport> {
  const report: HalfReport = {
    name,
    inScope: { right: 0, refused: 0, wrong: 0 },
    outOfScope: { declined: 0, total: 0 },
    unanswerable: { refused: 0, total: 0 },
    failures: [],
    wrongBy: {},
    byStyle: {},
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
    } else {
      report.inScope[verdict]++;
      const style = (report.byStyle[item.style] ??= { right: 0, refused: 0, wrong: 0 });
      style[verdict]++;
    }
    if (verdict === 'wrong') report.wrongBy[answeredBy(result)] = (report.wrongBy[answeredBy(result)] ?? 0) + 1;
    if (verdict !== 'right') {
      const first = result.answer.split('\n')[0]!.slice(0, 50);
      report.failures.push(
        `[${verdict}] ${item.q} → ${result.kind}：${first}${item.facts ? `（应含 ${item.facts.map((f) => f.join('/')).join(' + ')}）` : ''}`,
      );
    }
  }
  return report;
}

const inScopeCount = (r: HalfReport) => r.inScope.right + r.inScope.refused + r.inScope.wrong;
const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;

function row(r: HalfReport): string {
  const n = inScopeCount(r);
  return [
    r.name,
    n,
    r.inScope.right,
    r.inScope.refused,
    r.inScope.wrong,
    pct(r.inScope.right, n),
    pct(r.inScope.wrong, n),
    pct(r.inScope.refused, n),
    `${r.outOfScope.declined}/${r.outOfScope.total}`,
    `${r.unanswerable.refused}/${r.unanswerable.total}`,
  ].join('\t');
}

/** Every set on each backend (SQLite, and PostgreSQL when a server answers): the figures must agree. */
async function main(): Promise<void> {
  printGenerated();
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
    const tuningWriters: HalfReport[] = [];
    for (const w of TUNING_WRITERS.filter(hasSet)) tuningWriters.push(await evaluate(readSet(w), `调参作者 ${w}`, answer));
    const heldoutWriters: HalfReport[] = [];
    for (const w of HELDOUT_WRITERS.filter(hasSet)) heldoutWriters.push(await evaluate(readSet(w), `留出作者 ${w}`, answer));
    const untouched =
      process.env.EVAL_UNTOUCHED === '1' && hasSet(UNTOUCHED_WRITER)
        ? [await evaluate(readSet(UNTOUCHED_WRITER), `未动作者 ${UNTOUCHED_WRITER}`, answer)]
        : [];
    console.log(['', '党务内问题', '答对', '拒答', '答错', '答对率', '答错率', '拒答率', '范围外拒绝', '手册没有的不乱答'].join('\t'));
    const all = [...reports, ...tuningWriters, ...heldoutWriters, ...untouched];
    for (const r of all) console.log(row(r));
    if (heldoutWriters.length > 0) {
      const mean = (f: (r: HalfReport) => number) => heldoutWriters.reduce((sum, r) => sum + f(r), 0) / heldoutWriters.length;
      const share = (r: HalfReport, v: Verdict) => r.inScope[v] / Math.max(1, inScopeCount(r));
      console.log(
        `留出作者平均（${heldoutWriters.length} 位）：答对 ${(100 * mean((r) => share(r, 'right'))).toFixed(1)}%，答错 ${(100 * mean((r) => share(r, 'wrong'))).toFixed(1)}%，拒答 ${(100 * mean((r) => share(r, 'refused'))).toFixed(1)}%（目标 ≥95% / ≤1% / ≤3%）`,
      );
    }
    const wrongBy = (r: HalfReport) =>
      Object.entries(r.wrongBy)
        .map(([k, n]) => `${k} ${n}`)
        .join('，') || '无';
    // By style over each group of writers, counts only: where strangers fail, without an item shown.
    for (const [label, group] of [
      ['调参作者', tuningWriters],
      ['留出作者', heldoutWriters],
    ] as const) {
      const styles: Record<string, Record<Verdict, number>> = {};
      for (const r of group)
        for (const [style, t] of Object.entries(r.byStyle)) {
          const sum = (styles[style] ??= { right: 0, refused: 0, wrong: 0 });
          for (const v of ['right', 'refused', 'wrong'] as const) sum[v] += t[v];
        }
      const line = Object.entries(styles)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([style, t]) => `${style} ${t.right}/${t.refused}/${t.wrong}`)
        .join('，');
      if (line) console.log(`${label}按写法（答对/拒答/答错）：${line}`);
    }
    console.log(`\n答错来自（只计数）：${all.map((r) => `${r.name}：${wrongBy(r)}`).join('；')}`);
    // Only the tuning sets' failures are shown: looking at the held-out ones would be tuning on them.
    const shown = process.env.EVAL_SHOW_HELDOUT === '1' ? all : [reports[0]!, ...tuningWriters];
    for (const r of shown) if (r.failures.length > 0) console.log(`\n${r.name} 未答对：\n${r.failures.map((f) => `  ${f}`).join('\n')}`);
  } finally {
    await runtime.close();
  }
}

/**
 * Questions made from each fact's own wordings as users type them (tests/helpers/fact-question-generator.ts), read
 * by the fact layer alone: with the rewrite words the layer was fixed against, and with those kept apart. Then the
 * near-but-unanswerable questions (generateUnanswerable), whose right answer is none, in the same two halves.
 * `scripts/eval/facts-generated.ts` lists what fails by kind of rewrite.
 */
function printGenerated(): void {
  const facts = loadFacts();
  const index = createFactIndex(facts);
  for (const [label, vocab] of [
    ['调参用改写词', 'tune'],
    ['留出的改写词，从未据以修改', 'apart'],
  ] as const) {
    const items = generateFactQuestions(facts, GENERATED_COUNT, 1, vocab, false);
    const tally = tallyGenerated(items, facts, index);
    const pct = (n: number) => percentOf(n, items.length);
    console.log(
      `生成的问法（${label}，seed 1）：${items.length} 道，答对 ${pct(tally.right)}，答错 ${pct(tally.wrong)}，不答 ${pct(tally.none)}`,
    );
  } // Near-but-unanswerable: a fact's own question with one part swapped (another organisation, role, payment, event,
  // document) for what the handbook does not hold. Right is no fact (refused); any fact is a wrong fact stated.
  for (const [label, vocab] of [
    ['调参用替换词', 'tune'],
    ['留出的替换词，从未据以修改', 'apart'],
  ] as const) {
    const items = generateUnanswerable(facts, UNANSWERABLE_COUNT, 1, vocab);
    const tally = tallyGenerated(items, facts, index);
    const pct = (n: number) => percentOf(n, items.length);
    console.log(
      `生成的手册没有的近似问法（${label}，seed 1）：${items.length} 道，拒答（对）${pct(tally.right)}，答了事实（错）${pct(tally.wrong)}`,
    );
  }
  // Two things asked in one message as people ask them (tests/helpers/two-in-one-generator.ts: the subject said
  // once, a pronoun or 那 for it, a case then two questions, 顺便/另外, no mark between, a numbered pair, the asker's
  // news told between the two, the second asked on the first being yes (…的话), a story opening the second). Right is
  // both answered; 答了一半并说明 one answered and the other said to be not found; 半答当全答 one answered and the
  // other passed over (a writer's judge counts it wrong); 答错 a fact neither part asks.
  for (const [label, vocab] of [
    ['调参用问法', 'tune'],
    ['留出的问法，从未据以修改', 'apart'],
  ] as const) {
    const items = generateTwoInOne(facts, TWO_IN_ONE_COUNT, 1, vocab);
    const t = tallyTwoInOne(items, facts, index);
    const pct = (n: number) => percentOf(n, items.length);
    console.log(
      `生成的一问两事（${label}，seed 1）：${items.length} 道，答对 ${pct(t.right)}，答了一半并说明 ${pct(t.part)}，半答当全答 ${pct(t.half)}，答错 ${pct(t.wrong)}，不答 ${pct(t.none)}${t.crash > 0 ? `，抛异常 ${pct(t.crash)}` : ''}`,
    );
  }
  // The same, run on with no mark between (facts33: a word alone, spaces, one subject said once, a filler, a numbered
  // pair with nothing between the items, a long story first).
  // The apart words were seen by two fixers (gen3's round): their line stays, renamed, to compare with history. The
  // fresh words (written 2026-12-07 ~11:00) were printed once by a fixer's grep (facts55, ~18:10) and never tuned on;
  // they are labelled as seen so no reader takes them for a blind figure.
  for (const [label, vocab] of [
    ['调参用问法', 'tune'],
    ['留出（已被看过）', 'apart'],
    ['新留出（2026-12-07 ~11:00 写，未据以修改，18:10 被看过一次）', 'fresh'],
  ] as const) {
    const items = generateRunOn(facts, TWO_IN_ONE_COUNT, 1, vocab);
    const t = tallyTwoInOne(items, facts, index);
    const pct = (n: number) => percentOf(n, items.length);
    console.log(
      `生成的无标点一问两事（${label}，seed 1）：${items.length} 道，答对 ${pct(t.right)}，答了一半并说明 ${pct(t.part)}，半答当全答 ${pct(t.half)}，答错 ${pct(t.wrong)}，不答 ${pct(t.none)}${t.crash > 0 ? `，抛异常 ${pct(t.crash)}` : ''}`,
    );
  }
  // Yes-or-no questions asked of the facts that open with their verdict (tests/helpers/yes-no-generator.ts: 能不能,
  // 可以…吗, 行不行, 要不要, 算不算 … and the regional 中不中, 得不得, 阔以不; and asked the other way round, 可以不交吗).
  // Right is the fact with the verdict asked as the reply's first word; 没先说结论 the fact without it; 结论相反 the
  // fact after the opposite verdict (可以不交吗 answered 要。 reads as yes); 答了别的事实 another fact.
  // The apart frames were seen by two fixers (gen3's round): kept and renamed, as the run-on words above.
  for (const [label, vocab] of [
    ['调参用问法', 'tune'],
    ['留出（已被看过）', 'apart'],
    ['新留出（2026-12-07 ~11:00 写，未据以修改，18:10 被看过一次）', 'fresh'],
  ] as const) {
    const items = generateYesNo(facts, YES_NO_COUNT, 1, vocab);
    const t = tallyYesNo(items, index);
    const pct = (n: number) => percentOf(n, items.length);
    console.log(
      `生成的是非问（${label}，seed 1）：${items.length} 道，答对 ${pct(t.right)}，没先说结论 ${pct(t.unsaid)}，结论相反 ${pct(t.opposite)}，答了别的事实 ${pct(t.other)}，不答 ${pct(t.none)}${t.crash > 0 ? `，抛异常 ${pct(t.crash)}` : ''}`,
    );
  }
  // 案例题: a situation told before the question (tests/helpers/case-generator.ts: who, a detail of theirs that does
  // not change the fact, a link such as 他问我 or 我也说不清), then a fact's own question. Right is that fact's answer.
  // The apart parts were seen by a fixer (cases2's round, one line of them: its marks, with "none"): renamed.
  for (const [label, vocab] of [
    ['调参用部件', 'tune'],
    ['留出的部件（已被看过）', 'apart'],
  ] as const) {
    const items = generateCases(facts, CASE_COUNT, 1, vocab);
    const tally = tallyCases(items, facts, index);
    const pct = (n: number) => percentOf(n, items.length);
    console.log(
      `生成的案例题（${label}，seed 1）：${items.length} 道，答对 ${pct(tally.right)}，答错 ${pct(tally.wrong)}，不答 ${pct(tally.none)}`,
    );
  }
}
const CASE_COUNT = 300;
const YES_NO_COUNT = 300;
const TWO_IN_ONE_COUNT = 600;
const UNANSWERABLE_COUNT = 1000;
const GENERATED_COUNT = 3000;

/** Part of `npm run eval` (scripts/eval/index.ts). */
export const run = main;
