import { describe, expect, it } from 'vitest';
import { computeDues, describeDues, parseDuesRequest } from '../../../bot/features/ask/dues';
import { isOutOfScope } from '../../../bot/features/ask/scope';
import { normalizeInput } from '../../../knowledge';

/** Tenth round (issue 22): the 党费 calculator and the scope check on classes of stranger's wording, with sentences written for this test. */
describe('one payment by the quarter asked in dialect', () => {
  it('reads 交好多钱 (西南) as 交多少, also after 一次', () => {
    expect(parseDuesRequest(normalizeInput('我在厂里上班税后7000，支部同意我按季度交，一季度交一次交好多钱'))).toMatchObject({
      income: 7000,
      quarterly: true,
    });
  });
});

describe('a payment asked as 多少钱 where the question names the 党费', () => {
  it('is the 党费, not a price', () => {
    expect(isOutOfScope(normalizeInput('老伴退休金每月5200元，支部让按季度交党费，一次要缴多少钱？'))).toBe(false);
    expect(isOutOfScope(normalizeInput('養老金每月3900，按季度交黨費，每次交幾多錢？'))).toBe(false);
  });
  it('leaves a price asked beside the 党费 declined', () => {
    expect(isOutOfScope(normalizeInput('党费交完了，顺便问下鸡蛋多少钱？'))).toBe(true);
  });
});

describe('a pay computed band by band, as income tax is', () => {
  const reply = (q: string) => {
    const request = parseDuesRequest(normalizeInput(q));
    return request ? describeDues(computeDues(request)) : '';
  };
  it('reads the labelled pay, not the parts, and says the rate applies to the whole', () => {
    const answer = reply('税后8000的按3000x0.5%+2000x1%+3000x1.5%加起来算对不对');
    expect(answer).toContain('8000 × 1.5% = 120 元/月');
    expect(answer).toContain('不分段累进');
  });
  it('says nothing of parts when none are proposed', () => {
    expect(reply('税后8000党费交多少')).not.toContain('不分段');
  });
});

describe('several pays, each asked', () => {
  const reply = (q: string) => {
    const request = parseDuesRequest(normalizeInput(q));
    return request ? describeDues(computeDues(request)) : '';
  };
  it('computes each pay in its own band', () => {
    const answer = reply('我旺季每月税后到手7000，淡季税后到手2800，党费分别交多少');
    expect(answer).toContain('7000 × 1.5% = 105 元/月');
    expect(answer).toContain('2800 × 0.5% = 14 元/月');
  });
  it('still asks back when two pays are said and neither is asked each', () => {
    expect(reply('税后4500和税后3000，交多少')).toContain('分不清');
  });
});
