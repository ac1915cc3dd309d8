import { chineseNumber, HAN_DIGITS } from '../text/numerals';
/**
 * Worked dates for facts that are periods from a day the asker gives: the end of an extended 预备期, of a 处分's
 * 影响期 or a 留党察看, the earliest day an 入党积极分子 may become a 发展对象, the year of the next 换届. The fact
 * answers the rule; the worked date is added after it, so the asker need not count, and nothing is worked out
 * when the question does not say which period applies.
 */

export interface GivenDay {
  year: number;
  month?: number;
  day?: number;
}

/** The first day the question gives: 2023年5月1日, 2023.5.1, 2023-05-01, 2023年5月, 2023年. */
export function givenDay(question: string): GivenDay | undefined {
  const full = /((?:19|20)\d{2})\s*(?:年|\.|-|\/)\s*(\d{1,2})\s*(?:月|\.|-|\/)\s*(\d{1,2})\s*[日号]?/.exec(question);
  if (full) {
    const [year, month, day] = [Number(full[1]), Number(full[2]), Number(full[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { year, month, day };
  }
  const month = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月/.exec(question);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return { year: Number(month[1]), month: Number(month[2]) };
  const year = /((?:19|20)\d{2})\s*年/.exec(question);
  return year ? { year: Number(year[1]) } : undefined;
}

/** The day a number of months after the given one (the 29th of February and month ends kept as said, or not at all). */
export function addMonths(from: GivenDay, months: number): GivenDay | undefined {
  if (from.month === undefined) return months % 12 === 0 ? { year: from.year + months / 12 } : undefined;
  const index = from.year * 12 + (from.month - 1) + months;
  const out: GivenDay = { year: Math.floor(index / 12), month: (index % 12) + 1 };
  if (from.day === undefined) return out;
  // A day the target month does not have (8月31日 + 6个月): the asker should count it with the branch.
  const last = new Date(Date.UTC(out.year, out.month!, 0)).getUTCDate();
  return from.day <= last ? { ...out, day: from.day } : undefined;
}

export function formatDay(d: GivenDay): string {
  return `${d.year}年${d.month ? `${d.month}月` : ''}${d.day ? `${d.day}日` : ''}`;
}

/** A length said in the question ("半年", "六个月", "1年", "一年半"), in months. */
export function monthsSaid(text: string): number | undefined {
  if (/一年半|1年半|18个月|十八个月/.test(text)) return 18;
  if (/半年/.test(text)) return 6;
  const m = /(\d{1,2}|[一两二三四五六七八九十])\s*(个月|年)/.exec(text);
  if (!m) return undefined;
  const n = /\d/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!)!;
  return m[2] === '年' ? n * 12 : n;
}

/** 影响期 of each 处分 in months, as the 纪律处分条例 sets them (留党察看's runs from the restoring of rights). */
const INFLUENCE: Array<[RegExp, number, string]> = [
  [/严重警告/, 18, '严重警告的影响期一年半'],
  [/(?<!严重)警告/, 12, '警告的影响期一年'],
  [/撤销党内职务/, 24, '撤销党内职务的影响期二年'],
  [/开除党籍/, 60, '开除党籍五年内不得重新入党'],
];

/** The end of a 处分's 影响期 from the day it took effect, for the one 处分 the question names. */
export function influenceEnd(question: string): string | undefined {
  if (/留党察看/.test(question)) return undefined;
  const named = INFLUENCE.filter(([re]) => re.test(question));
  if (named.length !== 1) return undefined;
  const from = givenDay(question);
  if (!from) return undefined;
  const [, months, rule] = named[0]!;
  const end = addMonths(from, months);
  if (!end) return undefined;
  const what = months === 60 ? `最早${formatDay(end)}以后才能重新申请入党` : `影响期到${formatDay(end)}`;
  return `按你说的${formatDay(from)}处分生效算，${rule}，${what}（影响期内又受处分的另算）。`;
}

/** What each 处分 bars and for how long, as the handbook says it (纪律 › 影响期), by the words that name it. */
const NAMED_BARS: Array<[RegExp, string]> = [
  [/严重警告/, '受严重警告处分的，一年半内不得在党内提升职务'],
  [/(?<!严重)警告/, '受警告处分的，一年内不得在党内提升职务'],
  [/撤销(?:党内)?职务|撤职/, '受撤销党内职务处分的，二年内不得在党内担任与原任职务相当或更高的职务'],
  [/留党察看/, '受留党察看处分的，恢复党员权利后二年内不得在党内担任与原任职务相当或更高的职务'],
  [/开除(?:党籍)?/, '被开除党籍的，五年内不得重新入党'],
];

/**
 * "开除党籍的过几年能再入党，受警告的多久不能提拔": the 处分 the question names, each with its own bar and length,
 * said first; the list of every 影响期 follows. Not for a question naming none, nor one naming them all.
 */
export function namedInfluence(question: string): string | undefined {
  // In the order the question names them.
  const named = NAMED_BARS.flatMap(([re, bar]) => {
    const at = question.search(re);
    return at >= 0 ? [{ at, bar }] : [];
  }).sort((a, b) => a.at - b.at);
  if (named.length === 0 || named.length > 3) return undefined;
  return `${named.map((n) => n.bar).join('；')}。`;
}

/** What each 处分 bars during its 影响期, as the handbook says it (纪律 › 影响期). */
const POST_BARS: Array<[RegExp, string]> = [
  [/严重警告/, '受严重警告处分的，一年半内不得在党内提升职务'],
  [/(?<!严重)警告/, '受警告处分的，一年内不得在党内提升职务'],
  [/撤销党内职务/, '受撤销党内职务处分的，二年内不得在党内担任与原任职务相当或更高的职务'],
];
/** A 处分 told as received lately (上个月, 刚, 今年 …): its 影响期 of a year or more still runs. */
const RECENT = /上个?月|这个?月|本月|上周|前几天|前些天|前段时间|最近|刚|今年|上礼拜|前天|昨天/;
/** A post proposed for the member soon (下半年, 下个月, 这次补选 …), or with no time said. */
const LATER = /明年|后年|年后|[二三四五]年后|过两年|过几年/;
/** The member proposed for a post: 让他当, 选他当, 提拔, 担任, 补选 … */
const POST_PROPOSED = /[让叫安排选][^，,。]{0,6}当|提拔|提干|提升|担任|补选|当选|任命|升职|提职|补[^，,。\s]{0,4}(?:委员|支委|书记)/;

/**
 * "上个月受了警告处分…下半年想让他当支委，行不行": a post proposed within the 影响期 of a 处分 told as received lately is
 * barred; said first (不行), with the bar the handbook gives. A post proposed a year or more away, or a 处分 with no
 * time told, gets the rule alone.
 */
export function postWithinInfluence(question: string): string | undefined {
  if (/留党察看|开除/.test(question) || !POST_PROPOSED.test(question) || LATER.test(question)) return undefined;
  const named = POST_BARS.filter(([re]) => re.test(question));
  if (named.length !== 1) return undefined;
  if (RECENT.test(question)) return `不行。${named[0]![1]}，现在还在影响期内。`;
  // "去年10月受了个警告…现在想让他补组织委员": the 影响期 counted from the month told, to the same month of a later year.
  const from = monthBack(question);
  const months = INFLUENCE_MONTHS[/严重警告/.test(question) ? '严重警告' : /撤销党内职务/.test(question) ? '撤销党内职务' : '警告'];
  // An 影响期 that ran out before this year ("前年10月受的警告") bars nothing now: the rule alone.
  if (!from || !months || months % 12 !== 0 || months / 12 < from.back) return undefined;
  const end = yearsLater(from, months / 12);
  return `${end}以前不行。${named[0]![1]}：按你说的${from.said}受的处分，影响期到${end}，在那之前不能提升党内职务。`;
}

/** A month told back from this year ("去年9月", "前年十月份"): how many years back, the month, and as said. */
export interface MonthBack {
  back: number;
  month: number;
  said: string;
}

export function monthBack(question: string): MonthBack | undefined {
  const m = /(去年|前年)\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月份?/.exec(question);
  if (!m) return undefined;
  const month = /\d/.test(m[2]!) ? Number(m[2]) : chineseNumber(m[2]!);
  if (!month || month < 1 || month > 12) return undefined;
  return { back: m[1] === '前年' ? 2 : 1, month, said: `${m[1]}${month}月` };
}

/** The same month a number of years after one told back from this year: 今年, 明年 or N年后. */
function yearsLater(from: MonthBack, years: number): string {
  const ahead = years - from.back;
  const year = ahead === 0 ? '今年' : ahead === 1 ? '明年' : ahead === -1 ? '去年' : `${ahead}年后`;
  return `${year}${from.month}月`;
}

/** The month of this year the question says it is, or asks about ("今年3月", "现在3月份了", "这都3月了"). */
export function monthNow(question: string): number | undefined {
  const m = /(?:今年|现在|眼下|目前|这都|已经)(?:是|都|已经)?\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月/.exec(question);
  if (!m) return undefined;
  const month = /\d/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
  return month && month >= 1 && month <= 12 ? month : undefined;
}

/**
 * "积极分子去年9月定的…今年3月能不能列发展对象": both months told of years counted from this one, so the time between
 * them is known though the year is not. Short of the year of 培养考察: not yet, said first, with the month it is reached.
 */
export function activistNotYet(question: string): string | undefined {
  if (!/积极分子/.test(question) || givenDay(question)) return undefined;
  const from = monthBack(question);
  const now = monthNow(question);
  if (!from || now === undefined) return undefined;
  const months = from.back * 12 + now - from.month;
  if (months < 0) return undefined;
  const ready = yearsLater(from, 1);
  if (months >= 12) return `按你说的${from.said}确定为入党积极分子，到今年${now}月已培养考察满一年，基本具备党员条件的可以列为发展对象。`;
  return `不能。按你说的${from.said}确定为入党积极分子，到今年${now}月才${months}个月，还不满一年；要到${ready}以后，基本具备党员条件的才可以列为发展对象。`;
}

/** The end of a 留党察看 of the length the question names (一年 or 二年), from the day it took effect. */
export function watchEnd(question: string): string | undefined {
  const length = /留党察看\s*(?:一年|1年)|(?:一年|1年)(?:的)?留党察看/.test(question)
    ? 12
    : /留党察看\s*(?:二年|两年|2年)|(?:二年|两年|2年)(?:的)?留党察看/.test(question)
      ? 24
      : undefined;
  const from = givenDay(question);
  if (!length || !from) return undefined;
  const end = addMonths(from, length);
  if (!end) return undefined;
  return `按你说的${formatDay(from)}起留党察看${length / 12 === 1 ? '一' : '二'}年算，到${formatDay(end)}期满；期满改正错误的恢复党员权利，仍不符合条件的可延长一年（最长二年）。`;
}

/** The earliest day an 入党积极分子 named on the given day may be listed as a 发展对象 (after a year or more). */
export function activistReady(question: string): string | undefined {
  if (!/积极分子/.test(question)) return undefined;
  const from = givenDay(question);
  const end = from && addMonths(from, 12);
  if (!from || !end) return undefined;
  return `按你说的${formatDay(from)}确定为入党积极分子算，培养考察满一年、即${formatDay(end)}以后，基本具备党员条件的才可能列为发展对象。`;
}

/** The year of the next 换届 for a branch elected in the given year: 5 years for a village or community, else 3. */
export function nextElection(question: string): string | undefined {
  if (!/换届|换的届|选的|选举|选出|当选|任期/.test(question)) return undefined;
  const village = /村|社区/.test(question);
  // A 党委 or 党总支 elsewhere has a term of its own rank; a village's or community's (党委, 党总支, 党支部 alike) is 5 years.
  const above = /基层党委|党委|总支/.test(question);
  if (above && !village) return undefined;
  const from = givenDay(question);
  if (!from) return undefined;
  const years = village ? 5 : 3;
  const body = village ? (above ? '村（社区）党组织' : '村（社区）党支部') : '支部委员会';
  return `按你说的${from.year}年${body}换届算，任期一般${years}年，应在${from.year + years}年换届；确需延期或提前的，要报上级党组织批准，一般不超过1年。`;
}

/** The end of a 预备期 extended by the length the question says, from the day of admission. */
export function extendedProbationEnd(question: string): string | undefined {
  const extension = /延长(?:了)?(半年|六个月|6个月|一年|1年|\d{1,2}个月|[三四五六七八九十]个月)/.exec(question);
  if (!extension) return undefined;
  const months = monthsSaid(extension[1]!);
  const from = givenDay(question);
  if (!months || months < 6 || months > 12 || !from || from.day === undefined) return undefined;
  const end = addMonths(from, 12 + months);
  if (!end) return undefined;
  return `按你说的${formatDay(from)}支部大会通过为预备党员、预备期延长${extension[1]}算，预备期到${formatDay(end)}期满；经批准转正的，党龄从${formatDay(end)}算起。`;
}

/** The 影响期 of each 处分 that has a plain one, in months (留党察看's runs from the day the rights come back). */
const INFLUENCE_MONTHS: Record<string, number> = { 警告: 12, 严重警告: 18, 撤销党内职务: 24 };
const PUNISHMENT = '严重警告|撤销党内职务|警告';

/** Months as the asker reads them: "26个月（2年2个月）". */
function monthsText(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return years === 0 ? `${months}个月` : `${months}个月（${years}年${rest ? `${rest}个月` : ''}）`;
}

/**
 * A second 处分 within the 影响期 of the first ("受警告处分4个月后，又受了严重警告处分"): the new 影响期 is what is
 * left of the first one plus the second's, worked out. Only when the question names both 处分 and how long after
 * the first the second came, and that is still within the first's 影响期.
 */
export function overlapWorked(question: string): string | undefined {
  const first = new RegExp(`(${PUNISHMENT})(?:处分)?[^，,。？?又再]{0,6}?((?:\\d{1,2}|[一两二三四五六七八九十]{1,2})\\s*个?月|半年)`).exec(
    question,
  );
  // "警告处分 今年3月又…" holds a month of the year, not a span: read by the months told.
  const elapsed = first ? monthsSaid(first[2]!) : undefined;
  if (!first || elapsed === undefined) return overlapByMonths(question);
  const second = new RegExp(`(?:又|再)[^，,。？?]{0,12}?(${PUNISHMENT})`).exec(question.slice(first.index + first[0].length));
  if (!second) return undefined;
  const before = INFLUENCE_MONTHS[first[1]!]!;
  const added = INFLUENCE_MONTHS[second[1]!]!;
  if (elapsed <= 0 || elapsed >= before) return undefined;
  const left = before - elapsed;
  return `按你说的：${first[1]}的影响期${monthsText(before)}，过了${elapsed}个月还剩${left}个月；加上${second[1]}的影响期${monthsText(added)}，新的影响期共${monthsText(left + added)}，从${second[1]}处分生效之日起算。`;
}

/** A day of the year said without its year ("1月15号通过的"): the asker means this year, whichever it is. */
const YEARLESS_DAY = /(?<![\d年.\-/])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;

/**
 * The last day the 上级党委 may approve a 预备党员 the 支部大会 admitted on the given day: three months, six at the
 * most with cause. The day may be said without its year; the deadline then is said without one too (次年 when it
 * falls in the next).
 */
export function approvalDeadline(question: string): string | undefined {
  if (!/支部大会|党员大会|通过|接收/.test(question)) return undefined;
  const dated = givenDay(question);
  const yearless = dated ? undefined : YEARLESS_DAY.exec(question);
  // A year without leap days for a day said without its year: only month and day are shown.
  const from = dated ?? (yearless ? { year: 2001, month: Number(yearless[1]), day: Number(yearless[2]) } : undefined);
  if (!from || from.day === undefined || from.month === undefined || from.month > 12 || from.day > 31) return undefined;
  const by = addMonths(from, 3);
  const latest = addMonths(from, 6);
  if (!by || !latest) return undefined;
  const said = (d: GivenDay) => (dated ? formatDay(d) : `${d.year > from.year ? '次年' : ''}${d.month}月${d.day}日`);
  return `按你说的${said(from)}支部大会通过接收算，上级党委一般最迟在${said(by)}前审批（三个月内）；特殊情况延长的，也不得晚于${said(latest)}（六个月）。`;
}

/** A year of two digits as said in talk (七六年, 76年): the last century's when it is after this year's two digits. */
function fullYear(digits: string, now = new Date()): number {
  const n = Number(digits);
  if (digits.length === 4) return n;
  const century = Math.floor(now.getUTCFullYear() / 100) * 100;
  return n > now.getUTCFullYear() - century ? century - 100 + n : century + n;
}

/**
 * The day the asker says they (or someone) became a full member: a year, with its month when said, right before 转正;
 * never the day of admission told before it ("1978年10月入的党 按期转正": 入, 通过, 预备 between are the admission's).
 */
const FULL_MEMBER_ON =
  /((?:19|20)?\d{2}|[〇零一二三四五六七八九]{2,4})年(?:(\d{1,2}|[一二三四五六七八九十]{1,2})月)?(?:份)?[^，,。？?；;\d年入通预]{0,6}?转(?:为正式党员|的?正)/;

/** The year and month (when said) of 转正 the question gives, or nothing when it gives none that can be. */
function fullMemberOn(question: string): { year: number; month?: number } | undefined {
  const m = FULL_MEMBER_ON.exec(question);
  if (!m) return undefined;
  const digits = [...m[1]!].map((c) => HAN_DIGITS[c] ?? c).join('');
  if (digits.length !== 2 && digits.length !== 4) return undefined;
  const year = fullYear(digits);
  const month = m[2] ? (/\d/.test(m[2]) ? Number(m[2]) : chineseNumber(m[2])) : undefined;
  if (year < 1921 || year > new Date().getUTCFullYear() || (month !== undefined && (!month || month < 1 || month > 12))) return undefined;
  return month ? { year, month } : { year };
}

/**
 * The day a member reaches 50 years of 党龄 (the 光荣在党50年 medal), from the day of 转正 the question says: the asker
 * who gives the year of the application too ("1990年写的申请书，1992年才转正") is told the year that counts.
 */
export function fiftyYearsOn(question: string): string | undefined {
  const on = fullMemberOn(question);
  if (!on) return undefined;
  const from = formatDay(on);
  const to = formatDay({ ...on, year: on.year + 50 });
  return `按你说的${from}转为正式党员，到${to}党龄满50年。`;
}

/**
 * 党龄 counts from the day of 转正: where the question says that day ("七六年七月按期转正的，党龄从哪年算"), the year and
 * month it counts from, so the asker who weighs two years (the 预备 year and the 转正 one) is told which.
 */
export function partyAgeFrom(question: string): string | undefined {
  const on = fullMemberOn(question);
  if (!on) return undefined;
  const day = formatDay(on);
  return `按你说的${day}转为正式党员，党龄从${day}算起，之前的预备期不算。`;
}

/** A month told with its year or a year said relative to now ("去年9月", "今年3月份", "2024年11月", "3月"). */
const MONTH_TOLD =
  /(前年|去年|今年|((?:19|20)\d{2})\s*年)?\s*(\d{1,2}|十[一二]|[一二三四五六七八九十])\s*月(?!份?[\d一二三四五六七八九十]+[日号])/g;
const RELATIVE_YEAR: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0 };

/** The last month told in a stretch of the question, as a count of months (the year relative or as said). */
function lastMonthIn(text: string): { index: number; said: string; year?: number } | undefined {
  let out: { index: number; said: string; year?: number } | undefined;
  for (const m of text.matchAll(MONTH_TOLD)) {
    const month = /^\d+$/.test(m[3]!) ? Number(m[3]) : chineseNumber(m[3]!);
    if (!month || month < 1 || month > 12) continue;
    const year = m[2] ? Number(m[2]) : m[1] ? RELATIVE_YEAR[m[1]] : undefined;
    out = { index: (year ?? 0) * 12 + month, said: m[0].replace(/\s+/g, ''), ...(year !== undefined ? { year } : {}) };
  }
  return out;
}

/**
 * "去年9月受了警告处分，今年3月又要给严重警告": the months each 处分 came in, told as months of a year (relative or
 * said), give how long after the first the second came. Both years must be said alike (both relative or both as
 * figures), or neither when the second month is later in the same year; otherwise nothing is worked out.
 */
function overlapByMonths(question: string): string | undefined {
  const first = new RegExp(`(${PUNISHMENT})`).exec(question);
  if (!first) return undefined;
  const rest = question.slice(first.index + first[0].length);
  const second = new RegExp(`(?:又|再)[^，,。？?]{0,12}?(${PUNISHMENT})`).exec(rest);
  if (!second) return undefined;
  // The first 处分's month is told in its clause, before it; the second's between the two.
  const from = lastMonthIn(
    question
      .slice(0, first.index)
      .split(/[。？?]/)
      .pop()!,
  );
  const to = lastMonthIn(rest.slice(0, second.index + second[0].length));
  if (!from || !to) return undefined;
  const relative = (y?: number) => y !== undefined && y <= 0;
  if ((from.year === undefined) !== (to.year === undefined) || relative(from.year) !== relative(to.year)) return undefined;
  const elapsed = to.index - from.index;
  const before = INFLUENCE_MONTHS[first[1]!]!;
  const added = INFLUENCE_MONTHS[second[1]!]!;
  if (elapsed <= 0 || elapsed >= before) return undefined;
  const left = before - elapsed;
  return `按你说的：${first[1]}的影响期${monthsText(before)}，从${from.said}到${to.said}过了${elapsed}个月还剩${left}个月；加上${second[1]}的影响期${monthsText(added)}，新的影响期是两者之和，共${monthsText(left + added)}，从${second[1]}处分生效之日起算。`;
}
