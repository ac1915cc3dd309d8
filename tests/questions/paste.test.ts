import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestions, questionId, type TemplateQuestion } from '../../knowledge/questions/builtin';
import { createPasteIndex, parsePasted } from '../../knowledge/questions/paste';
import { createTestBot, textOf } from '../helpers/runtime';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** A small seeded generator so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Builds a paste as users send it: shuffled, relettered options, inline or one per line, noise, a typo. */
function variant(q: TemplateQuestion, rand: () => number, kind: number): { text: string; expected: string[] } {
  const order = q.options.map((_, i) => i).sort(() => rand() - 0.5);
  const correct = new Set([...q.answer].map((l) => 'ABCDEF'.indexOf(l)));
  const expected = order.flatMap((original, at) => (correct.has(original) ? ['ABCDEF'[at]] : [])).sort();
  let stem = q.stem;
  if (kind === 3 && stem.length > 8) {
    const at = 2 + Math.floor(rand() * (stem.length - 4));
    stem = stem.slice(0, at) + '某' + stem.slice(at + 1);
  }
  const options = order.map((original, at) => `${'ABCDEF'[at]}${['、', '.', '．', '. '][kind % 4]}${q.options[original]}`);
  let text = kind % 2 === 0 ? `${stem}\n${options.join('\n')}` : `${stem} ${options.join('  ')}`;
  if (kind === 2) text = toTraditional(text);
  if (kind === 4) text = `${1 + Math.floor(rand() * 99)}.（${q.type}题）${text}`;
  return { text, expected };
}

function accuracy(bank: TemplateQuestion[], sample: TemplateQuestion[], seed: number) {
  const index = createPasteIndex(bank);
  const rand = random(seed);
  const misses: string[] = [];
  let total = 0;
  for (const q of sample) {
    for (let kind = 0; kind < 5; kind++) {
      const { text, expected } = variant(q, rand, kind);
      total++;
      const match = index.match(text);
      if (!match || match.choice.join('') !== expected.join('')) misses.push(`${text.slice(0, 40)} → ${match?.choice.join('') ?? '无'}（应为 ${expected.join('')}）`);
    }
  }
  return { rate: 1 - misses.length / total, misses, total };
}

describe('answering pasted exam questions', () => {
  it('splits stems from options however they are written', () => {
    expect(parsePasted('12.（单选题）支部党员大会一般（）召开一次。 A、每月 B、每季度 C、每年')).toEqual({ stem: '支部党员大会一般()召开一次。', options: ['每月', '每季度', '每年'] });
    expect(parsePasted('预备期是多长时间？').options).toEqual([]);
  });

  it('answers variants of every built-in choice question in the user’s own lettering', () => {
    const bank = loadBuiltinQuestions();
    const choice = bank.filter((q) => q.options.length >= 2);
    const result = accuracy(bank, choice, 7);
    expect(result.misses.slice(0, 10), `${result.misses.length}/${result.total}`).toEqual([]);
  });

  const corpus = resolve(__dirname, '../../../shared/corpus/quiz/xxqg_tiku_sorted.json');
  it.skipIf(!existsSync(corpus))('answers ≥ 99% of pasted variants drawn from an external bank', () => {
    const raw = JSON.parse(readFileSync(corpus, 'utf8')) as Record<string, string>;
    const bank: TemplateQuestion[] = Object.entries(raw).flatMap(([key, answer]) => {
      const [stem, ...options] = key.split('|');
      const at = options.indexOf(answer);
      if (at < 0 || options.length < 2) return [];
      const cleanStem = stem.replace(/[\s\u00a0]{2,}/g, '（）');
      return [{ id: questionId('xxqg', cleanStem, options), bank: 'xxqg', type: '单选' as const, stem: cleanStem, options, answer: 'ABCDEF'[at], explanation: '', level: '初级' as const, topic: '外部', source: '' }];
    });
    const rand = random(42);
    const sample = Array.from({ length: 300 }, () => bank[Math.floor(rand() * bank.length)]);
    const result = accuracy(bank, sample, 11);
    expect(result.rate, result.misses.slice(0, 10).join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('answers a pasted question in the chat and leaves plain questions to the handbook', async () => {
    const bot = await createTestBot();
    try {
      const reply = textOf(await bot.say('3.（单选题）“三会一課”中的“一课”指的是（ ）\nA、形势政策报告会\nB、团课\nC、党课\nD、业务培训课'));
      expect(reply).toContain('答案：C（党课）');
      expect(reply).toContain('出处：题库（组织生活 · 初级）；《党务工作手册》 › 组织生活 › 三会一课总述；《中国共产党支部工作条例（试行）》');
      expect(textOf(await bot.say('支委会多久开一次'))).not.toContain('出处：题库');
    } finally {
      await bot.close();
    }
  });
});
