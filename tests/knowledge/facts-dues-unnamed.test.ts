import { describe, expect, it } from 'vitest';
import { matchParts, normalizeInput } from '../../knowledge';
import { factIndex } from '../helpers/facts';

/**
 * What a member pays asked with no fee named (issue 22, facts45): the share asked of a pay (交多少比例, 交几个点) and a
 * sum paid over (多交了两千块) in a message about members, with no fee, tax or insurance named, are the 党费. Two
 * questions on it in one message are each answered by their own fact. The sentences are written for these tests.
 */
const answer = (q: string) => {
  const open: string[] = [];
  const ids = matchParts(factIndex, normalizeInput(q), { weak: true }, open).map((m) => m.fact.id);
  return { ids, open };
};

describe('the 党费 asked with no fee named', () => {
  it('answers both halves of a message asking the share of a pay and where a sum paid over goes', () => {
    const { ids, open } = answer('小区党员每月工资六千五交多少比例；还有人想多交五千块，交到哪儿');
    expect(ids).toEqual(['dues.rates', 'dues.large']);
    expect(open).toEqual([]);
  });

  it('answers a sum paid over alone', () => {
    expect(answer('老党员上个月多交了两千块，这钱上交给谁').ids).toEqual(['dues.large']);
  });

  // Guards: another payment named, or nothing of the Party said, is not read as the 党费.
  it('leaves another payment, and a message that names no Party, as they are', () => {
    expect(answer('党员一次多交了3000元的社保费怎么办').ids).toEqual([]);
    expect(answer('工资5000交多少比例').ids).toEqual([]);
  });
});
