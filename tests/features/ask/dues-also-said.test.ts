import { describe, expect, it } from 'vitest';
import { describeBothKinds, parseDuesRequest } from '../../../bot/features/ask/dues';

/**
 * One income told of a retired member, then of an in-work one with 也 ("…在职的也是三千"), asked of both (issue 22,
 * facts64): both amounts are worked out, as when "都是" says it of both. Sentences written for the test.
 */
const both = (q: string) => {
  const request = parseDuesRequest(q);
  return request && describeBothKinds(q, request);
};

describe('the 党费 of one income said again of the other kind with 也', () => {
  it('works out the retired and the in-work amounts', () => {
    const reply = both('退休的老王每月退休金3000，在职的小张税后也是3000，党费各交多少');
    expect(reply).toContain('在职党员：3000 × 0.5% = 15 元/月');
    expect(reply).toContain('离退休党员：3000 × 0.5% = 15 元/月');
    const higher = both('退休党员退休金八千一个月交多少党费，在职的税后也拿八千呢');
    expect(higher).toContain('在职党员：8000 × 1.5% = 120 元/月');
    expect(higher).toContain('离退休党员：8000 × 1% = 80 元/月');
  });
  it('guard: 也 before no figure is no income said of both', () => {
    expect(both('退休党员退休金4000交多少党费，在职的也要交吗')).toBeUndefined();
  });
});
