import { describe, expect, it } from 'vitest';
import { computeDues, describeDues, parseDuesRequest } from '../../../bot/features/ask/dues';
import { isOutOfScope } from '../../../bot/features/ask/scope';
import { normalizeInput } from '../../../knowledge';

/** Fifteenth round (issue 22, facts54): the 党费 calculator on a mistyped 退休 and on a rate said in words, with sentences written for this test. */
const reply = (q: string) => {
  const request = parseDuesRequest(normalizeInput(q));
  return request ? describeDues(computeDues(request)) : '';
};

describe('退修 typed for 退休', () => {
  it('works a pension at the retired rate', () => {
    expect(reply('我是退修干部 每月退修金4000 党费交多少')).toContain('4000 × 0.5% = 20 元/月');
  });
});

describe('a rate said in words beside a pay after tax', () => {
  it('is a 党费 question, worked out, without the word 党费', () => {
    const q = '社区网格员 税后工资4500 是交百分之零点五还是百分之一';
    expect(isOutOfScope(normalizeInput(q))).toBe(false);
    expect(reply(q)).toContain('4500 × 1% = 45 元/月');
  });
});

describe('a rate asked in words (百分之几) beside two incomes', () => {
  it('is left to the rates, not worked on one of the figures (answered on the base; a guard)', () => {
    expect(parseDuesRequest(normalizeInput('退休的老同志养老金3600 交百分之几 在厂里上班税后9000的又交百分之几'))).toBeUndefined();
  });
});
