/**
 * Precision–coverage curves of the calibrated judgements on the built-in bank answered as if absent, over the
 * questions the strict rules leave unanswered (dump from scripts/eval/paste-dump.ts):
 * `node bin/run-ts.js scripts/eval/paste-curves.ts dump.json` prints right/wrong per score × margin threshold for
 * 判断 错误, 判断 正确 and 多选 (each option judged as a statement: in at ≥ hi, out when denied or at ≤ lo).
 */
import { readFileSync } from 'node:fs';
import { ASKING_WORDS, optionStatement } from '../../knowledge/questions/calibrated';
import { deniedShare, statedShare } from '../../knowledge/questions/option-score';

interface Dumped {
  type: string;
  stem: string;
  options: string[];
  answer: string;
  base: string | null;
  sentences: string[];
}
const dump = JSON.parse(readFileSync(process.argv[2] ?? '/tmp/paste-dump.json', 'utf8')) as Dumped[];
const open = dump.filter((q) => q.base === null);
const BLANKS = /（\s*）|\(\s*\)|_+/g;

const judged = open
  .filter((q) => q.type === '判断')
  .map((q) => {
    const st = q.stem.replace(BLANKS, '');
    const t = Math.max(0, ...q.sentences.map((s) => statedShare(st, s)));
    const f = Math.max(0, ...q.sentences.map((s) => deniedShare(st, s).share));
    return { answer: q.answer, t, f };
  });
const row = (label: string, count: (m: number) => [number, number], margins: number[]) =>
  console.log(`${label} ${margins.map((m) => `m≥${m}: ${count(m).join('/')}`).join('  ')}`);
console.log(`判断 left unanswered: ${judged.length} (right/wrong when answered)`);
for (const th of [0.5, 0.6, 0.7, 0.8, 0.9, 1])
  row(
    `  错误 score≥${th}`,
    (m) => {
      const hit = judged.filter((x) => x.f >= th - 1e-9 && x.f - x.t >= m - 1e-9 && x.f > x.t);
      return [hit.filter((x) => x.answer === '错误').length, hit.filter((x) => x.answer !== '错误').length];
    },
    [0, 0.1, 0.2, 0.3],
  );
for (const th of [0.7, 0.8, 0.9, 1])
  row(
    `  正确 score≥${th}`,
    (m) => {
      const hit = judged.filter((x) => x.t >= th - 1e-9 && x.t - x.f >= m - 1e-9);
      return [hit.filter((x) => x.answer === '正确').length, hit.filter((x) => x.answer !== '正确').length];
    },
    [0, 0.1, 0.3, 0.5],
  );

// 多选: each option a statement (optionStatement), in when stated at ≥ hi more than denied, out when denied at ≥ hi
// more than stated or (not a 说法) stated at ≤ lo (lo = -1: out only by denial); the column is lo; answered when every option is in or out, two or
// more are in, and not all unless each is stated outright. Stems asking for the wrong ones are left out.
const many = open
  .filter((q) => q.type === '多选' && !/错误|不正确|不属于|不包括|不是/.test(q.stem))
  .map((q) => ({
    answer: q.answer,
    saying: optionStatement(q.stem, 'X') === 'X',
    opts: q.options.map((o) => {
      const st = optionStatement(q.stem, o);
      return {
        t: Math.max(0, ...q.sentences.map((s) => statedShare(st, s, ASKING_WORDS))),
        f: Math.max(0, ...q.sentences.map((s) => deniedShare(st, s, ASKING_WORDS).share)),
      };
    }),
  }));
console.log(`多选 left unanswered, asked for the right ones: ${many.length}`);
for (const hi of [0.6, 0.7, 0.8, 0.9])
  row(
    `  in ≥${hi}`,
    (lo) => {
      let right = 0;
      let wrong = 0;
      for (const x of many) {
        const d = x.opts.map((o) =>
          o.t >= hi - 1e-9 && o.t > o.f ? 1 : (o.f >= hi - 1e-9 && o.f > o.t) || (!x.saying && o.t <= lo + 1e-9) ? 0 : -1,
        );
        const inside = d.flatMap((v, i) => (v === 1 ? ['ABCDEF'[i]] : []));
        if (d.includes(-1) || inside.length < 2 || (inside.length === d.length && x.opts.some((o) => o.t < 1))) continue;
        if (inside.join('') === [...x.answer].sort().join('')) right++;
        else wrong++;
      }
      return [right, wrong];
    },
    [-1, 0, 0.2, 0.3, 0.4],
  );
