import { loadBuiltinQuestions, questionId, type TemplateQuestion } from '../knowledge/questions/builtin';
import { createPasteIndex, squash } from '../knowledge/questions/paste';
import { externalBank, random, variant } from '../scripts/eval/paste-variants';
import { measure, ms, rssMb } from './measure';

/**
 * Matching a pasted question (bank lookup with the agreement checks) against banks of 10,000 and 100,000
 * questions: the built-in bank plus the external corpus (../shared/corpus/quiz, read at run time when it sits
 * beside the repo), filled up with reworded copies (another paper's numbering, options reordered) so that the
 * index holds many near-duplicates, the hard case for candidates. Pastes are the variants users send. The
 * peer, in the same run, is a naive linear scan for the exact stem.
 */
function bankOf(size: number, seed: number): TemplateQuestion[] {
  const base = [...loadBuiltinQuestions(), ...externalBank()];
  if (base.length === 0) throw new Error('no questions to build a bank from');
  const rand = random(seed);
  const bank = base.slice(0, size);
  for (let copy = 1; bank.length < size; copy++) {
    for (const q of base) {
      if (bank.length >= size) break;
      const stem = `（第${copy}套·${q.topic}）${q.stem}`;
      const options = q.options.length > 0 ? [...q.options].sort(() => rand() - 0.5) : [];
      const answer =
        q.options.length > 0
          ? [...q.answer]
              .map((l) => 'ABCDEF'[options.indexOf(q.options['ABCDEF'.indexOf(l)])])
              .sort()
              .join('')
          : q.answer;
      bank.push({ ...q, id: questionId(`copy${copy}`, stem, options), bank: `copy${copy}`, stem, options, answer });
    }
  }
  return bank;
}

export async function run(): Promise<void> {
  for (const size of [10_000, 100_000]) {
    const bank = bankOf(size, 3);
    const started = process.hrtime.bigint();
    const index = createPasteIndex(bank);
    const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
    const rand = random(17);
    const warmups = Array.from({ length: 100 }, (_, i) => variant(bank[Math.floor(rand() * bank.length)], rand, i % 5).text);
    const pastes = Array.from({ length: 1000 }, (_, i) => variant(bank[Math.floor(rand() * bank.length)], rand, i % 5).text);
    // Warm the JIT on other pastes of every kind first, so p99 measures matching, not the first compilations.
    for (const paste of warmups) index.lookup(paste);
    const ours = measure(pastes.length, (i) => index.lookup(pastes[i]));
    const squashed = bank.map((q) => squash(q.stem));
    const naive = measure(100, (i) => {
      const target = squash(pastes[i].split(/\n| A[、.．]/)[0]);
      let best = -1;
      for (let k = 0; k < squashed.length; k++) if (squashed[k] === target) best = k;
      return best;
    });
    console.log(`bank: ${bank.length} questions; index built in ${ms(buildMs)}; RSS ${rssMb()}`);
    console.log(`  paste match: p50 ${ms(ours.p50)}, p99 ${ms(ours.p99)}${size === 10_000 ? ' (target p99 ≤ 10 ms)' : ''}`);
    console.log(
      `  peer, exact-stem linear scan: p50 ${ms(naive.p50)}, p99 ${ms(naive.p99)}; ours/peer p50 ${(ours.p50 / naive.p50).toFixed(1)}× (the peer finds only exact, untouched stems)`,
    );
  }
}
