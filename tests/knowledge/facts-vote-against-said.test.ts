import { describe, expect, it } from 'vitest';
import { matchParts, normalizeInput } from '../../knowledge';
import { factIndex } from '../helpers/facts';

/**
 * Not wanting to vote for a candidate said in everyday words (不想投给他, 不愿意选那个候选人): the vote against, as the
 * rules say it (投不赞成票), so whether one may write another name is answered by the rule on a vote against, beside
 * the rule on abstaining when both are asked (issue 22, facts45). The sentences are written for these tests.
 */
const ids = (q: string) => matchParts(factIndex, normalizeInput(q), { weak: true }, []).map((m) => m.fact.id);

describe('a vote against said as not wanting to choose someone', () => {
  it('answers both halves: another name after a vote against, and after abstaining', () => {
    expect(ids('选支委的时候我不想投给他，能写别的人吗？要是投了弃权还能另写一个吗')).toEqual([
      'branch.election.abstain',
      'branch.election.abstain.no',
    ]);
  });

  it('answers the vote against alone, not with the term of office', () => {
    expect(ids('换届时我不愿意选那个候选人，可以另外写个名字吗')).toEqual(['branch.election.abstain']);
  });

  // A guard: 投资 is another word.
  it('leaves 不想投资 as it is', () => {
    expect(ids('不想投资这个项目的党员怎么办')).toEqual([]);
  });
});
