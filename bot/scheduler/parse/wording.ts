/**
 * Everyday wording rewritten to the forms the schedule parser reads, before it looks for the time of day:
 * 明儿 → 明天, 天天 → 每天, 隔周 → 每隔一周, 过10分钟 → 10分钟后, 明天这个时候 → 1天后, 国庆 → 10月1日 …
 * Each rewrite is general (a way of saying things, not one phrase); the parser then needs one rule per meaning.
 */

const WEEKDAY = '(?:周|星期|礼拜)[一二三四五六日天]';
const DIGIT_WEEKDAYS = '一二三四五六日';

/** Festivals with a fixed solar date, said instead of the date (每年七一, 国庆节那天). */
const FIXED_FESTIVALS: ReadonlyArray<[RegExp, string]> = [
  [/^(元旦节?)/, '1月1日'],
  [/^(五一劳动节|五一|劳动节)/, '5月1日'],
  [/^(五四青年节|五四|青年节)/, '5月4日'],
  [/^(七一建党节|七一|建党节|党的生日)/, '7月1日'],
  [/^(八一建军节|八一|建军节)/, '8月1日'],
  [/^(国庆节|国庆)/, '10月1日'],
];

const REWRITES: ReadonlyArray<[RegExp, string | ((...groups: string[]) => string)]> = [
  // The request itself is not part of the time: 提醒我明天下午3点.
  [/^(?:请|麻烦)?(?:你)?(?:到时候?)?提醒(?:我|一下|下)?(?:在|于)?/, ''],
  [/(今|明)(早|晚)上?/, (_, d: string, p: string) => `${d}天${p === '早' ? '早上' : '晚上'}`],
  [/^今夜/, '今天夜里'],
  // 下个月的今天 / 下周的今天 / 明年的今天: the same clock time then.
  [/^下个?月的?今天/, '1个月后'],
  [/^下个?(?:周|星期|礼拜)的?今天/, '1周后'],
  [/^明年的?今天/, '1年后'],
  [/^每晚/, '每天晚上'],
  [/^每早/, '每天早上'],
  // Doubled words mean "every": 天天, 月月, 周周, 年年; 逢 and 每逢 mean 每.
  [/^天天/, '每天'],
  [/^日日/, '每天'],
  [/^月月/, '每月'],
  [/^周周/, '每周'],
  [/^年年/, '每年'],
  [/^每?逢/, '每'],
  // 每个月逢15号 / 每周逢周五: 逢 after the period says nothing more.
  [/^(每个?(?:月|周|星期|礼拜|季度?|年))逢/, '$1'],
  // 月底最后一天 / 月末最后一天: the last day said twice.
  [/(?:月底|月末|月尾)的?最后一天/, '最后一天'],
  // 隔周/隔天/隔月 at the start: every other one.
  [/^隔(周|天|日)/, (_, unit: string) => `每隔一${unit === '周' ? '周' : '天'}`],
  [/^隔个?月/, '每隔一个月'],
  [/^隔([\d一二两三四五六七八九十]+个?(?:天|日|周|星期|礼拜|月))/, '每隔$1'],
  // 第二周的周三 = 第二个周三 (before 第一 gains its 个).
  [/第([一二三四五1-5])周的?(周|星期|礼拜)/, '第$1个$2'],
  // 头个月 / 头一个月 of a quarter or half-year = its first month.
  [/(头一?个月)/g, '第一个月'],
  // 头一个 / 首个 / 头个 … = 第一个.
  [/(头一个|头个|首个|第一个?)(?=周|星期|礼拜|工作日)/g, '第一个'],
  [/最后一周的?(周|星期|礼拜)/, '最后一个$1'],
  // 周1 … 周7 typed with digits.
  [/(周|星期|礼拜)([1-7])(?![\d次个天])/g, (_, w: string, n: string) => `${w}${DIGIT_WEEKDAYS[Number(n) - 1]}`],
  [
    /((?:周|星期|礼拜)[一二三四五六日天])((?:[、,和及与跟][1-7](?![\d号日点:]))+)/,
    (_, first: string, more: string) => first + more.replace(/[1-7]/g, (n) => DIGIT_WEEKDAYS[Number(n) - 1]!),
  ],
  // 一次 says nothing the frequency does not: 每月一次10号, 每两周一次周二; 每月两次 comes with its days.
  [/^(每[^次]*?(?:天|日|周|星期|礼拜|月|季度|季|年))(?:[一两二三四五\d]次)[,、]?/, '$1'],
  // 下周的周四 = 下周四.
  [/^(下下|下个?|这个?|本|上个?)(周|星期|礼拜)的?(?:周|星期|礼拜)([一二三四五六日天])/, '$1$2$3'],
  // 月中旬 = 月中; 上旬 = 月初.
  [/月?中旬/, '月中'],
  [/月?上旬/, '月初'],
  // 周三晚 / 5号早 at the end: the period word alone.
  [/([一二三四五六日天号])(早|晚)$/, '$1$2上'],
  // 每周工作日 / 每周的工作日 = 每个工作日 (China's calendar, like 工作日每天).
  [/^每(?:周|星期|礼拜)的?(?:每个)?工作日/, '每个工作日'],
  [/^(每天|每日)(早上|上午|下午|晚上)?(?=.*工作日)/, '$2'],
  // 周一至周五每天 / 周一到周五 (a range only makes sense as a repeat) → 每周一到周五.
  [new RegExp(`^每?(${WEEKDAY}(?:到|至|-|~)(?:周|星期|礼拜)?[一二三四五六日天])(?:每天|每日)?`), '每$1'],
  [new RegExp(`^(每${WEEKDAY}(?:[、,和及与跟]?(?:(?:周|星期|礼拜)?[一二三四五六日天]))*)(?:每天|每日)`), '$1'],
  [/^下下个(周|星期|礼拜)/, '下下$1'],
  // 单周/双周 (odd or even week numbers) repeat by themselves.
  [/^(?:每个?)?(单|双)(?:周|星期|礼拜)的?/, '每$1周'],
  [/^每年的?最后一个工作日/, '每年12月最后一个工作日'],
  [/^每年的?第一个工作日/, '每年1月第一个工作日'],
  [/^(这|本)?(周|星期|礼拜)末/, '周六'],
  [/^下个?(周|星期|礼拜)末/, '下周六'],
  // 过10分钟 / 再过半小时 → 10分钟后; 明天这个时候 → 1天后 (the same clock time).
  [
    /^再?过了?([\d零〇一二两三四五六七八九十百半几]+个?半?(?:分钟|分|小时|钟头|刻钟|天|日|周|星期|礼拜|月)(?:[\d零〇一二两三四五六七八九十]+分钟?)?)(?:以后|之后|后)?/,
    '$1后',
  ],
  [
    /^(明天|后天|大后天|下个?(?:周|星期|礼拜))(?:的)?(?:这个时候|这个点|这会儿?|这时候?|此时|同一时间)$/,
    (_, when: string) => relativeWhen(when),
  ],
  // 每年年底 / 年初.
  [/^(每年|今年|明年)的?(?:年底|年末|最后一天)/, '$112月31日'],
  [/^(?:年底|年末)/, '12月31日'],
  [/^每年的?(?:年初|第一天)/, '每年1月1日'],
];

function relativeWhen(when: string): string {
  if (when === '明天') return '1天后';
  if (when === '后天') return '2天后';
  if (when === '大后天') return '3天后';
  return '1周后';
}

/**
 * Homophones a pinyin keyboard puts in place of time words (下吾 for 下午, 星其 for 星期, 晚尚 for 晚上), read as
 * meant: no other word is typed with them, so reading them cannot change a phrase that was typed right.
 */
const TIME_TYPOS: ReadonlyArray<[RegExp, string]> = [
  [/([上下中])[吾捂舞]/g, '$1午'],
  // Voice input hears 下午三点 as 下五三点: 五 with a clock time right after it is 午 (下五点 is left alone).
  [/([上下中])五(?=[\d零一二两三四五六七八九十]{1,3}(?:点|时|[:：]\d))/g, '$1午'],
  [/星[其齐旗棋琪]/g, '星期'],
  [/礼[败摆]/g, '礼拜'],
  [/([早晚])尚/g, '$1上'],
];

export function fixTimeTypos(text: string): string {
  let out = text;
  for (const [pattern, replacement] of TIME_TYPOS) out = out.replace(pattern, replacement);
  return out;
}

const NUMBER_CHARS = '\\d零〇一二两三四五六七八九十半几';

/**
 * Time words of 粤语, 河南话, 东北话 and other regional speech that mean exactly one standard word (聽日 is 明天,
 * 下昼 is 下午, 后晌 is 下午, 两个钟 is 两个小时), rewritten to it. Only words with a single reading are here: a word
 * that could mean two times (半晌: noon or "a long while") is left for the parser to refuse. The text is already
 * simplified (聽 → 听, 後 → 后, 點 → 点).
 */
const DIALECT: ReadonlyArray<[RegExp, string | ((...groups: string[]) => string)]> = [
  // 沪语/吴语 (first, before 粤语 朝早 takes the 朝 of 明朝早浪向): 今朝/明朝 today/tomorrow (明朝 the dynasty only where no time follows and it does not open the
  // phrase); 上半日/下半日 the morning/afternoon; the 向 of 早浪向, 中浪向, 夜里向 (a part of the day) says nothing
  // more; 夜快/夜快头 dusk.
  [/^(今|明)朝/, '$1天'],
  [/(今|明)朝(?=[\d零一二两三四五六七八九十上下早中夜晚凌傍午])/g, '$1天'],
  [/(?:早|中)(?:浪|上)向/g, (word: string) => (word.startsWith('早') ? '早上' : '中午')],
  [/夜里向/g, '夜里'],
  [/上半日/g, '上午'],
  [/下半日/g, '下午'],
  [/夜快头?/g, '傍晚'],
  // 粤语: 聽日 tomorrow, 聽朝 tomorrow morning, 聽晚 tomorrow evening, 後日 the day after.
  [/听日/g, '明天'],
  [/听朝/g, '明天早上'],
  [/听晚/g, '明天晚上'],
  [/大后日/g, '大后天'],
  // 粤语 parts of the day: 朝早 morning, 上昼 morning, 晏昼 noon, 下昼 afternoon, 晚黑/夜晚 evening.
  [/朝早/g, '早上'],
  [/上昼/g, '上午'],
  [/晏昼/g, '中午'],
  [/下昼/g, '下午'],
  [/晚黑/g, '晚上'],
  [/夜晚/g, '晚上'],
  // 粤语 个钟 is an hour (两个钟后, 半个钟后, 一个半钟), unlike 钟头 and 点钟.
  [new RegExp(`([${NUMBER_CHARS}]+)个(半)?钟(?![头点])`, 'g'), (_, n: string, half = '') => `${n}个${half}小时`],
  // 粤语 嘅 is 的 (每季度最后一个月嘅25号).
  [/嘅/g, '的'],
  // 粤语 clock words: 一个骨 a quarter, 两个骨 half, 三个骨 three quarters; 三点三个字 is 3:15 (a 字 is 5 minutes).
  [/一个骨/g, '一刻'],
  [/两个骨/g, '半'],
  [/三个骨/g, '三刻'],
  [
    /点(\d{1,2}|[一二两三四五六七八九十]|十一)个字/g,
    (_, n: string) =>
      `点${(/^\d+$/.test(n) ? Number(n) : n === '十一' ? 11 : '一二三四五六七八九十'.indexOf(n.replace('两', '二')) + 1) * 5}分`,
  ],
  // 粤语 琴日/寻日 and 河南话 夜个/夜儿个 are yesterday (a time already past, said so).
  [/(?:琴日|寻日|噚日|夜儿个|夜个)/g, '昨天'],
  // 川话: 上半天/下半天 the morning/afternoon, 麻麻黑 dusk.
  [/上半天/g, '上午'],
  [/下半天/g, '下午'],
  [/麻麻黑/g, '傍晚'],
  // Northern speech (河南话, 东北话 …): 明儿/今儿个, 明个/今个/后个 for the days; 晌午 (晌午头) noon; 前晌, 头晌,
  // 上晌, 上半晌, 头午 the morning; 后晌, 下晌, 下半晌, 过晌, 过午 the afternoon; 晚晌 the evening; 傍黑/擦黑 dusk.
  [/(明|今|后|昨)儿个?/g, '$1天'],
  [/(?<!最)(明|今|后)个(?![月人礼星周])/g, '$1天'],
  [/(?:晌午头|中午头)/g, '中午'],
  [/(?:头晌午?|上晌午?|上半晌|前晌午?|头午)/g, '上午'],
  [/(?:下晌午?|下半晌|后晌午?|过晌|过午)/g, '下午'],
  [/晌午/g, '中午'],
  [/晚晌/g, '晚上'],
  // 东北话 下晚/黑天, 河南话 黑下: the evening; 年根 the end of the year.
  [/(?:下晚|黑天|黑下)/g, '晚上'],
  [/年根/g, '年底'],
  [/(?:傍黑|擦黑)/g, '傍晚'],
  [/前半晌/g, '上午'],
  [/后半晌/g, '下午'],
  [/晚半晌/g, '傍晚'],
  [/大前儿个?/g, '大前天'],
  [/(?<![这那])前儿个?/g, '前天'],
  // 东北话 早起 is the morning when a clock time follows (明儿早起八点); alone it is getting up early.
  [/早起(?=[\d零一二两三四五六七八九十])/g, '早上'],
  // 儿化 after a time word (头午儿, 傍黑儿, 明早儿, 三点儿, 整儿) says nothing more.
  [/([早晚午晌黑点整头天末底初上个亮根])儿(?!子|女|童|科|歌|媳)/g, '$1'],
  // 元月 is January (元月1日), not a lunar month.
  [/元月/g, '1月'],
  // 三点半钟 is 三点半.
  [/点半钟/g, '点半'],
  // 的时候 after a time (下午三点的时候): the time itself.
  [/([点钟分半午上晚天])的?时候/g, '$1'],
  [/晚间/g, '晚上'],
  [/夜间/g, '夜里'],
  [/早间/g, '早上'],
  // 一早 / 一大早 / 大清早 / 清早: the morning (明个一早7点 = 明天早上7点).
  [/(?:一大早|大清早|大早上|一早|清早)(?!上)/g, '早上'],
  // 12:00pm, 3pm, 8:30 a.m.: the 24-hour clock.
  [
    /(\d{1,2})(?:[:：](\d{2}))?\s*([ap])\.?m\.?(?![a-z])/gi,
    (_, h: string, m = '00', ap: string) => {
      const hour = (Number(h) % 12) + (ap.toLowerCase() === 'p' ? 12 : 0);
      return Number(h) > 12 ? `${h}:${m}${ap}m` : `${hour}:${m}`;
    },
  ],
];

/** Rewrites regional time words to the standard ones (see {@link DIALECT}); `text` is already simplified. */
export function standardTimeWords(text: string): string {
  let out = fixTimeTypos(text);
  for (const [pattern, replacement] of DIALECT) out = out.replace(pattern, replacement as string);
  return out;
}

/** Rewrites everyday wording to the parser's forms; `text` is already normalized (simplified, half-width, no spaces). */
export function canonicalWording(text: string): string {
  let out = standardTimeWords(text);
  for (const [pattern, replacement] of REWRITES) out = out.replace(pattern, replacement as string);
  const yearly = /^每年的?/.exec(out);
  const head = yearly ? yearly[0] : '';
  for (const [pattern, date] of FIXED_FESTIVALS) {
    const rest = out.slice(head.length);
    if (pattern.test(rest)) {
      out = `${yearly ? '每年' : ''}${date}${rest.replace(pattern, '').replace(/^(那天|当天|节)/, '')}`;
      break;
    }
  }
  return out;
}
