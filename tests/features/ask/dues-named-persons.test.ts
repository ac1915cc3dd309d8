import { describe, expect, it } from 'vitest';
import { parseDuesRequest } from '../../../bot/features/ask/dues';
import { describeNamedPersons } from '../../../bot/features/ask/dues-named-persons';

/**
 * Two or more people named in one message, each with an income or a kind of their own (issue 22, facts50): each
 * person's 党费 is worked out on their own band, none asked back as an unclear figure. Sentences written for the test.
 */
const persons = (q: string) => {
  const request = parseDuesRequest(q);
  return request && describeNamedPersons(q, request);
};

describe('the 党费 of two people named with their incomes', () => {
  it('works out two pensions, each on the retirees’ bands', () => {
    const reply = persons('我爸退休金4200，我妈退休金5500，他们党费各交多少');
    expect(reply).toContain('你爸：每月离退休费 4200 元 × 0.5% = 21 元/月');
    expect(reply).toContain('你妈：每月离退休费 5500 元 × 1% = 55 元/月');
  });
  it('works out a pension and a wage, each on its own kind, the kind said after the person', () => {
    const reply = persons('老张退休金4500 小陈在厂里上班税后工资8000 两人党费分别交多少');
    expect(reply).toContain('老张：每月离退休费 4500 元 × 0.5% = 22.5 元/月');
    expect(reply).toContain('小陈：每月税后工资收入 8000 元 × 1.5% = 120 元/月');
  });
  it('reads a second person without a kind as of the first person’s kind (又交多少), 多 as above the figure', () => {
    const reply = persons('我姑退休了 退休金3000 交多少党费 我姨6000多的又交多少');
    expect(reply).toContain('你姑：每月离退休费 3000 元 × 0.5% = 15 元/月');
    expect(reply).toContain('你姨：每月离退休费 6000 多元，按 1% 交，每月 60 元以上');
  });
  it('gives a fixed-amount person their amount beside the other’s income', () => {
    const reply = persons('我表弟在读大学 我姐税后7000 党费各交多少');
    expect(reply).toContain('你表弟：学生党员每月交纳党费0.2元');
    expect(reply).toContain('你姐：每月税后工资收入 7000 元 × 1.5% = 105 元/月');
  });
  it('leaves one person’s several figures to the calculator, which asks back (guard)', () => {
    expect(persons('我哥工资6000奖金2000党费交多少')).toBeUndefined();
    expect(persons('工资6000奖金2000党费交多少')).toBeUndefined();
  });
  it('leaves one person with one figure to the one calculation (guard)', () => {
    expect(persons('我爸退休金4800交多少党费')).toBeUndefined();
  });
});
