import { describe, expect, it } from 'vitest';
import { computeDues, describeDues, duesForPaste, parseDuesRequest } from '../../../bot/features/ask/dues';
import { describePayAndPension } from '../../../bot/features/ask/dues-pay-and-pension';

/**
 * Issue 22: the 党费 calculator audited as a class against the handbook's rules (knowledge/handbook/05-dues.md), with
 * sentences written for this test, the ways members ask.
 */
const reply = (text: string) => {
  const request = parseDuesRequest(text);
  if (!request) throw new Error(`not a dues question: ${text}`);
  return describeDues(computeDues(request));
};

describe('retired, as members say it', () => {
  it('reads 退修 (typo), 退了休 and 退下来了 as retired: the pension bands', () => {
    expect(reply('我爹退修费每月刚好五千块，党费该交几多')).toContain('5000 × 0.5% = 25 元/月');
    expect(reply('俺退了休，每月领四千八，党费交好多')).toContain('4800 × 0.5% = 24 元/月');
    expect(reply('退下来了，每个月拿5500，党费多少')).toContain('5500 × 1% = 55 元/月');
  });

  it('内退 / 退养 is no retirement and no band is named for it: the branch is asked, no amount given', () => {
    for (const text of ['我内退在家，每月发生活费3800，党费交多少', '厂里让我离岗退养了，一个月四千二，党费咋算']) {
      const answer = reply(text);
      expect(answer, text).toContain('党支部核定');
      expect(answer, text).not.toContain('元/月');
    }
  });
});

describe('two figures asked each in its own question', () => {
  it('answers both, the second taking the kind the first was told with', () => {
    const answer = reply('税后工资恰好3000交几多党费？恰好一万的又交几多？');
    expect(answer).toContain('3000 × 0.5% = 15 元/月');
    expect(answer).toContain('10000 × 1.5% = 150 元/月');
    const retired = reply('退休金整5000交多少？5200的呢？');
    expect(retired).toContain('5000 × 0.5% = 25 元/月');
    expect(retired).toContain('5200 × 1% = 52 元/月');
  });
});

describe('figures told roughly', () => {
  it('never states an exact amount on 多 / 出头 / 左右, and the band is the one above an edge it passes', () => {
    const justOver = reply('我工资到手五千出头，党费交多少');
    expect(justOver).toContain('1.5%');
    expect(justOver).not.toContain('5000 × 1% = 50 元/月');
    expect(justOver).toContain('准确');
    const pension = reply('退休金三千多一点，党费多少');
    expect(pension).toContain('0.5%');
    expect(pension).not.toContain('3000 × 0.5% = 15 元/月');
  });

  it('asks back when the rough figure straddles a band edge', () => {
    const answer = reply('到手大约一万左右，党费每月多少');
    expect(answer).toContain('1.5%');
    expect(answer).toContain('2%');
    expect(answer).not.toContain('元/月');
    expect(duesForPaste('到手大约一万左右，党费每月多少')).toBeUndefined();
  });

  it('a figure the asker fixes ("就按七千算") is taken as told', () => {
    expect(reply('工资七千出头吧，就按七千算，党费多少')).toContain('7000 × 1.5% = 105 元/月');
  });

  it('"4000多交多少" is a rough pension asked about, not a voluntary 多交', () => {
    expect(parseDuesRequest('退休费4000多交多少党费')?.category).toBe('retired');
  });
});

describe('年薪制 and one-off sums', () => {
  it('a month actually received under 年薪制 is that month’s base, not a year divided by 12', () => {
    const answer = reply('单位实行年薪制，本月实际领到2万，党费交多少');
    expect(answer).toContain('20000 × 2% = 400 元/月');
    expect(answer).toContain('当月实际领取');
  });

  it('a one-off bonus beside the pay is left out of the base, and said so', () => {
    const answer = reply('税后工资八千，这个月还发了年终奖5万，党费交多少');
    expect(answer).toContain('8000 × 1.5% = 120 元/月');
    expect(answer).toContain('没有算进基数');
  });
});

describe('a pay and a pension in one message', () => {
  const answer = (text: string) => describePayAndPension(text, parseDuesRequest(text)!);
  it('of two people: each on the bands of its kind', () => {
    const both = answer('我跟我爱人，我税后6500，她退休金5200，分别交多少党费');
    expect(both).toContain('6500 元 × 1.5% = 97.5 元/月');
    expect(both).toContain('5200 元 × 1% = 52 元/月');
  });
  it('of one member: the handbook does not say which is the base, so no amount is picked', () => {
    const one = answer('我退休金4500，返聘后每月工资税后3000，党费按哪个算');
    expect(one).toContain('党支部核定');
    expect(one).not.toContain('元/月');
  });
});

describe('the rate asked in words, 党费 not named', () => {
  it('reads "交百分之一还是一点五" beside a pay as a dues question, and it is not declined as a price question', async () => {
    const { isOutOfScope } = await import('../../../bot/features/ask/scope');
    const text = '我在镇卫生院上班 到手工资正好五千 该交百分之一还是百分之一点五 一个月多少钱';
    expect(isOutOfScope(text)).toBe(false);
    expect(reply(text)).toContain('5000 × 1% = 50 元/月');
  });
});
