import { chineseNumber, fixDomainTypos, plainNumerals } from '../../../knowledge';
import { type Rough, roughness, roughRange } from './dues-approximate';
import { IRREGULAR_INCOME, IRREGULAR_RULE, quarterTotalSaid } from './dues-irregular';
/**
 * The 党费 calculator: "工资到手6500交多少党费" gets 6500 × 1.5% = 97.5 元/月 with its band and rule.
 * Rates from 《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）, as the handbook states them
 * (knowledge/handbook/05-dues.md, 交纳比例); each band includes its upper bound.
 */

export const DUES_BASIS = '《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）';
export const DUES_SOURCE = 'handbook:dues.rates';

export type DuesCategory = 'employed' | 'retired' | 'student' | 'farmer' | 'hardship';

interface Band {
  upTo: number;
  rate: number;
  label: string;
}

const EMPLOYED: Band[] = [
  { upTo: 3000, rate: 0.005, label: '月工资收入（税后）3000元以下（含3000元）' },
  { upTo: 5000, rate: 0.01, label: '月工资收入（税后）3000元以上至5000元（含5000元）' },
  { upTo: 10000, rate: 0.015, label: '月工资收入（税后）5000元以上至10000元（含10000元）' },
  { upTo: Number.POSITIVE_INFINITY, rate: 0.02, label: '月工资收入（税后）10000元以上' },
];
const RETIRED: Band[] = [
  { upTo: 5000, rate: 0.005, label: '月离退休费5000元以下（含5000元）' },
  { upTo: Number.POSITIVE_INFINITY, rate: 0.01, label: '月离退休费5000元以上' },
];

export interface DuesRequest {
  category: DuesCategory;
  /** Monthly income in 元, when stated. */
  income?: number;
  probationary: boolean;
  /** The stated income is before tax (the base is after tax). */
  beforeTax: boolean;
  /** The stated income was yearly and is divided by 12. */
  yearly: boolean;
  /** Several figures and none said to be after tax: the calculator asks which one is the monthly after-tax pay. */
  unclear?: boolean;
  /** The figure was said to be after tax (税后, 到手, 实发); otherwise the reply does not call it after tax. */
  afterTax?: boolean;
  /** The year's total is asked too ("一年下来总共多少"). */
  yearTotal?: boolean;
  /** Paid by the quarter ("按季度交"): one payment is three months'. */
  quarterly?: boolean;
  /** Several monthly after-tax pays, each asked ("倒班的月份税后4500，平时税后3000，各交多少"): each is computed. */
  each?: number[];
  /** The asker computes it by parts of the pay, band by band ("3000×0.5%+2000×1%…", "分段加起来"): it is not. */
  segmented?: boolean;
  /** What the asker says is paid now, asked whether it is too much or too little ("每月90元…是不是交多了"). */
  paid?: number;
  /** Income not paid as a fixed monthly wage (众包, 计件, 每个月都不一样): the base is last quarter's monthly average. */
  irregular?: boolean;
  /** The previous quarter's whole income, when that is what was told ("上个季度一共挣了13500"): income is a third. */
  quarterTotal?: number;
  /** The figure was told roughly ("三千多", "大概七千"): the values it allows, and how it was said. */
  rough?: { said: Rough; range: [number, number] };
  /** Paid by 年薪制: the base is the month's pay actually received. */
  annualSalarySystem?: boolean;
  /** A one-off sum beside the pay (一次性奖金, 年终奖) that was left out of the base. */
  oneOffLeftOut?: number;
  /** Why the calculator cannot pick the base and asks back instead (内退, a pay and a pension of one member). */
  askBack?: string;
}

export interface DuesResult {
  request: DuesRequest;
  /** 元 per month; for farmers the range's low end (see {@link range}). */
  monthly: number;
  range?: [number, number];
  rate?: number;
  band: string;
}

const INCOME_WORDS =
  /工资|收入|月薪|薪水|薪资|到手|税后|税前|退休金|退修|养老金|离退休费|退休费|离休费|挣|赚|月入|年薪|拿|每月领|每个月领|月领|领到|领了/;
const ASKS_AMOUNT = /多少|(?:好多|几多)钱|交好多|怎么算|咋算|算一下|算算|计算|几块|几毛|几元|标准|交几/;

/** Members who pay a fixed amount, each by the words that name them ("在读大学的", "老家农村的党员"). */
const STUDENT = /学生|在校|大学生|研究生|读书|在读|读大学|上大学|念大学/;
const FARMER = /农民|务农|种地|种田|农村(?:的|里的)?党员/;
const HARDSHIP = /下岗|失业|低保|最低生活保障|救济|抚恤|没工作|没有工作|没有收入|无收入/;

/**
 * Study done while in work ("在职读博的老师", "在职读研"): an in-work member paid a salary, whose 党费 is rated on it; a
 * 学生 said beside it ("之前按学生0.2收的") is how the branch wrongly counted, not what the member is.
 */
const IN_SERVICE_STUDY = /在职(?:读博|读研|读硕|读书|读|攻读|博士|硕士|研究生|进修|学习|深造)/;

/**
 * Retired, as members say it: 退休, 离休, 养老金, 退了休, 退下来了, and the typo 退修 (退修费, 退修金). Not 内退 or 退养:
 * a member in 内部退养 has not retired (see {@link EARLY_RELEASE}).
 */
export const RETIRED_WORDS = /退休|退修|离休|养老金|退了休|退下来了/;

/**
 * 内退, 内部退养, 离岗退养: released from work before retirement, paid a living allowance by the employer. The handbook
 * names neither band for them, so the calculator asks the branch's word rather than pick one.
 */
export const EARLY_RELEASE = /内退|内部退养|离岗退养|退养/;

export function categoryOf(text: string): DuesCategory {
  if (RETIRED_WORDS.test(text.replace(/内退|内部退养|离岗退养|退养/g, ''))) return 'retired';
  if (IN_SERVICE_STUDY.test(text)) return 'employed';
  if (STUDENT.test(text)) return 'student';
  if (FARMER.test(text)) return 'farmer';
  if (HARDSHIP.test(text)) return 'hardship';
  return 'employed';
}

export const FIXED_KINDS: ReadonlyArray<readonly [DuesCategory, RegExp]> = [
  ['student', STUDENT],
  ['farmer', FARMER],
  ['hardship', HARDSHIP],
];

/**
 * The reply when a message asks the amount of two or more kinds of member who pay a fixed amount ("学生党员交多少，
 * 还有农村的党员按多少交"): each kind's amount, none left for the asker to guess from another. Undefined otherwise.
 */
export function describeFixedKinds(text: string, request: DuesRequest): string | undefined {
  if (request.income !== undefined || request.category === 'employed' || request.category === 'retired') return undefined;
  const t = fixDomainTypos(text.replace(/\s+/g, ''));
  const named = FIXED_KINDS.filter(([, re]) => re.test(t)).map(([kind]) => kind);
  if (named.length < 2) return undefined;
  return [
    '这几类党员不按收入比例计算，按固定数额交纳：',
    ...named.map((kind) => `${computeDues({ ...request, category: kind }).band}。`),
    ...(request.probationary ? ['预备党员从支部党员大会通过接收之日起交纳党费，基数和比例与正式党员相同。'] : []),
    `依据：${DUES_BASIS}`,
    '计算基数由党支部核定；生活确有困难的，经党支部同意、报上一级党委批准，可以少交或免交。',
  ].join('\n');
}

export interface Figure {
  value: number;
  /** Said to be after tax (税后, 扣税后, 到手, 实发). */
  afterTax: boolean;
  /** Said to be before tax (税前, 应发). */
  beforeTax: boolean;
  /** A yearly figure (一年到手…, 年薪…), divided by 12. */
  yearly: boolean;
  /** Said to be a pension (退休金6000) or a pay (税后8000, 工资8000): whose dues are asked, when both are named. */
  pension: boolean;
  pay: boolean;
  /** The asker's guess at the dues ("是不是也是90", "党费是90吗"), not an income. */
  guess: boolean;
  /** Told roughly: 三千多, 一万出头, 大概七千, 6000左右. */
  rough?: Rough;
  /** A one-off sum (一次性奖金, 年终奖, 补发): not part of the monthly base. */
  oneOff: boolean;
}

/** Words just before a figure that make it a guess at the answer, not an income: 是不是(也)90, 党费是90, 交90. */
const GUESS_BEFORE = /(?:是不是|是否|难道|党费|应该|就)(?:也|都|还)?(?:是|交|要交)?$|(?:交|是)$/;

// A Chinese figure ends before "一个月", "一年" that follow it unspaced ("四千五一个月" once spaces are gone).
const FIGURE =
  /(\d+(?:\.\d+)?)\s*(万|千|k|w)?(\d(?![\d.]))?|([零〇一二两三四五六七八九十百千万]{2,}?)(?=一(?:个月|个季度|季度|年|月)|[^零〇一二两三四五六七八九十百千万]|$)/gi;

/** A one-off sum named before a figure (一次性奖金2万, 年终奖3万, 补发了5000): the base is the regular monthly pay. */
const ONE_OFF = /一次性|年终奖|年终绩效|年底奖|年底发|补发|过节费/;

/** What follows a figure that counts a span of time, not money ("1个月", "两个季度" is read apart, "3年"). */
const COUNTED_SPAN = /^\s*(?:个月|个季度|个星期|个礼拜|周|天|年(?!薪|收入))/;

/**
 * The money figures a text states, each with what the words just before it say (税前, 扣税后, 一年到手 …):
 * 6500, 6500元, 6.5k, 六千五, 1.2万, 9万6 (96000), 4千8 (4800). Percentages are not figures.
 */
export function figuresOf(text: string): Figure[] {
  const t = text.replace(/[,，](?=\d{3})/g, '');
  const out: Figure[] = [];
  for (const m of t.matchAll(FIGURE)) {
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (after === '%' || after === '％') continue;
    // "1个月", "3个季度", "2年": a count of a span, not money (a figure with 万 or 千 is money: "1万一年").
    if (m[1] && !m[2] && COUNTED_SPAN.test(t.slice(m.index + m[0].length))) continue;
    let value: number | undefined;
    if (m[1]) {
      const unit = m[2]?.toLowerCase();
      const scale = unit === '万' || unit === 'w' ? 10000 : unit === '千' || unit === 'k' ? 1000 : 1;
      // "9万6" is 96000 and "4千8" is 4800: a digit after the unit counts one unit lower.
      value = Number(m[1]) * scale + (m[3] && scale > 1 ? Number(m[3]) * (scale / 10) : 0);
    } else value = chineseNumber(m[4]!);
    if (value === undefined || !Number.isFinite(value) || value <= 0) continue;
    const before = t.slice(Math.max(0, m.index - 8), m.index);
    // The nearest label wins: "税前工资6000，扣税后5400" labels 6000 税前 and 5400 税后.
    // The words since the previous figure: "税后6000的按3000×0.5%" labels 6000 税后, not 3000.
    const near = before.slice(before.search(/[，,。；;、 ]\S*$/) + 1).replace(/^.*[\d%％]/, '');
    const afterTax = /税后|扣税后|扣完税|到手|实发|实际(?:拿|发|到手)/.test(near);
    const beforeTax = !afterTax && /税前|应发|毛收入|扣税前/.test(near);
    const yearly = /年薪|一年|全年|每年|年收入|年终/.test(near) && !/月/.test(near.slice(near.search(/年/)));
    const pension = RETIRED_WORDS.test(near);
    const pay = !pension && /税后|税前|工资|到手|实发|月薪|薪水|收入/.test(near);
    // "是不是也是90": a small figure the asker offers as the answer; never a guess when labelled as pay.
    const guess = !pension && !pay && GUESS_BEFORE.test(before.replace(/[？?，,\s]+$/, '')) && value < 1000;
    const rough = roughness(t, m.index, m[0]);
    const oneOff = ONE_OFF.test(near);
    out.push({ value, afterTax, beforeTax, yearly, pension, pay, guess, oneOff, ...(rough ? { rough } : {}) });
  }
  return out;
}

/**
 * The monthly income the calculator uses: the after-tax figure when one is labelled, else the one figure stated;
 * `unclear` when several figures are stated and none is said to be after tax (the calculator asks back).
 */
function incomeOf(
  text: string,
):
  | { income: number; yearly: boolean; beforeTax: boolean; afterTax: boolean; pay: boolean; rough?: Rough; oneOffLeftOut?: number }
  | 'unclear'
  | undefined {
  const all = figuresOf(text).filter((f) => !f.guess);
  // "税后6000，另外发了一次性奖金2万": the one-off sum is not the monthly base; the pay beside it is.
  const regular = all.filter((f) => !f.oneOff);
  const figures = regular.length > 0 ? regular : all;
  const oneOff = regular.length > 0 && regular.length < all.length ? all.find((f) => f.oneOff)!.value : undefined;
  if (figures.length === 0) return undefined;
  const labelled = figures.filter((f) => f.afterTax);
  const distinct = new Set(figures.map((f) => f.value));
  // "退休金6000元，按1.5%交，每月90元": one figure said to be the pension, none said to be a pay, is the base; the
  // others are what is paid or guessed (a retiree's pension is not asked back for).
  const pensions = [...new Set(figures.filter((f) => f.pension).map((f) => f.value))];
  const pension =
    labelled.length === 0 && pensions.length === 1 && !figures.some((f) => f.pay || f.beforeTax)
      ? figures.find((f) => f.pension)
      : undefined;
  const chosen = labelled.length === 1 ? labelled[0]! : distinct.size === 1 ? figures[0]! : pension;
  if (!chosen) return 'unclear';
  // "年薪制的党员，这个月实际领了1.5万": 年薪制 names how the member is paid, not the figure; a month's pay is monthly.
  const yearly = chosen.yearly || (figures.length === 1 && /年薪(?!制)|年收入/.test(text));
  const beforeTax = chosen.beforeTax || (!chosen.afterTax && /税前|应发/.test(text) && !/税后/.test(text));
  return {
    income: yearly ? chosen.value / 12 : chosen.value,
    yearly,
    beforeTax,
    afterTax: chosen.afterTax || (!beforeTax && /税后/.test(text)),
    pay: chosen.pay,
    ...(chosen.rough ? { rough: chosen.rough } : {}),
    ...(oneOff !== undefined ? { oneOffLeftOut: oneOff } : {}),
  };
}

/** A dues question the calculator can answer, or undefined (the handbook answers the rest). */
/** A figure that bounds a band ("5000以上", "3000元以下", "1万以内"), not an income. */
const BAND_BOUND = /\d(?:\.\d+)?\s*(?:元|块|万|千)?\s*(?:以上|以下|以内|之间|到\d)/;
/**
 * Every band bound with its figure, a remainder said of one ("剩下1800"), a part above or below one ("超过5000的",
 * "前头5000") and a figure with the rate someone applies to it ("那1200元按1%算"), to read the pay without them.
 */
const BAND_BOUNDS =
  /\d+(?:\.\d+)?\s*(?:元|块|万|千)?\s*(?:以上|以下|以内|之间|到\d+(?:\.\d+)?)|(?:剩下|剩余|超出|多出)的?\d+(?:\.\d+)?|(?:超过|高于|低于|不到|不足|前头|前面)\d+(?:\.\d+)?(?:元|块)?|\d+(?:\.\d+)?\s*(?:元|块)?\s*按\s*\d+(?:\.\d+)?\s*[%％]/g;

/** Each of several amounts asked ("各交多少", "分别交多少"). */
const ASKS_EACH = /各(?:交|缴|要交|该交|是|多少)|分别|各自/;

/** Where one ask ends and the next begins: a question mark, a stop, a space in a run-on message, 还有, 另外. */
const ASK_APART = /[？?。；;！!\s]+|还有|另外|再问/;
const ASKS_ITS_AMOUNT = /多少|几多|好多|几个点|几个百分点|几块|几元|比例|百分之几|怎么算|咋算|交几|呢[？?]?$/;

/**
 * Each of two or more amounts asked in its own question ("税后5000交几个点？还有税后12000的交多少"): every part that
 * holds a figure asks the amount on it, as 各交多少 asks. A part runs from a figure to the next one (a run-on message
 * puts a space between the figure and its ask: "税后正好5000 交几个点"); a figure whose part asks nothing is the story.
 */
function asksEachApart(text: string): boolean {
  const parts: string[] = [];
  for (const piece of text.split(ASK_APART).filter(Boolean)) {
    // A figure in words counts ("恰好一万的又交几多"), a percentage does not.
    const figured = (p: string) => figuresOf(p).length > 0;
    if (figured(piece) && (parts.length === 0 || figured(parts.at(-1)!))) parts.push(piece);
    else if (parts.length > 0) parts[parts.length - 1] += `，${piece}`;
  }
  return parts.length >= 2 && parts.every((p) => ASKS_ITS_AMOUNT.test(p));
}

/**
 * The monthly after-tax pays a text labels (税后, 到手 …), two to four distinct ones; undefined otherwise. When each is
 * asked in its own question (`apart`), a figure left unlabelled there is of the same kind as the first
 * ("税后3000交多少？5000又交多少？"), unless any is before tax, yearly, rough, or a pay and a pension are mixed.
 */
function eachPay(text: string, apart = false): number[] | undefined {
  const figures = figuresOf(text).filter((f) => !f.guess);
  const all = [...new Set(figures.map((f) => f.value))];
  const labelled = [...new Set(figures.filter((f) => f.afterTax && !f.yearly).map((f) => f.value))];
  const alike =
    apart &&
    figures.every((f) => !f.beforeTax && !f.yearly && !f.rough && !f.oneOff) &&
    !(figures.some((f) => f.pension) && figures.some((f) => f.pay && !f.pension));
  const each = alike ? all : labelled;
  return each.length >= 2 && each.length <= 4 && each.length === all.length ? each : undefined;
}

/** A computation by parts of the pay: "分段算", "累进", or a sum of figures each times a rate ("3000x0.5%+2000x1%"). */
const SEGMENTED = /分段|分断|累进|超额累进|\d\s*[x×*]\s*\d+(?:\.\d+)?\s*[%％]\s*[+＋加]/;

/** Asked whether what is paid is right: 交多了, 交少了, 对不对, 交对了吗. */
const ASKS_PAID_RIGHT = /交多了|交少了|多交了|少交了|交对|交得对|交错|对不对|对吗|对不|多了|少了/;

/**
 * The one other figure the asker says is paid now ("一直按1.5%交，每月90元，是不是交多了"), when whether it is right is
 * asked: below the income, not a pay or pension. Several such figures leave it unsaid.
 */
function paidSaid(text: string, income: number): { paid?: number } {
  if (!ASKS_PAID_RIGHT.test(text)) return {};
  const others = [
    ...new Set(
      figuresOf(text)
        .filter((f) => !f.pension && !f.pay && f.value !== income && f.value < income)
        .map((f) => f.value),
    ),
  ];
  return others.length === 1 ? { paid: others[0]! } : {};
}

/** A voluntary extra paid at once ("一次多交1000元"), or where it goes (上缴中央): not a monthly income. */
// "4000多交多少" is a rough pension asked about (4000多, then 交多少), not 多交.
export const VOLUNTARY = /(?<![\d零〇一二两三四五六七八九十百千万])多交|一次(?:性)?交(?!多少|好多|几多)|上缴中央/;

/**
 * The message without the clauses that speak of a voluntary extra, when other clauses are left ("退休工资正好5000块，
 * 党费一个月交多少，她还想一次多交两千块，这钱交到哪"): the amount is worked out on the income the others state, and the
 * extra is another part of the message (duesOtherParts answers it). A message all about the extra is kept whole.
 */
function withoutVoluntaryClauses(text: string): string {
  const clauses = text.split(/[，,。？?！!；;\s]+/).filter(Boolean);
  const kept = clauses.filter((c) => !VOLUNTARY.test(c));
  return kept.length > 0 && kept.length < clauses.length ? kept.join('，') : text;
}

/** The reply to 内退 / 退养 with an income: the rule for each kind, and the branch's word asked for. */
const EARLY_RELEASE_ASK =
  '内退（内部退养）还没有办理正式退休手续，手册里的规定没有写明内退期间的生活费按在职党员还是离退休党员的档次交纳，我不替你下结论：请以党支部核定的计算基数和档次为准。\n' +
  '两种档次供对照：在职党员按每月税后工资收入，3000元以下（含）0.5%，3000至5000元（含）1%，5000至10000元（含）1.5%，10000元以上2%；离退休党员按每月离退休费，5000元以下（含）0.5%，5000元以上1%。';

export function parseDuesRequest(text: string): DuesRequest | undefined {
  // "养老金肆仟贰佰元": capital numerals read as the everyday ones.
  // "党废一个月该交多少": the domain's typos read as meant.
  const t = fixDomainTypos(plainNumerals(withoutVoluntaryClauses(text).replace(/\s+/g, '')));
  const aboutDues = /党费/.test(t);
  let category = categoryOf(t);
  const probationary = /预备党员/.test(t);
  // "一次多交1000元" is the voluntary extra, not an income.
  // "一次交多少" with a pay said asks for one payment (by the quarter), not about a voluntary lump sum.
  // "一次交好多钱", "一次交几多钱" (西南, 粤) ask the same as "一次交多少".
  if (VOLUNTARY.test(t)) return undefined;
  // "5000以上交多少", "3000以下的": a band asked about, not someone's pay; the rates answer it.
  // Unless the asker also labels their own pay after tax ("税后工资4800，是不是3000以内按0.5%…"): the bands are
  // their guess at the rule, and the figure is read from the rest.
  const unbanded = t.replace(BAND_BOUNDS, '，');
  // A pension said as the asker's own ("退休金每月6200元，有人说超过5000的那1200元按1%算") is theirs as well:
  // the figures with a band or a rate are someone's way of computing it.
  const ownPay = figuresOf(unbanded).some((f) => f.afterTax || f.pension);
  if (BAND_BOUND.test(t) && !ownPay) return undefined;
  const read = ownPay ? unbanded : t;
  // "内退了，每月生活费3500": the allowance of a member in 内退 is what they live on (asked back about below).
  const stated = INCOME_WORDS.test(t) || EARLY_RELEASE.test(t) || (aboutDues && ASKS_AMOUNT.test(t)) ? incomeOf(read) : undefined;
  // "工资到手6500" alone, said to a Party assistant, asks for the dues on it.
  const incomeOnly = stated && INCOME_WORDS.test(t) && [...t].length <= 16 && !/[？?吗呢]/.test(t);
  // "税后正好10000，是按1.5%还是2%交": a rate asked of a stated pay is a dues question without the word 党费; so is a
  // rate said in words ("交百分之一还是一点五"; 百分之几 asks the rate of the band, which the rates answer).
  const asksRate = INCOME_WORDS.test(t) && /\d(?:\.\d+)?\s*[%％]|百分之(?![几多])|哪一?档|比例/.test(t);
  if (stated && (aboutDues || incomeOnly || asksRate || /交(?:多少|好多|几多)|该交|要交/.test(t))) {
    const yearTotal = /一年下来|全年|一年.{0,4}(?:总共|一共|合计|要交|交多少|多少)|一年总/.test(t);
    // "税后正好3000交几多？正好5000又交几多？": each figure asked in its own question is worked out, even when only the
    // first says what it is.
    const apartEach = asksEachApart(text) ? eachPay(read, true) : undefined;
    if (apartEach) return { category, probationary, beforeTax: false, yearly: false, each: apartEach, yearTotal };
    // "内退了，每月生活费3500": no band is named for 内部退养 in the handbook; the branch says which applies.
    if (EARLY_RELEASE.test(t) && !/退休金|退休费|养老金|离休/.test(t)) {
      return { category, probationary, beforeTax: false, yearly: false, askBack: EARLY_RELEASE_ASK, yearTotal };
    }
    if (stated === 'unclear') {
      const each = ASKS_EACH.test(t) || asksEachApart(text) ? eachPay(read) : undefined;
      if (each) return { category, probationary, beforeTax: false, yearly: false, each, yearTotal };
      return { category, probationary, beforeTax: false, yearly: false, unclear: true, yearTotal };
    }
    // "税后8000……是不是跟俺们退休的不一样": the figure is a pay; the retired are only compared with.
    if (category === 'retired' && stated.pay) category = 'employed';
    // "单多单少每个月都不一样，上个季度平均一个月4500": last quarter's monthly average is the base (dues-irregular.ts).
    const irregular = category === 'employed' && !stated.yearly && IRREGULAR_INCOME.test(t);
    const quarterTotal = irregular && quarterTotalSaid(t) ? stated.income : undefined;
    const rough =
      stated.rough && quarterTotal === undefined ? { said: stated.rough, range: roughRange(stated.income, stated.rough) } : undefined;
    return {
      category,
      income: quarterTotal !== undefined ? quarterTotal / 3 : stated.income,
      ...(rough ? { rough } : {}),
      ...(/年薪制/.test(t) ? { annualSalarySystem: true } : {}),
      ...(stated.oneOffLeftOut !== undefined ? { oneOffLeftOut: stated.oneOffLeftOut } : {}),
      ...(irregular ? { irregular } : {}),
      ...(quarterTotal !== undefined ? { quarterTotal } : {}),
      probationary,
      beforeTax: stated.beforeTax,
      afterTax: stated.afterTax,
      yearly: stated.yearly,
      yearTotal,
      quarterly: /按季度|每季度|一个季度|一季度交/.test(t),
      segmented: SEGMENTED.test(t),
      ...paidSaid(read, stated.income),
    };
  }
  if (aboutDues && ASKS_AMOUNT.test(t) && (category === 'student' || category === 'farmer' || category === 'hardship')) {
    return { category, probationary, beforeTax: false, yearly: false };
  }
  return undefined;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
export const formatYuan = (n: number) => String(round2(n));
export const percent = (rate: number) => `${round2(rate * 100)}%`;

export function computeDues(request: DuesRequest): DuesResult {
  switch (request.category) {
    case 'student':
      return { request, monthly: 0.2, band: '学生党员每月交纳党费0.2元' };
    case 'hardship':
      return { request, monthly: 0.2, band: '下岗失业、依靠抚恤或救济生活、领取最低生活保障金的党员，每月交纳党费0.2元' };
    case 'farmer':
      return { request, monthly: 0.2, range: [0.2, 1], band: '农民党员每月交纳党费0.2元至1元' };
    default: {
      const bands = request.category === 'retired' ? RETIRED : EMPLOYED;
      const income = request.income ?? 0;
      const band = bands.find((b) => income <= b.upTo)!;
      return { request, monthly: round2(income * band.rate), rate: band.rate, band: `${band.label}的，交纳${percent(band.rate)}` };
    }
  }
}

/**
 * The band a figure right on a bound falls in, said in words ("5000元正好在“5000元以下（含5000元）”这一档，按0.5%交纳，
 * 每月25元"): members ask whether the bound itself is in the band below or above, and the handbook puts it below.
 * Undefined for a figure inside a band.
 */
export function boundaryNote(category: DuesCategory, income: number): string | undefined {
  if (category !== 'employed' && category !== 'retired') return undefined;
  const band = (category === 'retired' ? RETIRED : EMPLOYED).find((b) => b.upTo === income);
  if (!band) return undefined;
  const words = band.label.replace(/^月(?:工资收入（税后）|离退休费)/, '');
  return `${formatYuan(income)}元正好在“${words}”这一档，按${percent(band.rate)}交纳，每月${formatYuan(round2(income * band.rate))}元。`;
}

/**
 * The lines for a figure told roughly: the band and an amount "about", when every value the words allow is in one band;
 * else the bands it straddles. Either way the exact monthly figure is asked for.
 */
function describeRough(request: DuesRequest): string[] {
  const { range, said } = request.rough!;
  const income = request.income!;
  const low = computeDues({ ...request, income: range[0] });
  const high = computeDues({ ...request, income: range[1] });
  const retired = request.category === 'retired';
  const kind = retired ? '离退休党员' : '在职党员';
  const base = retired ? '每月离退休费' : '每月税后工资收入';
  const told = `${formatYuan(income)} 元${said === 'above' ? '多一点' : '左右'}`;
  const ask = `党费按${base}的准确数额计算，请告诉我每月准确是多少，我再帮你算准。`;
  if (low.rate !== high.rate)
    return [`你说的是个大约数（${told}），正好跨在两个档次的分界上：`, `${kind}${low.band}；`, `${kind}${high.band}。`, ask];
  const rate = low.rate ?? 0;
  const about = formatYuan(round2(income * rate));
  return [
    `你说的是个大约数（${told}），落在${kind}${low.band.replace(/的，交纳.*$/, '')}这一档，按 ${percent(rate)} 交。`,
    // "3000多" may be 3900: the amount is only known to be above the figure's, never "about" it.
    said === 'above' ? `每月在 ${about} 元以上（准确数额 × ${percent(rate)}）。` : `每月约 ${about} 元（准确数额 × ${percent(rate)}）。`,
    ask,
  ];
}

/** The reply: amount, computation, band, basis; the caller adds the citation. */
export function describeDues(result: DuesResult): string {
  const { request } = result;
  const lines: string[] = [];
  if (request.askBack) return [request.askBack, `依据：${DUES_BASIS}`].join('\n');
  if (request.each) {
    // Several pays asked each: one line per pay, its band and amount, on the bands of the member's kind.
    const retired = request.category === 'retired';
    for (const income of request.each) {
      const one = computeDues({ ...request, category: retired ? 'retired' : 'employed', each: undefined, income });
      lines.push(
        `${retired ? '每月离退休费' : '每月税后'} ${formatYuan(income)} 元：${formatYuan(income)} × ${percent(one.rate ?? 0)} = ${formatYuan(one.monthly)} 元/月（${retired ? '离退休党员' : '在职党员'}${one.band}）`,
      );
      const bound = boundaryNote(retired ? 'retired' : 'employed', income);
      if (bound) lines.push(bound);
    }
    lines.push(`依据：${DUES_BASIS}`);
    return lines.join('\n');
  }
  if (request.unclear) {
    lines.push(
      '你说了几个数额，我分不清哪个是每月扣税后的工资。党费按每月税后收入计算，请告诉我扣除个人所得税后每月实际到手多少，我再帮你算。',
    );
    lines.push(`依据：${DUES_BASIS}`);
    return lines.join('\n');
  }
  if (request.beforeTax && result.rate !== undefined && request.income !== undefined) {
    // A pre-tax figure is never called after tax: the base is after tax, so ask for that figure.
    lines.push(
      `你说的 ${formatYuan(request.income)} 元是税前数额，党费按每月税后收入计算。请告诉我扣除个人所得税后每月到手多少，我再帮你算。`,
      '',
      '交纳比例（在职党员，按税后月收入）：3000元以下（含）0.5%；3000至5000元（含）1%；5000至10000元（含）1.5%；10000元以上2%。',
      `依据：${DUES_BASIS}`,
    );
    return lines.join('\n');
  }
  if (request.rough && result.rate !== undefined && request.income !== undefined) {
    if (request.irregular) lines.push(IRREGULAR_RULE);
    lines.push(...describeRough(request));
    if (request.probationary) lines.push('预备党员从支部党员大会通过接收之日起交纳党费，基数和比例与正式党员相同。');
    lines.push(`依据：${DUES_BASIS}`);
    return lines.join('\n');
  }
  if (result.rate !== undefined && request.income !== undefined) {
    // Only a figure said to be after tax is called so; an unlabelled one is taken as the after-tax pay, and said so.
    const who =
      request.category === 'retired'
        ? '每月离退休费'
        : request.irregular
          ? '上一季度的月平均纯收入'
          : request.afterTax
            ? '每月税后工资收入'
            : '每月工资收入（按税后计）';
    // "是不是交多了": the verdict on what is paid now, first, with the difference worked out.
    if (request.paid !== undefined) {
      const diff = formatYuan(Math.abs(round2(request.paid - result.monthly)));
      const verdict =
        request.paid > result.monthly
          ? `交多了，每月多交${diff}元`
          : request.paid < result.monthly
            ? `交少了，每月少交${diff}元`
            : '交得对';
      lines.push(`应交 ${formatYuan(result.monthly)} 元/月；按你说的每月交 ${formatYuan(request.paid)} 元，${verdict}。`);
    }
    if (request.irregular) lines.push(IRREGULAR_RULE);
    if (request.quarterTotal !== undefined)
      lines.push(
        `上一季度共 ${formatYuan(request.quarterTotal)} 元，月平均 ${formatYuan(request.quarterTotal)} ÷ 3 = ${formatYuan(request.income)} 元。`,
      );
    if (request.annualSalarySystem) lines.push('实行年薪制的党员，每月以当月实际领取的薪酬收入为计算基数，按在职党员的比例交纳。');
    if (request.yearly) lines.push(`按年收入折算为每月 ${formatYuan(request.income)} 元（年收入 ÷ 12，实际以每月收入为准）。`);
    if (request.oneOffLeftOut !== undefined)
      lines.push(
        `一次性发放的 ${formatYuan(request.oneOffLeftOut)} 元不是每月工资中相对固定、经常性的部分，没有算进基数；具体项目以党支部核定为准。`,
      );
    // The base of a retired member is the whole of what is drawn each month, nothing taken off first.
    if (request.category === 'retired') lines.push('离退休党员以每月领取的离退休费（养老金）总额为计算基数，不扣除别的项目。');
    lines.push(`按${who} ${formatYuan(request.income)} 元计算：`);
    lines.push(`${formatYuan(request.income)} × ${percent(result.rate)} = ${formatYuan(result.monthly)} 元/月`);
    const bound = boundaryNote(request.category, request.income);
    if (bound) lines.push(bound);
    // "3000×0.5%+2000×1%+…这样对吗": the bands are not applied part by part as income tax is.
    if (request.segmented)
      lines.push(`党费不分段累进计算：整个${who.replace(/^每月/, '月')}按所在档次的一个比例算，不是每段各按一档再加起来。`);
    if (request.quarterly)
      lines.push(`按季度交纳的，每次交三个月：${formatYuan(result.monthly)} × 3 = ${formatYuan(round2(result.monthly * 3))} 元`);
    if (request.yearTotal) lines.push(`全年：${formatYuan(result.monthly)} × 12 = ${formatYuan(round2(result.monthly * 12))} 元`);
    lines.push('', `档次：${request.category === 'retired' ? '离退休党员' : '在职党员'}${result.band}。`);
  } else if (result.range) {
    lines.push(
      `每月 ${formatYuan(result.range[0])} 元至 ${formatYuan(result.range[1])} 元。`,
      '',
      `档次：${result.band}（按固定数额交纳，不按收入比例计算）。`,
    );
  } else {
    lines.push(`每月 ${formatYuan(result.monthly)} 元。`, '', `档次：${result.band}（按固定数额交纳，不按收入比例计算）。`);
  }
  if (request.probationary) lines.push('预备党员从支部党员大会通过接收之日起交纳党费，基数和比例与正式党员相同。');
  lines.push(`依据：${DUES_BASIS}`);
  lines.push('计算基数由党支部核定；生活确有困难的，经党支部同意、报上一级党委批准，可以少交或免交。');
  return lines.join('\n');
}

/** Both kinds of member named beside one income ("在职和离退休党员月收入都是6000，各交多少"): each is worked out. */
const NAMES_EMPLOYED = /在职|在岗|上班的|没退休|未退休/;
const NAMES_RETIRED = /退休|退修|离休/;
/**
 * The one income said of both ("均为6000", "都是6000", "同样6000"), or said of the second kind after the first's ("退休金
 * 4000…在职的税后也是4000"): a pension told alone is not an in-work pay.
 */
const SAID_OF_BOTH =
  /均为|均是|都是|都为|都拿|同样|一样的?(?:收入|工资)|收入相同|相同的?收入|也(?:是|拿|领|发)(?=[\d零〇一二两三四五六七八九十百千万])/;

/**
 * The reply when a message names in-work and retired members beside one income: their bands differ, so each amount is
 * worked out, neither left for the asker to guess from the other. Undefined for any other request.
 */
export function describeBothKinds(text: string, request: DuesRequest): string | undefined {
  const { income } = request;
  if (income === undefined || request.each || request.unclear || request.beforeTax || request.paid !== undefined) return undefined;
  if (request.rough || request.askBack) return undefined;
  if (!(NAMES_EMPLOYED.test(text) && NAMES_RETIRED.test(text) && SAID_OF_BOTH.test(text))) return undefined;
  if (request.category !== 'employed' && request.category !== 'retired') return undefined;
  const employed = computeDues({ ...request, category: 'employed' });
  const retired = computeDues({ ...request, category: 'retired' });
  const line = (who: string, r: DuesResult) =>
    `${who}：${formatYuan(income)} × ${percent(r.rate ?? 0)} = ${formatYuan(r.monthly)} 元/月（${who}${r.band}）`;
  return [
    `同样每月 ${formatYuan(income)} 元，在职党员和离退休党员按各自的档位交：`,
    line('在职党员', employed),
    line('离退休党员', retired),
    `依据：${DUES_BASIS}`,
    '计算基数由党支部核定；生活确有困难的，经党支部同意、报上一级党委批准，可以少交或免交。',
  ].join('\n');
}

/**
 * The calculator as the quiz's pasted-question answerer uses it (service `duesCalculator`): the monthly amount and
 * rate for a text stating one income, with the band and basis as the rule; undefined when the text states none.
 */
export function duesForPaste(text: string): { monthly: number; rate?: number; rule: string } | undefined {
  const request = parseDuesRequest(text);
  if (!request || request.income === undefined || request.beforeTax || request.unclear || request.rough || request.askBack)
    return undefined;
  const result = computeDues(request);
  const who = request.category === 'retired' ? '离退休党员' : request.category === 'employed' ? '在职党员' : '';
  return { monthly: result.monthly, rate: result.rate, rule: `${who}${result.band}（${DUES_BASIS}）` };
}
