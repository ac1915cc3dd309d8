import { describe, expect, it } from 'vitest';
import { duesForPaste } from '../../bot/features/ask/dues';
import { createFactIndex } from '../../knowledge/facts';
import { loadBuiltinQuestions } from '../../knowledge/questions/builtin';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, resolvePaste } from '../../knowledge/questions/suggest';

/** A close bank 填空 whose unit follows its blank, pasted with the unit left to the blank (issue 21, paste9). */
describe('a blank that holds the unit the bank question writes after it', () => {
  const index = createPasteIndex(loadBuiltinQuestions());
  const solve = async (raw: string) => outcomeAnswer(await resolvePaste(index, raw, async () => [], duesForPaste, createFactIndex([])));

  it('is answered with the unit (（）年内 → ______内: 二年, not 二)', async () => {
    const answer = await solve(
      '填空題 党员受撤销党内职务处分的，______内不得在党内担任和向党外组织推荐担任与其原任职务相当或者高于其原任职务的职务。',
    );
    expect(answer?.split('/')[0]).toBe('二年');
  });

  it('keeps the bank’s answer when the paste writes the unit too', async () => {
    const answer = await solve('党员受撤销党内职务处分的，______年内不得在党内担任与其原任职务相当或者高于其原任职务的职务。');
    expect(answer?.split('/')[0]).toBe('二');
  });
});
