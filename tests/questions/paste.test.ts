import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestions, type TemplateQuestion } from '../../knowledge/questions/builtin';
import { createPasteIndex, parsePasted } from '../../knowledge/questions/paste';
import { externalBank, random, VARIANT_KINDS, variant } from '../../scripts/eval/paste-variants';
import { createTestBot, textOf } from '../helpers/runtime';

/** Pastes of bank questions: every one answered rightly or abstained on, never answered wrongly. */
function accuracy(bank: TemplateQuestion[], sample: TemplateQuestion[], seed: number) {
  const index = createPasteIndex(bank);
  const rand = random(seed);
  const wrong: string[] = [];
  const missed: string[] = [];
  let total = 0;
  for (const q of sample) {
    for (let kind = 0; kind < VARIANT_KINDS.length; kind++) {
      const { text, expected } = variant(q, rand, kind);
      total++;
      const match = index.match(text);
      const given = match ? (match.choice.length > 0 ? match.choice.join('') : match.answerTexts.join('')) : undefined;
      if (given === undefined) missed.push(text.slice(0, 40));
      else if (given !== expected) wrong.push(`${text.slice(0, 40)} → ${given}（应为 ${expected}）`);
    }
  }
  return { rate: 1 - (wrong.length + missed.length) / total, wrong, missed, total };
}

describe('answering pasted exam questions', () => {
  it('splits stems from options however they are written', () => {
    expect(parsePasted('12.（单选题）支部党员大会一般（）召开一次。 A、每月 B、每季度 C、每年')).toEqual({
      stem: '支部党员大会一般()召开一次。',
      options: ['每月', '每季度', '每年'],
      declaredType: '单选',
    });
    expect(parsePasted('预备期是多长时间？').options).toEqual([]);
    // Options right after a colon (选出对的：A. …).
    expect(parsePasted('入党介绍人要干啥？选出对的：A. 解释党章 B. 了解情况 C. 代写思想汇报').options).toEqual([
      '解释党章',
      '了解情况',
      '代写思想汇报',
    ]);
  });

  it('answers variants of every built-in choice question in the user’s own lettering', () => {
    const bank = loadBuiltinQuestions();
    const result = accuracy(bank, bank, 7);
    expect(result.wrong.slice(0, 10), `${result.wrong.length}/${result.total}`).toEqual([]);
    expect(result.rate, result.missed.slice(0, 10).join('\n')).toBeGreaterThanOrEqual(0.98);
  }, 120_000);

  const external = externalBank();
  it.skipIf(external.length === 0)(
    'answers ≥ 98% of pasted variants drawn from an external bank, none wrongly',
    () => {
      const bank = external;
      const rand = random(42);
      const sample = Array.from({ length: 300 }, () => bank[Math.floor(rand() * bank.length)]);
      const result = accuracy(bank, sample, 11);
      expect(result.wrong.slice(0, 10)).toEqual([]);
      expect(result.rate, result.missed.slice(0, 10).join('\n')).toBeGreaterThanOrEqual(0.98);
    },
    180_000,
  );

  it('answers a pasted question in the chat and leaves plain questions to the handbook', async () => {
    const bot = await createTestBot();
    try {
      const reply = textOf(
        await bot.say('3.（单选题）“三会一課”中的“一课”指的是（ ）\nA、形势政策报告会\nB、团课\nC、党课\nD、业务培训课'),
      );
      expect(reply).toContain('答案：C（党课）');
      expect(reply).toContain(
        '出处：题库（组织生活 · 初级）；《党务工作手册》 › 组织生活 › 三会一课总述；《中国共产党支部工作条例（试行）》',
      );
      expect(textOf(await bot.say('支委会多久开一次'))).not.toContain('出处：题库');
    } finally {
      await bot.close();
    }
  });
});
