/**
 * A generator of 民情工单 messages whose promised date is said in one of the many ways people type a deadline in chat,
 * across regions and registers: spoken relative days (明儿, 后儿个), weekdays (礼拜三, 下下周二, 这周末), spans (三五天内,
 * 48小时内), parts of a month (月中, 上旬, 下个月初), numeric dates (3.10前, 0310前), festivals and lunar days (清明前,
 * 二月二前), office shorthand (EOD, W11), spoken numbers (三号, 廿号) and the markers of a limit (为止, 截止). Each
 * phrase carries its expected date as of the eval's clock (Wednesday 2026-03-04 10:00 北京时间), or none when it
 * promises no day (尽快, 过两天, ASAP, 十号左右) and the dialogue must ask.
 *
 * Why: the tuning writers' promised dates were read ~99% right and strangers' ~87%: strangers bring deadline phrases
 * nobody tested. The phrases of each class are split in two: the tuning half was run while extending the grammar, the
 * kept-apart half ({@link KEPT}) only for its totals, to show whether the grammar grew by class or by wording.
 *
 * Choices the expectations encode (the grammar follows them; see bot/scheduler/parse/deadline.ts):
 * - a span of two numbers (三五天内, 一两周内) is read by its longer end: what the member promised at the latest;
 * - 周末 and 本周内 are the week's Sunday, 下旬 the 20th, 中旬 and 月中 the 15th (as before); 上旬 is the 10th, 月初
 *   the 5th (its first days, read early rather than late);
 * - 左右 and 前后 after a day (十号左右, 10号前后) say "about then", no limit: no date, asked; 大概, 差不多 and 估计
 *   before a limit (大概周五前) only soften it: the date;
 * - 初三 alone could be a lunar or a solar day: no date, asked; 二月二, 农历二月初二 are lunar days, read;
 * - 年前 and 节后 (which 年, which 节?) promise no day; 清明节后上班第一天 is the first working day after its holiday;
 * - W11 and 第11周 are ISO weeks, by their Sunday; EOD is that day.
 *
 * Every word here is this file's own, none from an eval set.
 */

import { pick, type Rand, seeded } from './random';

export interface DeadlinePhrase {
  text: string;
  /** YYYY-MM-DD as of 2026-03-04, or undefined: no date (the dialogue asks for one). */
  expected?: string;
}

export interface DeadlineClass {
  kind: string;
  tuning: DeadlinePhrase[];
  kept: DeadlinePhrase[];
}

const p = (text: string, expected?: string): DeadlinePhrase => ({ text, expected });

export const DEADLINE_CLASSES: DeadlineClass[] = [
  {
    kind: '口语相对日',
    tuning: [
      p('明儿', '2026-03-05'),
      p('后儿个', '2026-03-06'),
      p('大后天', '2026-03-07'),
      p('今天之内', '2026-03-04'),
      p('后天之前', '2026-03-06'),
    ],
    kept: [
      p('明儿个', '2026-03-05'),
      p('后儿', '2026-03-06'),
      p('大后儿个', '2026-03-07'),
      p('今日内', '2026-03-04'),
      p('大后日', '2026-03-07'),
    ],
  },
  {
    kind: '不是日期的快慢话',
    tuning: [p('过两天'), p('尽快'), p('最近'), p('ASAP'), p('过几天'), p('抓紧')],
    kept: [p('过些天'), p('asap'), p('这两天'), p('回头'), p('改日'), p('越快越好'), p('有空')],
  },
  {
    kind: '星期',
    tuning: [
      p('礼拜四前', '2026-03-05'),
      p('星期五之前', '2026-03-06'),
      p('下礼拜一', '2026-03-09'),
      p('下下周二', '2026-03-17'),
      p('这周末', '2026-03-08'),
      p('周末前', '2026-03-08'),
      p('周5前', '2026-03-06'),
      p('星期天前', '2026-03-08'),
    ],
    kept: [
      p('礼拜六之前', '2026-03-07'),
      p('週五前', '2026-03-06'),
      p('下星期二', '2026-03-10'),
      p('下下礼拜三', '2026-03-18'),
      p('本周末', '2026-03-08'),
      p('下周末前', '2026-03-15'),
      p('星期四以前', '2026-03-05'),
      p('下个礼拜五', '2026-03-13'),
      p('这礼拜五前', '2026-03-06'),
    ],
  },
  {
    kind: '时段',
    tuning: [
      p('三五天内', '2026-03-09'),
      p('一个礼拜内', '2026-03-11'),
      p('半个月内', '2026-03-19'),
      p('十天之内', '2026-03-14'),
      p('两周内', '2026-03-18'),
      p('48小时内', '2026-03-06'),
      p('一周之内', '2026-03-11'),
      p('3个工作日内', '2026-03-09'),
    ],
    kept: [
      p('两三天内', '2026-03-07'),
      p('一两周内', '2026-03-18'),
      p('七天以内', '2026-03-11'),
      p('24小时之内', '2026-03-05'),
      p('一个星期之内', '2026-03-11'),
      p('20天内', '2026-03-24'),
      p('五个工作日之内', '2026-03-11'),
      p('一个月之内', '2026-04-04'),
      p('七十二小时内', '2026-03-07'),
    ],
  },
  {
    kind: '月内时段',
    tuning: [
      p('月中', '2026-03-15'),
      p('上旬', '2026-03-10'),
      p('中旬', '2026-03-15'),
      p('下旬', '2026-03-20'),
      p('下个月初', '2026-04-05'),
      p('这个月15号前', '2026-03-15'),
      p('15号以前', '2026-03-15'),
      p('15日之前', '2026-03-15'),
      p('月中前', '2026-03-15'),
      p('4月上旬', '2026-04-10'),
    ],
    kept: [
      p('本月中旬前', '2026-03-15'),
      p('下月中', '2026-04-15'),
      p('下个月上旬', '2026-04-10'),
      p('4月初', '2026-04-05'),
      p('本月20号之前', '2026-03-20'),
      p('25日以前', '2026-03-25'),
      p('这个月内', '2026-03-31'),
      p('下旬前', '2026-03-20'),
      p('到月底', '2026-03-31'),
      p('四月中旬以前', '2026-04-15'),
    ],
  },
  {
    kind: '数字日期',
    tuning: [
      p('3.10前', '2026-03-10'),
      p('3-10前', '2026-03-10'),
      p('3/10之前', '2026-03-10'),
      p('3月10号', '2026-03-10'),
      p('3.10号', '2026-03-10'),
      p('0310前', '2026-03-10'),
      p('2026.3.20前', '2026-03-20'),
    ],
    kept: [
      p('3.12之前', '2026-03-12'),
      p('3/15前', '2026-03-15'),
      p('03-18前', '2026-03-18'),
      p('3月18', '2026-03-18'),
      p('4.1号前', '2026-04-01'),
      p('0320之前', '2026-03-20'),
      p('2026/3/25前', '2026-03-25'),
      p('3月20号以前', '2026-03-20'),
    ],
  },
  {
    kind: '节日与农历',
    tuning: [
      p('清明前', '2026-04-05'),
      p('端午前', '2026-06-19'),
      p('春节前', '2027-02-06'),
      p('二月二前', '2026-03-20'),
      p('五一前', '2026-05-01'),
      p('清明节后上班第一天', '2026-04-07'),
      p('年前'),
      p('节后'),
    ],
    kept: [
      p('清明节之前', '2026-04-05'),
      p('端午节以前', '2026-06-19'),
      p('中秋前', '2026-09-25'),
      p('国庆节前', '2026-10-01'),
      p('农历二月初二前', '2026-03-20'),
      p('五一节后上班第一天', '2026-05-06'),
      p('过年前', '2027-02-06'),
      p('节后上班'),
    ],
  },
  {
    kind: '办公简写',
    tuning: [
      p('EOD', '2026-03-04'),
      p('今天EOD', '2026-03-04'),
      p('本周内', '2026-03-08'),
      p('下周一之前', '2026-03-09'),
      p('W11', '2026-03-15'),
      p('今天下班前', '2026-03-04'),
    ],
    kept: [
      p('明天EOD', '2026-03-05'),
      p('eod前', '2026-03-04'),
      p('这周之内', '2026-03-08'),
      p('下周二之前', '2026-03-10'),
      p('W12内', '2026-03-22'),
      p('第11周', '2026-03-15'),
      p('明天下班前', '2026-03-05'),
    ],
  },
  {
    kind: '口语数字',
    tuning: [
      p('三号前', '2026-04-03'),
      p('十号前', '2026-03-10'),
      p('二十号之前', '2026-03-20'),
      p('初三'),
      p('十号左右'),
      p('大概周五前', '2026-03-06'),
    ],
    kept: [
      p('五号以前', '2026-03-05'),
      p('十八号前', '2026-03-18'),
      p('廿号前', '2026-03-20'),
      p('初五'),
      p('二十号左右'),
      p('差不多月底前', '2026-03-31'),
      p('估计下周三之前', '2026-03-11'),
      p('三十号前', '2026-03-30'),
    ],
  },
  {
    kind: '期限标记',
    tuning: [
      p('15号为止', '2026-03-15'),
      p('截止15号', '2026-03-15'),
      p('截止到本周五', '2026-03-06'),
      p('10号前后'),
      p('到20号为止', '2026-03-20'),
    ],
    kept: [
      p('本月20号为止', '2026-03-20'),
      p('截至3月25日', '2026-03-25'),
      p('周五截止', '2026-03-06'),
      p('月底前后'),
      p('到下周三为止', '2026-03-11'),
      p('12号截止', '2026-03-12'),
    ],
  },
];

/** The rest of the message, plain and known to read, so a miss is the date's. */
const WHO = ['柳湾村王大爷', '向阳社区的李阿姨', '石桥村3组张德明', '东门街道幸福社区居民刘桂芳'];
const MATTERS = ['反映路灯坏了', '反映门口下水道堵了', '说低保年审材料不会填', '反映楼道里堆满杂物', '说和邻居为排水沟吵起来了'];
const HOLDERS = ['交给网格员小周', '由村委会陈主任负责', '我负责', ''];
/** Said before the date: nothing, or a word of promise. */
const LEADS = ['', '', '承诺', '答应', '争取'];
/** Said after it: nothing, or the answer or work promised. */
const ACTIONS = ['', '给答复', '回复', '办好', '处理完'];

export interface GeneratedDeadline {
  text: string;
  expected?: string;
  kind: string;
  phrase: string;
}

function compose(r: Rand, kind: string, phrase: DeadlinePhrase): GeneratedDeadline {
  const who = pick(r, WHO);
  const matter = pick(r, MATTERS);
  const holder = pick(r, HOLDERS);
  const shape = r();
  let text: string;
  if (shape < 0.15) {
    // A form: the date on its own labelled line.
    text = `民情工单\n反映人：${who.replace(/^.*(?:村|社区)(?:\d组)?(?:的|居民)?/, '')}\n地点：${who.replace(/(?<=村|社区)(?:\d组)?.*$/, '')}\n问题：${matter.replace(/^(?:反映|说)/, '')}\n时限：${phrase.text}`;
  } else {
    const lead = pick(r, LEADS);
    const action = pick(r, ACTIONS);
    const date = `${lead}${phrase.text}${action}`;
    const sep = shape < 0.35 ? ' ' : '，';
    text =
      shape < 0.7
        ? [`${who}${matter}`, holder, date].filter(Boolean).join(sep)
        : [`${who}${matter}`, date, holder].filter(Boolean).join(sep);
  }
  return { text, expected: phrase.expected, kind, phrase: phrase.text };
}

/** A fixed sample from one half: the same messages for the same seed. */
export function generateDeadlines(count: number, seed: number, half: 'tuning' | 'kept'): GeneratedDeadline[] {
  const r = seeded(seed);
  return Array.from({ length: count }, () => {
    const cls = pick(r, DEADLINE_CLASSES);
    return compose(r, cls.kind, pick(r, cls[half]));
  });
}

/** Each phrase of a half once, in the plainest frame (the date alone after the matter): for tests and listing. */
export function eachPhrase(half: 'tuning' | 'kept'): { kind: string; phrase: DeadlinePhrase }[] {
  return DEADLINE_CLASSES.flatMap((cls) => cls[half].map((phrase) => ({ kind: cls.kind, phrase })));
}
