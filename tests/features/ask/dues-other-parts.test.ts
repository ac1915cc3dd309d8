import { describe, expect, it } from 'vitest';
import { duesOtherParts } from '../../../bot/features/ask/answerers';

/**
 * Issue 22, facts24: a message that gives an income and asks something else besides the amount. The calculator
 * answers the amount; each other part is answered by its fact or said to be open, never passed over. Sentences
 * written for the test.
 */
const said = (q: string) => duesOtherParts(q).join('\n');

describe('the 党费 calculator beside a second question', () => {
  it('answers the other part with its fact', () => {
    expect(said('我退休了每月养老金三千，党费也要交吗，连着多久不交就算脱党了')).toContain('自行脱党');
    expect(said('月薪8000交多少党费，党费交给谁')).toContain('党支部');
  });

  it('names the other part it answers, so the reader sees which question the fact is for', () => {
    expect(said('月薪8000交多少党费，党费交给谁')).toContain('你还问到“党费交给谁”：');
  });

  it('says plainly which part the handbook does not answer', () => {
    expect(said('我退休金4000，党费交多少，能不能微信交')).toContain('能不能微信交');
  });

  it('adds nothing to a question of the amount alone, nor for a part the calculator answers', () => {
    expect(duesOtherParts('工资6000，党费交多少')).toEqual([]);
    expect(said('我工资5000，每月交多少，按税前还是税后算')).not.toContain('没有直接说到');
  });
});
