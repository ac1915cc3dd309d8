import { describe, expect, it } from 'vitest';
import { describeBothKinds, parseDuesRequest } from '../../../bot/features/ask/dues';

/**
 * One income said of in-work and retired members alike, asked of each (issue 22, facts39): their bands differ, so
 * both amounts are worked out. Sentences written for the test.
 */
const both = (q: string) => {
  const request = parseDuesRequest(q);
  return request && describeBothKinds(q, request);
};

describe('the 党费 of one income for in-work and retired members', () => {
  it('works out both amounts when the income is said of both', () => {
    const reply = both('在职党员和退休党员每月收入都是7000元，党费分别交多少');
    expect(reply).toContain('在职党员：7000 × 1.5% = 105 元/月');
    expect(reply).toContain('离退休党员：7000 × 1% = 70 元/月');
  });
  it('leaves a pension told alone to the one calculation (guard: the pension is not an in-work pay)', () => {
    expect(both('我退休金4500，在职那会儿交得多，现在每月交多少党费')).toBeUndefined();
  });
});
