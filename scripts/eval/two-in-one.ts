/**
 * Runs the two-in-one generator (tests/helpers/two-in-one-generator.ts) through the fact layer and prints the
 * verdicts per shape, then examples of what fails on the TUNE half. APART=1 prints the kept-apart half's counts only;
 * RUNON=1 runs the run-on generator (no mark between the two questions) in place of the two-in-one one.
 * `node bin/run-ts.js scripts/eval/two-in-one.ts [count] [seed]`
 */
import { createFactIndex, loadFacts, matchParts } from '../../knowledge';
import { generateRunOn, generateTwoInOne, judgeTwoInOne, RUN_ON_SHAPES, TWO_IN_ONE_SHAPES } from '../../tests/helpers/two-in-one-generator';

const count = Number(process.argv[2] ?? 600);
const seed = Number(process.argv[3] ?? 1);
const vocab = process.env.APART !== undefined ? 'apart' : 'tune';
const facts = loadFacts();
const index = createFactIndex(facts);
const runOn = process.env.RUNON !== undefined;
const items = (runOn ? generateRunOn : generateTwoInOne)(facts, count, seed, vocab);
const got = (t: string) => {
  const open: string[] = [];
  const m = matchParts(index, t, { weak: true }, open).map((x) => x.fact.id);
  return `${m.join('+') || '—'}${open.length ? ` open ${open.join('|')}` : ''}`;
};
const by = new Map<string, Record<string, number>>();
const examples: string[] = [];
for (const item of items) {
  const v = judgeTwoInOne(item, facts, index);
  for (const k of ['all', item.shape]) {
    const t = by.get(k) ?? { right: 0, part: 0, half: 0, wrong: 0, none: 0 };
    t[v]!++;
    by.set(k, t);
  }
  if (vocab === 'tune' && v !== 'right' && (!process.env.SHOW || process.env.SHOW === item.shape || process.env.SHOW === v))
    examples.push(`  [${v}] ${item.shape} ${JSON.stringify(item.text)} ← ${item.facts.join('+')}; got ${got(item.text)}`);
}
for (const k of ['all', ...(runOn ? RUN_ON_SHAPES : TWO_IN_ONE_SHAPES)]) {
  const t = by.get(k);
  if (t) console.log(`${k.padEnd(9)} right ${t.right} part ${t.part} half ${t.half} wrong ${t.wrong} none ${t.none}`);
}
if (process.env.EXAMPLES) console.log(examples.slice(0, Number(process.env.EXAMPLES)).join('\n'));
