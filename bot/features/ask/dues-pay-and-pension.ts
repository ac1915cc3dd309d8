import { fixDomainTypos, plainNumerals } from '../../../knowledge';
import { computeDues, DUES_BASIS, type DuesRequest, figuresOf, formatYuan, percent } from './dues';

/**
 * A message with one pay (税后8000, 工资8000) and one pension (退休金4000). Said of two people ("我税后8000，我老伴退休金
 * 4000，各交多少") each is worked out on the bands of its own kind. Said of one member ("我工资税后4000，另外还领一份
 * 退休金3000"), the handbook does not say whether the two are added or which one is the base, so the reply says so
 * and leaves it to the branch instead of picking one (the calculator would take the pay alone).
 */

/** Words that put the two figures on two people: 她/他 (not 其他), a spouse, 两个人, 各, 分别. */
const TWO_PEOPLE = /(?<!其)[她他](?!们)|老伴|老婆|爱人|媳妇|老公|对象|两个人|两人|俩|各(?:交|自|要|该|是)|分别/;

export function describePayAndPension(text: string, request: DuesRequest): string | undefined {
  // Several figures none said to be after tax (unclear) are one pay and one pension of two people when two are named
  // ("退休金4000，他工资6000，各交多少"): each is worked out, the pay taken as after tax and said so, as for one figure.
  if (request.unclear && !TWO_PEOPLE.test(text)) return undefined;
  if (request.each || request.askBack || request.rough || request.paid !== undefined) return undefined;
  const figures = figuresOf(fixDomainTypos(plainNumerals(text.replace(/\s+/g, '')))).filter((f) => !f.guess && !f.oneOff);
  const pensions = [...new Set(figures.filter((f) => f.pension).map((f) => f.value))];
  const pays = [...new Set(figures.filter((f) => f.pay && !f.pension).map((f) => f.value))];
  if (pensions.length !== 1 || pays.length !== 1 || new Set(figures.map((f) => f.value)).size !== 2) return undefined;
  const pay = figures.find((f) => f.value === pays[0] && f.pay)!;
  const pension = pensions[0]!;
  const tail = [`依据：${DUES_BASIS}`, '计算基数由党支部核定；生活确有困难的，经党支部同意、报上一级党委批准，可以少交或免交。'];
  if (!TWO_PEOPLE.test(text)) {
    return [
      `你说了两份收入：工资 ${formatYuan(pay.value)} 元和退休金 ${formatYuan(pension)} 元。手册里的规定没有写明同一名党员既领工资又领退休金时，两份是合起来算还是只按其中一份算，我不替你下结论，请以党支部核定的计算基数为准。`,
      '两种档次供对照：在职党员按每月税后工资收入，3000元以下（含）0.5%，3000至5000元（含）1%，5000至10000元（含）1.5%，10000元以上2%；离退休党员按每月离退休费，5000元以下（含）0.5%，5000元以上1%。',
      ...tail,
    ].join('\n');
  }
  if (pay.beforeTax) return undefined;
  const employed = computeDues({ ...request, category: 'employed', income: pay.value });
  const retired = computeDues({ ...request, category: 'retired', income: pension });
  const payWords = pay.afterTax ? '每月税后工资收入' : '每月工资收入（按税后计）';
  return [
    '你问的是两个人的党费，各按自己的收入和档位算：',
    `领工资的（在职党员）：${payWords} ${formatYuan(pay.value)} 元 × ${percent(employed.rate ?? 0)} = ${formatYuan(employed.monthly)} 元/月（在职党员${employed.band}）`,
    `领退休金的（离退休党员）：每月离退休费 ${formatYuan(pension)} 元 × ${percent(retired.rate ?? 0)} = ${formatYuan(retired.monthly)} 元/月（离退休党员${retired.band}）`,
    ...tail,
  ].join('\n');
}
