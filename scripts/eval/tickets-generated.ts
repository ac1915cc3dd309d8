/**
 * Runs the 民情工单 message generator (tests/helpers/ticket-generator.ts) through the recording parser and prints
 * accuracy per field, then, per field, which kinds of parts fail it most often (the weaknesses to fix), with examples.
 * `node bin/run-ts.js scripts/eval/tickets-generated.ts [count] [seed]`; FRESH=1 composes from the parts kept apart;
 * WIDER=1 from the wider matters and people (with FRESH=1, their half kept apart); WIDER=2 from the third batch of
 * matters (objects and what happened to them), likewise; ROUND=14 from the round-14 parts; ROUND=16 from the round-16 parts, ROUND=17 from the round-17 parts (people,
 * places below the village, groups and relations telling it, someone else named in the matter).
 */
import {
  FRESH,
  generateTickets,
  ROUND14,
  ROUND14_FRESH,
  ROUND16,
  ROUND16_FRESH,
  ROUND17,
  ROUND17_FRESH,
  WIDER,
  WIDER_FRESH,
  WIDER2,
  WIDER2_FRESH,
} from '../../tests/helpers/ticket-generator';
import { GENERATED_FIELDS, judgeGenerated } from '../../tests/helpers/ticket-generator-judge';

const count = Number(process.argv[2] ?? 3000);
const seed = Number(process.argv[3] ?? 1);
// FRESH=1: the parts written after the fixes, never run while fixing (see FRESH).
const fresh = process.env.FRESH !== undefined;
const wider = process.env.WIDER !== undefined;
// ROUND=14: the round-14 parts; WIDER=2: the third batch of matters (objects and what happened to them).
const round14 = process.env.ROUND === '14';
const round16 = process.env.ROUND === '16';
const round17 = process.env.ROUND === '17';
const second = process.env.WIDER === '2';
const items = generateTickets(
  count,
  seed,
  round17
    ? fresh
      ? ROUND17_FRESH
      : ROUND17
    : round16
      ? fresh
        ? ROUND16_FRESH
        : ROUND16
      : round14
        ? fresh
          ? ROUND14_FRESH
          : ROUND14
        : second
          ? fresh
            ? WIDER2_FRESH
            : WIDER2
          : wider
            ? fresh
              ? WIDER_FRESH
              : WIDER
            : fresh
              ? FRESH
              : undefined,
);
const right = new Map(GENERATED_FIELDS.map((f) => [f, 0]));
/** field → tag=value → [failures, total] */
const byTag = new Map<string, Map<string, [number, number]>>();
const examples = new Map<string, string[]>();
let whole = 0;
for (const item of items) {
  const { fields, draft } = judgeGenerated(item);
  let all = true;
  for (const f of GENERATED_FIELDS) {
    if (fields[f]) right.set(f, right.get(f)! + 1);
    else all = false;
    const tags = byTag.get(f) ?? new Map<string, [number, number]>();
    byTag.set(f, tags);
    for (const [k, v] of Object.entries(item.tags)) {
      const t = tags.get(`${k}=${v}`) ?? [0, 0];
      t[1]++;
      if (!fields[f]) t[0]++;
      tags.set(`${k}=${v}`, t);
    }
    if (!fields[f]) {
      const list = examples.get(f) ?? [];
      if (list.length < 12)
        list.push(
          `    ${JSON.stringify(item.text)}\n      期望 ${JSON.stringify({ ...item.expected, notInContent: undefined })}\n      读成 ${JSON.stringify({ ...draft, asks: undefined })}`,
        );
      examples.set(f, list);
    }
  }
  if (all) whole++;
}
const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;
console.log(
  `生成 ${count} 条（seed ${seed}${wider ? '，更广部件' : ''}${fresh ? '，新部件' : ''}）：整条全对 ${whole}（${pct(whole, count)}）`,
);
console.log(`  分字段：${GENERATED_FIELDS.map((f) => `${f} ${pct(right.get(f)!, count)}`).join('，')}`);
const verbose = process.env.SHOW !== undefined;
for (const f of GENERATED_FIELDS) {
  const wrong = count - right.get(f)!;
  if (wrong === 0) continue;
  const worst = [...byTag.get(f)!.entries()]
    .filter(([, [bad, all]]) => bad > 0 && all >= 10)
    .sort((a, b) => b[1][0] / b[1][1] - a[1][0] / a[1][1])
    .slice(0, 6)
    .map(([tag, [bad, all]]) => `${tag} ${bad}/${all}`);
  console.log(`\n${f} 错 ${wrong}：最常错在 ${worst.join('；')}`);
  if (verbose) console.log(examples.get(f)!.join('\n'));
}
