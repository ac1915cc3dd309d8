/**
 * Precision–coverage curves of the calibrated judgements on the built-in bank answered as if absent, over the
 * questions the strict rules leave unanswered (dump from scripts/eval/paste-dump.ts):
 * `node bin/run-ts.js scripts/eval/paste-curves.ts dump.json` prints right/wrong per score × margin threshold for
 * 判断 错误, 判断 正确 and 多选 (each option in at ≥ hi, out at ≤ lo).
 */
import { readFileSync } from 'node:fs';
import { stemWords } from '../../knowledge/questions/calibrated';
import { deniedShare, itemScore, statedShare } from '../../knowledge/questions/option-score';

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

const many = open
  .filter((q) => q.type === '多选')
  .map((q) => {
    const words = stemWords(q.stem);
    return { answer: q.answer, scores: q.options.map((o) => Math.max(0, ...q.sentences.map((s) => itemScore(words, o, s)))) };
  });
console.log(`多选 left unanswered: ${many.length}`);
for (const hi of [0.3, 0.4, 0.5, 0.6])
  row(
    `  in ≥${hi}`,
    (lo) => {
      let right = 0;
      let wrong = 0;
      for (const x of many) {
        if (!x.scores.every((s) => s >= hi || s <= lo) || x.scores.filter((s) => s >= hi).length < 2) continue;
        const given = x.scores.flatMap((s, i) => (s >= hi ? ['ABCDEF'[i]] : [])).join('');
        if (given === [...x.answer].sort().join('')) right++;
        else wrong++;
      }
      return [right, wrong];
    },
    [0, 0.05, 0.1],
  );
