import { describe, expect, it } from 'vitest';
import { suggestByMeetingFrequency } from '../../knowledge/questions/meeting-frequency';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, type PassageHit, resolvePaste } from '../../knowledge/questions/suggest';

/** Issue 21 (paste15): which meetings are held at the interval a stem names. Pastes written for the test. */

const index = createPasteIndex([]);
const noPassages = async (): Promise<PassageHit[]> => [];

describe('which meetings are held how often', () => {
  it('picks the meetings the handbook gives the asked interval', async () => {
    const raw = '（多选）按规定，下面哪些会一般每季度开一次（ ）\nA.党课\nB.支委会\nC.支部党员大会\nD.主题党日';
    expect(outcomeAnswer(await resolvePaste(index, raw, noPassages))).toBe('AC');
    expect(suggestByMeetingFrequency('一般每年召开1次的是（ ）\nA.党小组会\nB.组织生活会\nC.支部委员会')?.choice).toEqual(['B']);
  });

  it('leaves an option that is no meeting with a stated interval', () => {
    expect(suggestByMeetingFrequency('下列一般每月召开一次的有（ ）\nA.党小组会\nB.民主生活会\nC.支委会')).toBeUndefined();
  });
});
