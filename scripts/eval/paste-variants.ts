import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { questionId, type TemplateQuestion } from '../../knowledge/questions/builtin';

/**
 * Pasted variants of bank questions, as users send them: shuffled and relettered options, inline or one per
 * line, traditional characters, a typo in the stem, numbering and type markers. Shared by the paste tests,
 * `npm run eval -- paste` and the paste benchmark so the three measure the same thing.
 */

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const repoRoot = resolve(import.meta.dirname, '../..');

/** The external corpus beside the repository (../shared/corpus in CI, /work/shared/corpus from a worktree). */
export function corpusPath(...parts: string[]): string | undefined {
  for (const base of [resolve(repoRoot, '../shared/corpus'), resolve(repoRoot, '../../shared/corpus')]) {
    const path = resolve(base, ...parts);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** A small seeded generator so a failure can be replayed. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export const VARIANT_KINDS = ['one per line', 'inline', 'traditional', 'typo', 'numbering'] as const;

export interface PastedVariant {
  text: string;
  /** Expected letters in the paste's own lettering, or 正确/错误, or the blank's words (first variant each). */
  expected: string;
  type: TemplateQuestion['type'];
}

export function variant(q: TemplateQuestion, rand: () => number, kind: number): PastedVariant {
  const order = q.options.map((_, i) => i).sort(() => rand() - 0.5);
  const correct = new Set([...q.answer].map((l) => 'ABCDEF'.indexOf(l)));
  const letters = order.flatMap((original, at) => (correct.has(original) ? ['ABCDEF'[at]] : [])).sort();
  let stem = q.stem;
  if (kind === 3 && stem.length > 8) {
    const at = 2 + Math.floor(rand() * (stem.length - 4));
    stem = stem.slice(0, at) + '某' + stem.slice(at + 1);
  }
  const options = order.map((original, at) => `${'ABCDEF'[at]}${['、', '.', '．', '. '][kind % 4]}${q.options[original]}`);
  let text = options.length === 0 ? stem : kind % 2 === 0 ? `${stem}\n${options.join('\n')}` : `${stem} ${options.join('  ')}`;
  if (kind === 2) text = toTraditional(text);
  if (kind === 4) text = `${1 + Math.floor(rand() * 99)}.（${q.type}题）${text}`;
  const expected =
    q.type === '判断'
      ? q.answer
      : q.type === '填空'
        ? q.answer
            .split('|')
            .map((b) => b.split('/')[0])
            .join('、')
        : letters.join('');
  return { text, expected, type: q.type };
}

/** The external bank (学习强国 题库) as template questions: 单选 with the answer among the options. */
export function externalBank(): TemplateQuestion[] {
  const path = corpusPath('quiz', 'xxqg_tiku_sorted.json');
  if (!path) return [];
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  return Object.entries(raw).flatMap(([key, answer]) => {
    const [stem, ...options] = key.split('|');
    const at = options.indexOf(answer);
    if (at < 0 || options.length < 2) return [];
    const cleanStem = stem.replace(/[\s\u00a0]{2,}/g, '（）');
    return [
      {
        id: questionId('xxqg', cleanStem, options),
        bank: 'xxqg',
        type: '单选' as const,
        stem: cleanStem,
        options,
        answer: 'ABCDEF'[at],
        explanation: '',
        level: '初级' as const,
        topic: '外部',
        source: '',
      },
    ];
  });
}
