import { describe, expect, it } from 'vitest';
import { type PassageHit, suggestFromHandbook } from '../../../knowledge/questions/suggest';

/**
 * A statement weighed against two neighbouring sentences (issue 21, paste21): a 不 in a clause the statement does
 * not say (金额不限) denies nothing the statement says. Passage and pastes written for the test.
 */
const passage: PassageHit = {
  text: '党员自愿多交党费，金额不限。党员自愿一次多交纳1000元以上的党费，全部上缴中央，由中央统一管理使用。',
  coverage: 0.9,
  source: 'handbook:test',
  title: '党费',
};

describe('negations of a clause the statement does not say', () => {
  it('do not make a statement of the other clauses false', () => {
    const outcome = suggestFromHandbook('判断：党员自愿多交党费，一次多交1000元以上的，这部分党费全部上缴中央统一管理。', [passage]);
    expect(outcome.kind === 'hedged' ? outcome.answerTexts : undefined).not.toEqual(['错误']);
  });

  it('still count in a clause the statement says', () => {
    const outcome = suggestFromHandbook('判断：党员自愿一次多交纳1000元以上的党费，不上缴中央，由中央统一管理使用。', [passage]);
    expect(outcome.kind === 'hedged' ? outcome.answerTexts : undefined).not.toEqual(['正确']);
  });
});
