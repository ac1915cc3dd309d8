import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { questionId, type TemplateQuestion } from '../knowledge/questions/builtin';
import { createPasteIndex, squash } from '../knowledge/questions/paste';
import { measure, ms, rssMb } from './measure';

/**
 * Matching a pasted question against a ~9,000-question bank (the external corpus, read at run time, when it
 * sits beside the repo; otherwise a generated bank), against a naive linear scan peer in the same run.
 */
export async function run(): Promise<void> {
  const corpus = resolve(import.meta.dirname, '../../shared/corpus/quiz/xxqg_tiku_sorted.json');
  const bank: TemplateQuestion[] = existsSync(corpus)
    ? Object.entries(JSON.parse(readFileSync(corpus, 'utf8')) as Record<string, string>).flatMap(([key, answer]) => {
        const [stem, ...options] = key.split('|');
        const at = options.indexOf(answer);
        return at < 0 ? [] : [{ id: questionId('x', stem, options), bank: 'x', type: '单选' as const, stem, options, answer: 'ABCDEF'[at], explanation: '', level: '初级' as const, topic: '', source: '' }];
      })
    : Array.from({ length: 10_000 }, (_, i) => ({ id: `g${i}`, bank: 'g', type: '单选' as const, stem: `关于第${i}号规定的说法，正确的是（）`, options: [`甲${i}`, `乙${i}`], answer: 'A', explanation: '', level: '初级' as const, topic: '', source: '' }));
  const started = process.hrtime.bigint();
  const index = createPasteIndex(bank);
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  const pastes = Array.from({ length: 500 }, (_, i) => {
    const q = bank[(i * 7919) % bank.length];
    return `${i + 1}.（单选题）${q.stem} ${[...q.options].reverse().map((o, k) => `${'ABCDEF'[k]}、${o}`).join(' ')}`;
  });
  const ours = measure(pastes.length, (i) => index.match(pastes[i]));
  const squashed = bank.map((q) => squash(q.stem));
  const naive = measure(100, (i) => {
    const target = squash(pastes[i].replace(/^\d+\.（单选题）/, '').split(' A、')[0]);
    let best = -1;
    for (let k = 0; k < squashed.length; k++) if (squashed[k] === target) best = k;
    return best;
  });
  console.log(`bank: ${bank.length} questions (${existsSync(corpus) ? 'external corpus' : 'generated'}); index built in ${ms(buildMs)}`);
  console.log(`paste match: p50 ${ms(ours.p50)}, p99 ${ms(ours.p99)} (target p99 ≤ 10 ms)`);
  console.log(`peer, exact-stem linear scan: p50 ${ms(naive.p50)}, p99 ${ms(naive.p99)}; ours/peer p50 ${(ours.p50 / naive.p50).toFixed(1)}× (the peer finds only exact, untouched stems); RSS ${rssMb()}`);
}
