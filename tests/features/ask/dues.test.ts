import { describe, expect, it } from 'vitest';
import { computeDues, describeDues, parseDuesRequest } from '../../../bot/features/ask/dues';
import { chineseNumber as parseChineseNumber } from '../../../knowledge';

const monthly = (text: string) => {
  const request = parseDuesRequest(text);
  if (!request) throw new Error(`not a dues question: ${text}`);
  return computeDues(request);
};

describe('党费 calculator', () => {
  it.each([
    ['工资到手3000，党费交多少', 15, 0.005],
    ['工资到手3001，党费交多少', 30.01, 0.01],
    ['税后5000交多少党费', 50, 0.01],
    ['税后5001交多少党费', 75.02, 0.015],
    ['工资到手6500', 97.5, 0.015],
    ['月薪税后10000，党费多少', 150, 0.015],
    ['月薪税后10001，党费多少', 200.02, 0.02],
    ['税后工资1.2万交多少党费', 240, 0.02],
    ['到手六千五党费交多少', 97.5, 0.015],
  ])('%s → %s 元 (each band includes its upper bound)', (text, amount, rate) => {
    const result = monthly(text);
    expect(result.monthly).toBe(amount);
    expect(result.rate).toBe(rate);
  });

  it('retirees: 0.5% up to 5000 inclusive, 1% above', () => {
    expect(monthly('退休金5000，党费交多少').monthly).toBe(25);
    expect(monthly('退休了养老金5200党费多少').monthly).toBe(52);
    expect(describeDues(monthly('退休了养老金5200党费多少'))).toContain('离退休党员月离退休费5000元以上的，交纳1%');
  });

  it('students, farmers, the unemployed and those on subsistence pay fixed amounts', () => {
    expect(monthly('学生党员党费交多少').monthly).toBe(0.2);
    expect(monthly('农民党员党费交多少').range).toEqual([0.2, 1]);
    expect(monthly('失业了党费交多少').monthly).toBe(0.2);
    expect(monthly('吃低保的党员党费交多少').monthly).toBe(0.2);
  });

  it('预备党员 pay by the same bands and are told from when', () => {
    const text = describeDues(monthly('预备党员工资到手4000党费交多少'));
    expect(text).toContain('4000 × 1% = 40 元/月');
    expect(text).toContain('支部党员大会通过接收之日起');
  });

  it('a before-tax income alone is never called after tax: the calculator asks for the after-tax pay', () => {
    const text = describeDues(monthly('税前工资8000党费交多少'));
    expect(text).toContain('8000 元是税前数额');
    expect(text).toContain('扣除个人所得税后每月到手多少');
    expect(text).not.toContain('税后工资收入 8000');
    expect(text).not.toContain('元/月');
  });

  // Issue 22: each reading the calculator got wrong.
  it('一年到手9万6 is 96,000 a year: 8,000 a month, 120 元', () => {
    const result = monthly('一年到手9万6，党费交多少');
    expect(result.request.income).toBe(8000);
    expect(result.monthly).toBe(120);
    expect(describeDues(result)).toContain('年收入 ÷ 12');
  });

  it('reads capital numerals (大写数字) as amounts: 肆仟贰佰, 伍仟伍佰, 叁仟', () => {
    expect(monthly('退休党员 每月养老金 肆仟贰佰元 党费交多少').monthly).toBe(21);
    expect(monthly('我工资税后伍仟伍佰元，党费交多少').monthly).toBe(82.5);
    expect(monthly('到手叁仟元一个月，党费多少').monthly).toBe(15);
  });

  it('工资到手4千8 is 4,800 (48 元), not 4,000', () => {
    expect(monthly('工资到手4千8，党费交多少').monthly).toBe(48);
    expect(monthly('工资到手1万2党费多少').monthly).toBe(240);
  });

  it('税前…扣税后… uses the after-tax figure: 5400 × 1.5% = 81 元', () => {
    const result = monthly('税前工资6000，扣税后5400，党费交多少');
    expect(result.monthly).toBe(81);
    const text = describeDues(result);
    expect(text).toContain('税后工资收入 5400 元');
    expect(text).not.toContain('6000');
  });

  it('an unlabelled figure is not called 税后; a labelled one is', () => {
    expect(describeDues(monthly('工资6000党费交多少'))).toContain('每月工资收入（按税后计） 6000 元');
    expect(describeDues(monthly('税后6000党费交多少'))).toContain('每月税后工资收入 6000 元');
  });

  it('asks back when it cannot tell which figure is the monthly after-tax pay', () => {
    const result = monthly('工资6000奖金2000党费交多少');
    expect(result.request.unclear).toBe(true);
    const text = describeDues(result);
    expect(text).toContain('分不清');
    expect(text).not.toContain('元/月');
  });

  it('a rate asked of a stated pay is a dues question, and the year total is given when asked', () => {
    expect(monthly('税后正好10000，是按1.5%还是2%交？每月多少钱').monthly).toBe(150);
    expect(describeDues(monthly('我现在到手12000一个月，每月党费多少？一年下来总共多少'))).toContain('240 × 12 = 2880 元');
  });

  it('a yearly income is divided by 12 and says so', () => {
    const result = monthly('年薪12万党费交多少');
    expect(result.monthly).toBe(150);
    expect(describeDues(result)).toContain('年收入 ÷ 12');
  });

  it('leaves other dues questions to the handbook', () => {
    for (const text of [
      '党费怎么交',
      '党费按什么比例交',
      '自愿一次多交1000元党费怎么处理',
      '退休党员党费怎么算',
      '连续六个月不交党费会怎样',
      // A figure that bounds a band is no one's pay: the rates answer it (was 25 元 on "5000").
      '退休党员党费怎么交，5000以上交多少',
      '工资3000元以下的交多少党费',
    ]) {
      expect(parseDuesRequest(text), text).toBeUndefined();
    }
  });

  it('reads the pay labelled after tax beside a guess at the bands, and works the whole pay at one rate', () => {
    const result = monthly('在职党员税后工资4800，党费是不是3000以内按0.5%、剩下1800按1%分开算再加起来？');
    expect(result.monthly).toBe(48);
    expect(result.rate).toBe(0.01);
    // A band asked about with a label on its bound is still the band, not a pay.
    expect(parseDuesRequest('税后5000以上交多少党费')).toBeUndefined();
  });

  it('reads Chinese numerals', () => {
    expect(parseChineseNumber('六千五')).toBe(6500);
    expect(parseChineseNumber('一万二')).toBe(12000);
    expect(parseChineseNumber('三千五百')).toBe(3500);
    expect(parseChineseNumber('八千')).toBe(8000);
    expect(parseChineseNumber('工资')).toBeUndefined();
  });
});

describe('paid by the quarter', () => {
  it('a pay said with 按季度 gets one payment of three months; 一次交多少 is no voluntary lump sum', () => {
    const request = parseDuesRequest('月工资6000元按季度交党费，一次交多少')!;
    expect(request.quarterly).toBe(true);
    expect(describeDues(computeDues(request))).toContain('90 × 3 = 270 元');
    expect(parseDuesRequest('退休金4000一年党费总共多少')?.yearTotal).toBe(true);
  });
});

describe('Chinese figures followed by 一个月 (spaces gone)', () => {
  it('reads 五千六 and 四千五 before 一个月 as 5600 and 4500, not the 一 over the 六', () => {
    expect(parseDuesRequest('俺村老支书退休了 退休金一个月五千六 一个月交多少党费')?.income).toBe(5600);
    expect(parseDuesRequest('预备党员小刘  税后工资  四千五  一个月  党费  该交多少')?.income).toBe(4500);
    expect(parseChineseNumber('六一')).toBeUndefined();
  });
  it('"一年多少" asks for the year total too', () => {
    expect(parseDuesRequest('税后一个月七千二 党费一个月交多少 一年多少')?.yearTotal).toBe(true);
  });
});

describe('what the asker says besides the pay', () => {
  const monthly = (text: string) => {
    const request = parseDuesRequest(text);
    return request && !request.unclear ? computeDues(request).monthly : undefined;
  };
  it('takes a figure offered as the answer (是不是也是90) for a guess, not a second income', () => {
    expect(monthly('退休金每月7000，党费多少，是不是也是70')).toBe(70);
    expect(monthly('税后工资4600，党费是不是交46')).toBe(46);
  });
  it('reads the domain typos (党废) before deciding it is a dues question', () => {
    expect(monthly('退休金一个月5500 党废该交多少')).toBe(55);
  });
  it('computes on the pay when the retired are only compared with', () => {
    const request = parseDuesRequest('我儿子税后6000，一个月党费多少，跟我们退休的一样吗');
    expect(request?.category).toBe('employed');
    expect(computeDues(request!).monthly).toBe(90);
    expect(parseDuesRequest('退休工资6000党费多少')?.category).toBe('retired');
  });
});
